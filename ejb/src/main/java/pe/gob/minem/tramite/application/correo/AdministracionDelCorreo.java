package pe.gob.minem.tramite.application.correo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.auditoria.Administradores;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * What administrators do with the outbox: look at it, send a mail that ran out of attempts again,
 * and send themselves (or anyone) a test mail to check the configuration. Refusals are audited.
 */
@Stateless
public class AdministracionDelCorreo {

  private static final Logger LOG = Logger.getLogger(AdministracionDelCorreo.class.getName());
  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es-PE"))
          .withZone(ZoneId.of("America/Lima"));

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Administradores administradores;
  @Inject Auditoria auditoria;
  @Inject BandejaDeSalida bandeja;
  @Inject PlantillasDeCorreo plantillas;

  /** An outbox row as an administrator sees it (never the body). */
  public record CorreoEnBandeja(
      long id,
      String clave,
      String messageId,
      String para,
      String asunto,
      String referencia,
      String estado,
      int intentos,
      Instant proximoIntento,
      String ultimoError,
      Instant creado,
      Instant enviado) {}

  public List<CorreoEnBandeja> listar(String estado, Integer limite) {
    administradores.exigir(
        "ver la bandeja de salida del correo", "RECHAZO_ADMINISTRACION", "correo");
    String e = estado == null || estado.isBlank() ? null : estado.strip().toUpperCase(Locale.ROOT);
    if (e != null) {
      try {
        EstadoDeCorreo.valueOf(e);
      } catch (IllegalArgumentException x) {
        throw new DatosInvalidosException(
            "estado", "El estado debe ser PENDIENTE, ENVIANDO, ENVIADO o FALLIDO.");
      }
    }
    int n = limite == null ? 100 : limite;
    if (n < 1 || n > 1000) {
      throw new DatosInvalidosException("limite", "El límite debe estar entre 1 y 1000.");
    }
    var q =
        em.createNativeQuery(
            "SELECT id, clave, message_id, para, asunto, referencia, estado, intentos,"
                + " proximo_intento, ultimo_error, creado, enviado FROM correo_saliente"
                + (e == null ? "" : " WHERE estado = ?")
                + " ORDER BY creado DESC, id DESC");
    if (e != null) {
      q.setParameter(1, e);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> filas = q.setMaxResults(n).getResultList();
    return filas.stream().map(AdministracionDelCorreo::vista).toList();
  }

  public CorreoEnBandeja ver(long id) {
    administradores.exigir(
        "ver la bandeja de salida del correo", "RECHAZO_ADMINISTRACION", "correo:" + id);
    return buscar(id);
  }

  /** A FALLIDO mail back to PENDIENTE, its attempts from zero, sent once this commits. */
  public CorreoEnBandeja reintentar(long id) {
    String admin =
        administradores
            .exigir("reintentar correos", "RECHAZO_ADMINISTRACION", "correo:" + id)
            .getUsuario();
    int n =
        em.createNativeQuery(
                "UPDATE correo_saliente SET estado = 'PENDIENTE', intentos = 0,"
                    + " proximo_intento = ?, version = version + 1"
                    + " WHERE id = ? AND estado = 'FALLIDO'")
            .setParameter(1, Timestamp.from(Instant.now()))
            .setParameter(2, id)
            .executeUpdate();
    CorreoEnBandeja c = buscar(id);
    if (n != 1) {
      throw new ConflictoException(
          "El correo "
              + id
              + " está "
              + c.estado().toLowerCase(java.util.Locale.ROOT)
              + ": solo se reintenta uno fallido.");
    }
    auditoria.registrar(admin, "CORREO_REINTENTADO", "correo:" + id, c.referencia());
    bandeja.despertarAlConfirmar();
    LOG.info(() -> "Correo " + id + " vuelve a la bandeja de salida por " + admin);
    return c;
  }

  /** A test mail with the «aviso» template to {@code para} (the administrator's own by default). */
  public CorreoEnBandeja probar(String para) {
    Persona admin =
        administradores.exigir(
            "enviar correos de prueba", "RECHAZO_ADMINISTRACION", "correo:prueba");
    String destino = para == null || para.isBlank() ? admin.getCorreo() : para.strip();
    if (destino == null || destino.isBlank()) {
      throw new DatosInvalidosException("para", "Indique a qué dirección enviar la prueba.");
    }
    var m =
        plantillas.render(
            "aviso",
            Map.of(
                "nombre",
                destino,
                "asunto",
                "Correo de prueba del portal Trámite",
                "detalle",
                "Este es un correo de prueba enviado por "
                    + admin.getNombreCompleto()
                    + " desde la administración del portal Trámite.\n"
                    + "Si lo recibe, el portal envía correo correctamente.",
                "fecha",
                FECHA.format(Instant.now())));
    String clave = "prueba:" + UUID.randomUUID();
    bandeja.encolar(
        new CorreoSaliente(clave, destino, m.asunto(), m.texto(), m.html(), "prueba", null));
    auditoria.registrar(admin.getUsuario(), "CORREO_DE_PRUEBA", "correo:prueba", clave);
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery("SELECT id FROM correo_saliente WHERE clave = ?")
            .setParameter(1, clave)
            .getResultList();
    return buscar(((Number) ids.get(0)).longValue());
  }

  private CorreoEnBandeja buscar(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> filas =
        em.createNativeQuery(
                "SELECT id, clave, message_id, para, asunto, referencia, estado, intentos,"
                    + " proximo_intento, ultimo_error, creado, enviado FROM correo_saliente"
                    + " WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    if (filas.isEmpty()) {
      throw new NoEncontradoException("No existe el correo " + id + ".");
    }
    return vista(filas.get(0));
  }

  private static CorreoEnBandeja vista(Object[] f) {
    return new CorreoEnBandeja(
        ((Number) f[0]).longValue(),
        (String) f[1],
        (String) f[2],
        (String) f[3],
        (String) f[4],
        (String) f[5],
        (String) f[6],
        ((Number) f[7]).intValue(),
        instante(f[8]),
        (String) f[9],
        instante(f[10]),
        instante(f[11]));
  }

  private static Instant instante(Object o) {
    return o == null ? null : ((Timestamp) o).toInstant();
  }
}
