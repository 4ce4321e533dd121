package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.ServicioNoDisponibleException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.documento.FirmaRechazadaException;
import pe.gob.minem.tramite.domain.model.documento.ValidacionGuardada;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.signing.CertificateHolder;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.PendingSignature;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.Stamp;

/**
 * The PAdES signature of a signing step's document (V°B° or suscripción; in P/OGA-TI-02 acts. 5, 8,
 * 11 and 12): with the server-held demo key, the portal's PKCS#11 token or the client's signature
 * value. Called by the {@code documento.firmar} handler inside the task completion's transaction,
 * so the signed version, its validation reports (ADR 0024), the workflow step and the hoja de ruta
 * commit together; if signing fails (a revoked certificate, an unreachable TSA) nothing changes and
 * the person can retry.
 */
@Stateless
public class FirmaDeDocumentos {

  private static final Logger LOG = Logger.getLogger(FirmaDeDocumentos.class.getName());

  @Inject DocumentoRepository documentosElaborados;
  @Inject pe.gob.minem.tramite.infrastructure.workflow.Flujos flujos;
  @Inject DocumentStore documentos;
  @Inject FirmaDigital firmaDigital;
  @Inject pe.gob.minem.tramite.application.organizacion.OrganizacionService organizacion;
  @Inject SolicitudesDeFirma solicitudes;
  @Inject Auditoria auditoria;
  @Inject InformesGuardados informes;

  /** The document a step of this process instance works on (its {@code documentoId}). */
  public Documento documentoDe(String ejecucionId) {
    Object id = flujos.variable(ejecucionId, "documentoId");
    return id == null ? null : documentosElaborados.porId(((Number) id).longValue()).orElse(null);
  }

  /**
   * Step 1 of client-side signing: the data to sign of the current version, with the same stamp and
   * reason the server would use, for the signer's own certificate chain.
   */
  public PendingSignature prepararFirmaExterna(
      String tareaId,
      Documento d,
      Firma.Clase clase,
      String unidad,
      Persona p,
      List<X509Certificate> cadena) {
    try {
      var pendiente =
          firmaDigital
              .servicioDeFirma()
              .prepare(leer(d.versionActual().getSha256()), cadena, opciones(clase, p, unidad));
      solicitudes.registrar(
          pendiente.id(),
          new SolicitudesDeFirma.Pendiente(
              tareaId, p.getUsuario(), d.versionActual().getSha256(), pendiente.expiresAt()));
      return pendiente;
    } catch (SigningException ex) {
      throw rechazo(ex, p, d);
    }
  }

  private SignatureOptions opciones(Firma.Clase clase, Persona p, String unidad) {
    var nivel = firmaDigital.nivel();
    Stamp sello =
        Stamp.automatic()
            .withFirmante(p.getNombreCompleto(), p.cargoEn(unidad), nombreDeUnidad(p, unidad));
    if (clase == Firma.Clase.VISTO_BUENO) {
      // the unit's seal, where an administrator uploaded one, at the left of the V°B° text
      var imagen = organizacion.sello(unidad);
      if (imagen.isPresent()) {
        sello = sello.withImagen(imagen.get().getImagen());
      }
    }
    return (clase == Firma.Clase.SUSCRIPCION
            ? SignatureOptions.conformidad(nivel)
            : SignatureOptions.vistoBueno(nivel))
        .withStamp(sello);
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
  public void firmar(ContextoDePaso c, Firma.Clase clase) {
    Documento d = c.documentoRequerido();
    Persona p = c.persona();
    String unidad = c.unidad();
    String cargo = p.cargoEn(unidad);
    String como;
    byte[] firmado;
    try {
      if (c.firmaExterna() != null) {
        como = "en el cliente";
        firmado = firmaExterna(d, p, c.tareaId(), c.firmaExterna());
      } else if (c.firmaConToken() != null) {
        como = "con token PKCS#11";
        firmado =
            firmaDigital.firmarConToken(
                c.firmaConToken().pin(),
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
    // one validation decides and is kept: the reports a reader gets are the verdict signing used
    var reporte = firmaDigital.validar(firmado);
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
    ValidacionGuardada validacion;
    try {
      var contenido = documentos.guardar(new ByteArrayInputStream(firmado), Long.MAX_VALUE);
      validacion =
          informes.guardar(
              reporte, d, d.getVersiones().size() + 1, contenido.sha256(), /* alFirmar */ true);
      d.firmar(
          clase,
          c.actividad(),
          p,
          cargo,
          contenido.sha256(),
          contenido.tamano(),
          ultima.level() == null ? nivel.label() : ultima.level(),
          ultima.indication().name(),
          validacion,
          c.ahora());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    auditoria.registrar(
        p.getUsuario(),
        clase == Firma.Clase.SUSCRIPCION ? "DOCUMENTO_SUSCRITO" : "DOCUMENTO_VISTO_BUENO",
        d.getCodigoVerificacion(),
        "versión "
            + d.versionActual().getNumero()
            + ", firmado "
            + como
            + ", informe de validación "
            + validacion.informePdf());
  }

  /** Step 3 of client-side signing: only the request prepared for this task, person and version. */
  private byte[] firmaExterna(Documento d, Persona p, String tareaId, FirmaExterna ext) {
    var pendiente = solicitudes.tomar(ext.solicitud());
    if (pendiente == null
        || !pendiente.tareaId().equals(tareaId)
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
      case REVOCATION_UNAVAILABLE ->
          new ServicioNoDisponibleException(ex.getMessage() + " El documento quedó como estaba.");
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
}
