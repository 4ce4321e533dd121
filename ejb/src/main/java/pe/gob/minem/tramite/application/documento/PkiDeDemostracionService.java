package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;

/**
 * The administrator's actions on the demo PKI (demo mode only; ADR 0010): revoke a person's
 * certificate (a lost token), issue a new one (or, to show the refusal, one already expired), and
 * point the portal's timestamps at another TSA URL — one that does not answer, to show an outage —
 * until restored. Outside demo mode none of this exists (404). Every use is logged and audited,
 * every refusal too.
 */
@Stateless
public class PkiDeDemostracionService {

  private static final Logger LOG = Logger.getLogger(PkiDeDemostracionService.class.getName());

  /** A person's current demo certificate. */
  public record Certificado(
      String usuario,
      String serie,
      String titular,
      Instant desde,
      Instant hasta,
      boolean vencido,
      boolean revocado,
      Instant revocadoEl) {}

  /** What timestamps the portal's signatures now; {@code cambiada} until restored. */
  public record Tsa(String url, boolean cambiada) {}

  @Inject PersonaRepository personas;
  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;
  @Inject pe.gob.minem.tramite.infrastructure.firma.PkiDeDemostracion pki;

  public Certificado certificado(String usuario) {
    exigirAdministrador("consultar certificado", usuario);
    Persona p = persona(usuario);
    return pki.certificadoDe(dni(p))
        .map(c -> vista(usuario, c))
        .orElseThrow(
            () ->
                new NoEncontradoException(
                    usuario + " aún no tiene certificado de demostración: se emite al firmar."));
  }

  /**
   * Revokes the person's current certificate now; her next signature is refused until a new one.
   */
  public Certificado revocar(String usuario, String motivo) {
    String admin = exigirAdministrador("revocar certificado", usuario);
    Persona p = persona(usuario);
    if (pki.certificadoDe(dni(p)).isEmpty()) {
      throw new NoEncontradoException(usuario + " no tiene certificado de demostración.");
    }
    var c = pki.revocar(dni(p));
    String detalle =
        "serie " + c.serie() + (motivo == null || motivo.isBlank() ? "" : "; " + recortar(motivo));
    auditoria.registrar(admin, "PKI_DEMO_REVOCACION", usuario, detalle);
    LOG.warning(() -> "PKI de demostración: " + admin + " revocó el certificado de " + usuario);
    return vista(usuario, c);
  }

  /** Issues the person a new certificate: valid for two years, or already expired (demo/test). */
  public Certificado emitir(String usuario, boolean vencido) {
    String admin = exigirAdministrador("emitir certificado", usuario);
    Persona p = persona(usuario);
    Cargo cargo =
        p.getCargos().stream()
            .min(java.util.Comparator.comparing(Cargo::getCodigo))
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "usuario", usuario + " no tiene cargo: su certificado no diría cuál."));
    var c =
        pki.emitir(
            new FirmaDigital.Titular(
                p.getNombreCompleto(), dni(p), cargo.getNombre(), cargo.getUnidad().getNombre()),
            vencido);
    auditoria.registrar(
        admin,
        "PKI_DEMO_EMISION",
        usuario,
        "serie " + c.serie() + (vencido ? ", ya vencido (demostración)" : ""));
    LOG.warning(
        () ->
            "PKI de demostración: "
                + admin
                + " emitió un certificado "
                + (vencido ? "vencido " : "")
                + "a "
                + usuario);
    return vista(usuario, c);
  }

  public Tsa tsa() {
    exigirAdministrador("consultar TSA", null);
    return new Tsa(pki.tsaActual(), pki.tsaCambiada());
  }

  /** Timestamps go to this URL (http/https) until {@link #restablecerTsa()}: to show an outage. */
  public Tsa usarTsa(String url) {
    String admin = exigirAdministrador("cambiar TSA", url);
    URI uri;
    try {
      uri = url == null ? null : URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new DatosInvalidosException("url", "Indique la URL http o https de la TSA.");
    }
    pki.usarTsa(uri);
    auditoria.registrar(admin, "PKI_DEMO_TSA_CAMBIADA", null, uri.toString());
    String destino = uri.toString();
    LOG.warning(() -> "PKI de demostración: " + admin + " cambió la TSA del portal a " + destino);
    return tsa();
  }

  public Tsa restablecerTsa() {
    String admin = exigirAdministrador("restablecer TSA", null);
    pki.restablecerTsa();
    auditoria.registrar(admin, "PKI_DEMO_TSA_RESTABLECIDA", null, pki.tsaActual());
    LOG.warning(() -> "PKI de demostración: " + admin + " restableció la TSA del portal");
    return tsa();
  }

  private String exigirAdministrador(String accion, String objeto) {
    Persona yo = personaActual.persona();
    if (!pki.activa()) {
      auditoria.registrarAparte(
          yo.getUsuario(), "RECHAZO_PKI_DEMO", objeto, accion + ": no hay modo de demostración");
      throw new NoEncontradoException("La PKI de demostración no está activa en este portal.");
    }
    if (!yo.isAdministrador()) {
      auditoria.registrarAparte(
          yo.getUsuario(), "RECHAZO_PKI_DEMO", objeto, accion + ": no es administrador");
      throw new AccesoDenegadoException(
          "Solo un administrador del portal maneja la PKI de demostración.");
    }
    return yo.getUsuario();
  }

  private Persona persona(String usuario) {
    return personas
        .porUsuario(usuario)
        .orElseThrow(() -> new NoEncontradoException("No existe el usuario " + usuario + "."));
  }

  private static String dni(Persona p) {
    if (p.getDni() == null) {
      throw new DatosInvalidosException(
          "usuario", p.getUsuario() + " no tiene DNI: no hay certificado a su nombre.");
    }
    return p.getDni();
  }

  private static Certificado vista(String usuario, FirmaDigital.CertificadoDemo c) {
    return new Certificado(
        usuario,
        c.serie(),
        c.titular(),
        c.desde(),
        c.hasta(),
        c.hasta().isBefore(Instant.now()),
        c.revocadoEl() != null,
        c.revocadoEl());
  }

  private static String recortar(String s) {
    String t = s.strip();
    return t.length() <= 200 ? t : t.substring(0, 197) + "…";
  }
}
