package pe.gob.minem.tramite.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.flowable.task.api.Task;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.ServicioNoDisponibleException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.documento.FirmaRechazadaException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.expediente.RemisionFisica;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.infrastructure.workflow.ActividadMapro;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDeProcesos;
import pe.gob.minem.tramite.signing.CertificateHolder;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.PendingSignature;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.Stamp;

/**
 * The steps of P/OGA-TI-02 (visto bueno o suscripción): what each activity does to the document,
 * including the PAdES signatures of acts. 5, 8, 11 and 12. Called by {@link BandejaService} inside
 * the task completion's transaction, so the signed version, the workflow step and the hoja de ruta
 * commit together; if signing fails (a revoked certificate, an unreachable TSA) nothing changes and
 * the person can retry.
 */
@Stateless
public class VistoBuenoService {

  private static final Logger LOG = Logger.getLogger(VistoBuenoService.class.getName());
  public static final String PROCESO = "P_OGA_TI_02";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject MotorDeProcesos motor;
  @Inject DocumentStore documentos;
  @Inject FirmaDigital firmaDigital;
  @Inject SolicitudesDeFirma solicitudes;
  @Inject Auditoria auditoria;

  /** Is this task one of P/OGA-TI-02's? */
  public static boolean esPaso(Task t) {
    return t.getTaskDefinitionKey().startsWith("vb");
  }

  public Documento documentoDe(Task t) {
    Object id = motor.ejecucion().getVariable(t.getExecutionId(), "documentoId");
    Documento d = id == null ? null : em.find(Documento.class, ((Number) id).longValue());
    if (d == null) {
      throw new IllegalStateException("La tarea " + t.getId() + " no tiene documento");
    }
    return d;
  }

  /** Applies the step and says what goes on the hoja de ruta. */
  public Movimiento.Datos paso(
      Persona p,
      Task t,
      Expediente e,
      ResultadoTarea r,
      ActividadMapro act,
      Instant ahora,
      long espera,
      Map<String, Object> variables) {
    Documento d = documentoDe(t);
    String unidad = unidadDelPaso(t);
    String que = d.getTipo().etiqueta() + " «" + d.getAsunto() + "»: ";
    String descripcion;
    String destino = null;
    switch (t.getTaskDefinitionKey()) {
      case "vb1" -> {
        d.remitir();
        descripcion =
            que
                + "remitido al Director para su revisión (versión "
                + d.versionActual().getNumero()
                + ")";
      }
      case "vb2", "vb9" -> {
        if (r.decision() == null) {
          throw new DatosInvalidosException(
              "decision", "Indique si el documento está conforme o requiere cambios.");
        }
        variables.put("decision", r.decision());
        boolean cambios = ResultadoTarea.CAMBIOS.equals(r.decision());
        if (cambios && r.instruccion() == null) {
          throw new DatosInvalidosException(
              "instruccion", "Indique qué cambios requiere el documento.");
        }
        if (cambios) {
          d.observar();
        }
        descripcion = que + (cambios ? "revisado: requiere cambios" : "revisado: conforme");
      }
      case "vb3", "vb10" -> {
        if (r.instruccion() == null) {
          throw new DatosInvalidosException(
              "instruccion", "Escriba la observación: qué cambios se solicitan.");
        }
        d.observar();
        descripcion =
            que
                + (t.getTaskDefinitionKey().equals("vb3")
                    ? "se solicitan cambios al autor"
                    : "devuelto con observaciones");
        destino =
            t.getTaskDefinitionKey().equals("vb3")
                ? d.getAutor().getNombreCompleto()
                : "Director de Tecnologías de la Información";
      }
      case "vb4" -> {
        if (!d.versionActual().getFecha().isAfter(t.getCreateTime().toInstant())) {
          throw new ReglaIncumplidaException(
              "Suba la versión ajustada del documento antes de volver a remitirlo.");
        }
        d.remitir();
        descripcion =
            que + "ajustado y remitido de nuevo (versión " + d.versionActual().getNumero() + ")";
      }
      case "vb5", "vb8", "vb12" -> {
        firmar(d, p, t, r, Firma.Clase.VISTO_BUENO, act.numero(), unidad, ahora);
        descripcion =
            que + "V°B° con firma digital (versión " + d.versionActual().getNumero() + ")";
      }
      case "vb11" -> {
        firmar(d, p, t, r, Firma.Clase.SUSCRIPCION, act.numero(), unidad, ahora);
        descripcion =
            que + "suscrito con firma digital (versión " + d.versionActual().getNumero() + ")";
      }
      case "vb6" -> {
        descripcion = que + "derivado a la Dirección General de Administración";
        destino = "Oficina General de Administración";
      }
      case "vb7" -> {
        if (r.revisionLegal() == null) {
          throw new DatosInvalidosException(
              "revisionLegal", "Indique si el documento amerita revisión legal.");
        }
        variables.put("revisionLegal", r.revisionLegal());
        d.decidirRevisionLegal(r.revisionLegal());
        descripcion =
            que
                + "ingreso registrado; "
                + (r.revisionLegal() ? "pasa a revisión legal" : "no amerita revisión legal");
        destino =
            r.revisionLegal() ? "Analista Legal de la OGA" : "Director General de Administración";
      }
      case "vb13" -> {
        d.derivar();
        em.persist(
            new RemisionFisica(
                e, e.getUnidadActual(), d.getUnidad(), d.getAutor(), p.getUsuario(), ahora));
        descripcion = que + "derivado al responsable y remitido en físico";
        destino = d.getAutor().getNombreCompleto();
      }
      default ->
          throw new IllegalStateException(
              "Paso desconocido de P/OGA-TI-02: " + t.getTaskDefinitionKey());
    }
    return new Movimiento.Datos(
        ahora,
        act.procedimiento(),
        act.numero(),
        accion(t.getTaskDefinitionKey()),
        recortar(descripcion),
        p.getUsuario(),
        p.getNombreCompleto(),
        p.cargoEn(unidad),
        unidad,
        destino,
        null,
        null,
        r.instruccion(),
        t.getId(),
        espera);
  }

  /** The signing activities: V°B° (5, 8, 12) and suscripción (11). */
  public static boolean esFirma(Task t) {
    return switch (t.getTaskDefinitionKey()) {
      case "vb5", "vb8", "vb11", "vb12" -> true;
      default -> false;
    };
  }

  /**
   * Step 1 of client-side signing: the data to sign of the current version, with the same stamp and
   * reason the server would use, for the signer's own certificate chain.
   */
  public PendingSignature prepararFirmaExterna(Task t, Persona p, List<X509Certificate> cadena) {
    if (!esFirma(t)) {
      throw new ConflictoException("Esta actividad no lleva firma.");
    }
    Documento d = documentoDe(t);
    String unidad = unidadDelPaso(t);
    var clase =
        t.getTaskDefinitionKey().equals("vb11") ? Firma.Clase.SUSCRIPCION : Firma.Clase.VISTO_BUENO;
    try {
      var pendiente =
          firmaDigital
              .servicioDeFirma()
              .prepare(leer(d.versionActual().getSha256()), cadena, opciones(clase, p, unidad));
      solicitudes.registrar(
          pendiente.id(),
          new SolicitudesDeFirma.Pendiente(
              t.getId(), p.getUsuario(), d.versionActual().getSha256(), pendiente.expiresAt()));
      return pendiente;
    } catch (SigningException ex) {
      throw rechazo(ex, p, d);
    }
  }

  private SignatureOptions opciones(Firma.Clase clase, Persona p, String unidad) {
    var nivel = firmaDigital.nivel();
    return (clase == Firma.Clase.SUSCRIPCION
            ? SignatureOptions.conformidad(nivel)
            : SignatureOptions.vistoBueno(nivel))
        .withStamp(
            Stamp.automatic()
                .withFirmante(p.getNombreCompleto(), p.cargoEn(unidad), nombreDeUnidad(p, unidad)));
  }

  private static String nombreDeUnidad(Persona p, String unidad) {
    return p.getCargos().stream()
        .filter(c -> c.getUnidad().getCodigo().equals(unidad))
        .map(c -> c.getUnidad().getNombre())
        .findFirst()
        .orElse(unidad);
  }

  /**
   * Signs the current version as this person — with the server-held demo key, the portal's PKCS#11
   * token (the certificate must be the person's own) or the client's signature value — and stores
   * the signed PDF as the next version. Every refusal (revoked or expired certificate, someone
   * else's token, a wrong PIN, the timestamp authority down, an invalid result) is audited, leaves
   * the document, the task and the hoja de ruta as they were, and may be retried.
   */
  private void firmar(
      Documento d,
      Persona p,
      Task t,
      ResultadoTarea r,
      Firma.Clase clase,
      int actividad,
      String unidad,
      Instant ahora) {
    String cargo = p.cargoEn(unidad);
    String como;
    byte[] firmado;
    try {
      if (r.firmaExterna() != null) {
        como = "en el cliente";
        firmado = firmaExterna(d, p, t, r.firmaExterna());
      } else if (r.firmaConToken() != null) {
        como = "con token PKCS#11";
        firmado =
            firmaDigital.firmarConToken(
                r.firmaConToken().pin(),
                titular -> exigirTitular(titular, p, d),
                leer(d.versionActual().getSha256()),
                opciones(clase, p, unidad));
      } else {
        como = "con la llave del servidor";
        if (p.getDni() == null) {
          throw new FirmaRechazadaException(
              "Su cuenta no tiene DNI registrado: no hay certificado de firma a su nombre.");
        }
        firmado =
            firmaDigital.firmarConLlaveDelServidor(
                new FirmaDigital.Titular(
                    p.getNombreCompleto(), p.getDni(), cargo, nombreDeUnidad(p, unidad)),
                leer(d.versionActual().getSha256()),
                opciones(clase, p, unidad));
      }
    } catch (SigningException ex) {
      throw rechazo(ex, p, d);
    }
    var nivel = firmaDigital.nivel();
    var reporte = firmaDigital.verificarRecienFirmado(firmado);
    var ultima = reporte.signatures().get(reporte.signatures().size() - 1);
    if (ultima.indication() != Indication.TOTAL_PASSED) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_FIRMA",
          d.getCodigoVerificacion(),
          "firma " + ultima.indication() + "/" + ultima.subIndication() + " " + como);
      throw new FirmaRechazadaException(
          "La firma no es válida ("
              + ultima.indication()
              + ": "
              + ultima.explicacion()
              + "); el documento queda como estaba.");
    }
    try {
      var contenido = documentos.guardar(new ByteArrayInputStream(firmado), Long.MAX_VALUE);
      d.firmar(
          clase,
          actividad,
          p,
          cargo,
          contenido.sha256(),
          contenido.tamano(),
          ultima.level() == null ? nivel.label() : ultima.level(),
          ultima.indication().name(),
          ahora);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    auditoria.registrar(
        p.getUsuario(),
        clase == Firma.Clase.SUSCRIPCION ? "DOCUMENTO_SUSCRITO" : "DOCUMENTO_VISTO_BUENO",
        d.getCodigoVerificacion(),
        "versión " + d.versionActual().getNumero() + ", firmado " + como);
  }

  /** Step 3 of client-side signing: only the request prepared for this task, person and version. */
  private byte[] firmaExterna(Documento d, Persona p, Task t, FirmaExterna ext) {
    var pendiente = solicitudes.tomar(ext.solicitud());
    if (pendiente == null
        || !pendiente.tareaId().equals(t.getId())
        || !pendiente.usuario().equals(p.getUsuario())) {
      throw new ConflictoException(
          "La solicitud de firma no existe, ya se usó, venció o es de otra tarea: prepárela de nuevo.");
    }
    if (!pendiente.sha256Version().equals(d.versionActual().getSha256())) {
      throw new ConflictoException(
          "La versión que firmó ya no es la vigente (hay una versión "
              + d.versionActual().getNumero()
              + "): prepare la firma de nuevo sobre la versión actual.");
    }
    return firmaDigital.servicioDeFirma().complete(ext.solicitud(), ext.valor(), ext.cadena());
  }

  /** The token's certificate must name this person (by DNI, or by name when there is none). */
  private void exigirTitular(CertificateHolder titular, Persona p, Documento d) {
    if (!TitularDeCertificado.esDe(
        titular.dni(), titular.nombre(), p.getDni(), p.getNombreCompleto())) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_FIRMA",
          d.getCodigoVerificacion(),
          "el certificado del token no es de la persona");
      throw new FirmaRechazadaException(
          "El certificado del token es de «"
              + titular.nombre()
              + "», no de usted: firme con su propio token o certificado.");
    }
  }

  /**
   * A refusal of the signing module as the person reads it: the timestamp authority down is a
   * service to retry later (503); a revoked, expired or not-yet-valid certificate, or a token that
   * does not open, is a refused signature (400). Audited apart, since the step rolls back.
   */
  private RuntimeException rechazo(SigningException ex, Persona p, Documento d) {
    auditoria.registrarAparte(
        p.getUsuario(), "RECHAZO_FIRMA", d.getCodigoVerificacion(), ex.reason().name());
    LOG.warning(
        () ->
            "Firma rechazada: documento "
                + d.getCodigoVerificacion()
                + ", usuario "
                + p.getUsuario()
                + ", motivo "
                + ex.reason()
                + ": "
                + ex.getMessage());
    return switch (ex.reason()) {
      case TIMESTAMP_UNAVAILABLE ->
          new ServicioNoDisponibleException(
              "No se pudo obtener el sello de tiempo: la autoridad de sellado de tiempo (TSA) no"
                  + " responde. El documento quedó como estaba; inténtelo de nuevo en unos"
                  + " minutos.");
      case CERTIFICATE_REVOKED, CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID ->
          new FirmaRechazadaException(
              "No se pudo firmar: " + ex.getMessage() + " El documento quedó como estaba.");
      default ->
          new FirmaRechazadaException(
              ex.getMessage().startsWith("No se pudo")
                  ? ex.getMessage()
                  : "No se pudo firmar: " + ex.getMessage());
    };
  }

  byte[] leer(String sha256) {
    try (var in = documentos.abrir(sha256)) {
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private String unidadDelPaso(Task t) {
    for (var l : motor.tareas().getIdentityLinksForTask(t.getId())) {
      if (l.getGroupId() != null && l.getGroupId().contains(":")) {
        return l.getGroupId().substring(0, l.getGroupId().indexOf(':'));
      }
    }
    return "OTI";
  }

  private static Movimiento.Accion accion(String clave) {
    return switch (clave) {
      case "vb5", "vb8", "vb12" -> Movimiento.Accion.VISTO_BUENO;
      case "vb11" -> Movimiento.Accion.SUSCRIPCION;
      case "vb3", "vb10" -> Movimiento.Accion.OBSERVACION;
      case "vb6", "vb13" -> Movimiento.Accion.DERIVACION;
      case "vb7" -> Movimiento.Accion.RECEPCION;
      default -> Movimiento.Accion.REVISION;
    };
  }

  private static String recortar(String s) {
    return s.length() <= 300 ? s : s.substring(0, 297) + "…";
  }
}
