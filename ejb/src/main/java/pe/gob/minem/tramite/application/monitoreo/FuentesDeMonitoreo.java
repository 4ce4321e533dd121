package pe.gob.minem.tramite.application.monitoreo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.auditoria.Administradores;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.monitoreo.FuenteDeMonitoreo;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;

/**
 * The monitoring systems allowed to post alerts: who is calling (by the bearer token's hash, every
 * refusal audited) and, for administrators, creating a source, rotating its token, deactivating it.
 * A token is returned once, when issued; the portal keeps only its SHA-256.
 */
@Stateless
public class FuentesDeMonitoreo {

  private static final Logger LOG = Logger.getLogger(FuentesDeMonitoreo.class.getName());

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Auditoria auditoria;
  @Inject Administradores administradores;
  @Inject FuentesVigentes vigentes;
  @Resource TransactionSynchronizationRegistry transacciones;

  /** The source that called, as the webhook needs it. */
  public record FuenteAutenticada(long id, String codigo, TipoDeFuente tipo) {}

  /** A source as an administrator sees it (never its token). */
  public record FuenteVista(
      String codigo,
      String tipo,
      boolean activa,
      Instant creada,
      String creadaPor,
      Instant tokenEmitido) {
    static FuenteVista de(FuenteDeMonitoreo f) {
      return new FuenteVista(
          f.getCodigo(),
          f.getTipo().name(),
          f.isActiva(),
          f.getCreada(),
          f.getCreadaPor(),
          f.getTokenEmitido());
    }
  }

  /** A source with the token just issued: shown this once. */
  public record FuenteConToken(FuenteVista fuente, String token) {}

  /**
   * The active source whose token this {@code Authorization} header carries. Every source's hash is
   * compared, in constant time, whatever matches (the sources as {@link FuentesVigentes} keeps
   * them, read at most a few seconds ago); a refusal is audited apart (with the source's code when
   * the token is a deactivated source's, never the token).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction of its own
  public Optional<FuenteAutenticada> autenticar(String authorization, String origen) {
    String token = TokenDeFuente.deCabecera(authorization);
    if (token == null) {
      rechazar(
          "anonimo",
          authorization == null
              ? "sin cabecera Authorization"
              : "cabecera Authorization sin Bearer",
          origen);
      return Optional.empty();
    }
    String hash = TokenDeFuente.sha256(token);
    FuentesVigentes.Fuente encontrada =
        buscarToken(hash, vigentes.fuentes(this::todas, Instant.now()));
    if (encontrada == null) {
      // perhaps a source created or rotated on another node a moment ago
      encontrada = buscarToken(hash, vigentes.releer(this::todas, Instant.now()));
    }
    if (encontrada == null) {
      rechazar("anonimo", "token desconocido", origen);
      return Optional.empty();
    }
    if (!encontrada.activa()) {
      rechazar("monitoreo:" + encontrada.codigo(), "fuente desactivada", origen);
      return Optional.empty();
    }
    return Optional.of(
        new FuenteAutenticada(encontrada.id(), encontrada.codigo(), encontrada.tipo()));
  }

  private static FuentesVigentes.Fuente buscarToken(
      String hash, List<FuentesVigentes.Fuente> fuentes) {
    FuentesVigentes.Fuente encontrada = null;
    for (var f : fuentes) {
      if (TokenDeFuente.mismoHash(hash, f.tokenSha256()) & encontrada == null) {
        encontrada = f;
      }
    }
    return encontrada;
  }

  private List<FuenteDeMonitoreo> todas() {
    return em.createNamedQuery("FuenteDeMonitoreo.todas", FuenteDeMonitoreo.class).getResultList();
  }

  /** This node's copy of the sources is stale once the change commits (or rolls back). */
  private void olvidarAlTerminar() {
    vigentes.olvidar();
    transacciones.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int estado) {
            vigentes.olvidar();
          }
        });
  }

  private void rechazar(String usuario, String motivo, String origen) {
    auditoria.registrarAparte(usuario, "RECHAZO_ALERTA", "monitoreo", motivo + "; " + origen);
  }

  public List<FuenteVista> listar() {
    administradores.exigir("ver las fuentes de monitoreo", "RECHAZO_ADMINISTRACION", "monitoreo");
    return em
        .createNamedQuery("FuenteDeMonitoreo.todas", FuenteDeMonitoreo.class)
        .getResultList()
        .stream()
        .map(FuenteVista::de)
        .toList();
  }

  public FuenteConToken crear(String codigo, String tipo) {
    String admin =
        administradores
            .exigir("crear fuentes de monitoreo", "RECHAZO_ADMINISTRACION", "monitoreo")
            .getUsuario();
    String c = codigo(codigo);
    TipoDeFuente t = tipo(tipo);
    if (buscar(c).isPresent()) {
      throw new ConflictoException("Ya existe la fuente de monitoreo «" + c + "».");
    }
    String token = TokenDeFuente.nuevo();
    var f = new FuenteDeMonitoreo(c, t, TokenDeFuente.sha256(token), admin, Instant.now());
    em.persist(f);
    olvidarAlTerminar();
    auditoria.registrar(admin, "FUENTE_DE_MONITOREO_CREADA", c, t.name());
    LOG.info(() -> "Fuente de monitoreo " + c + " (" + t + ") creada por " + admin);
    return new FuenteConToken(FuenteVista.de(f), token);
  }

  /** A new token for the source; the previous one stops working now. */
  public FuenteConToken rotar(String codigo) {
    String admin =
        administradores
            .exigir("rotar tokens de monitoreo", "RECHAZO_ADMINISTRACION", "monitoreo")
            .getUsuario();
    var f = existente(codigo);
    String token = TokenDeFuente.nuevo();
    f.rotarToken(TokenDeFuente.sha256(token), Instant.now());
    olvidarAlTerminar();
    auditoria.registrar(admin, "TOKEN_DE_MONITOREO_ROTADO", f.getCodigo(), null);
    return new FuenteConToken(FuenteVista.de(f), token);
  }

  public FuenteVista activar(String codigo, boolean activa) {
    String admin =
        administradores
            .exigir(
                "activar o desactivar fuentes de monitoreo", "RECHAZO_ADMINISTRACION", "monitoreo")
            .getUsuario();
    var f = existente(codigo);
    f.activar(activa);
    olvidarAlTerminar();
    auditoria.registrar(
        admin,
        activa ? "FUENTE_DE_MONITOREO_ACTIVADA" : "FUENTE_DE_MONITOREO_DESACTIVADA",
        f.getCodigo(),
        null);
    return FuenteVista.de(f);
  }

  /** At start only: a source with this token's hash (the demo's, whose tokens are published). */
  public void sembrar(String codigo, TipoDeFuente tipo, String token) {
    if (buscar(codigo).isEmpty()) {
      em.persist(
          new FuenteDeMonitoreo(
              codigo, tipo, TokenDeFuente.sha256(token), "sistema", Instant.now()));
      olvidarAlTerminar();
    }
  }

  private Optional<FuenteDeMonitoreo> buscar(String codigo) {
    return em.createNamedQuery("FuenteDeMonitoreo.porCodigo", FuenteDeMonitoreo.class)
        .setParameter("codigo", codigo)
        .getResultStream()
        .findFirst();
  }

  private FuenteDeMonitoreo existente(String codigo) {
    return buscar(codigo == null ? "" : codigo.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () -> new NoEncontradoException("No existe la fuente de monitoreo «" + codigo + "»."));
  }

  private static String codigo(String codigo) {
    String c = codigo == null ? "" : codigo.strip().toLowerCase(Locale.ROOT);
    if (!c.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
      throw new DatosInvalidosException(
          "codigo",
          "El código de la fuente debe tener de 2 a 40 minúsculas, dígitos, puntos, guiones o"
              + " guiones bajos (p. ej. prometheus-prod).");
    }
    return c;
  }

  private static TipoDeFuente tipo(String tipo) {
    try {
      return TipoDeFuente.valueOf(tipo == null ? "" : tipo.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DatosInvalidosException(
          "tipo", "El tipo de la fuente debe ser ALERTMANAGER o ZABBIX.");
    }
  }
}
