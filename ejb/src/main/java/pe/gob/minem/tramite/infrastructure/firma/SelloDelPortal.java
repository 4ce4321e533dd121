package pe.gob.minem.tramite.infrastructure.firma;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.signing.CertificateHolder;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.Pkcs12Key;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.ValidationReport;

/**
 * The portal's own seal: the key that signs what the portal itself attests (the audit checkpoints),
 * at PAdES B-T, and the check that a PDF carries exactly that signature. In production it is the
 * PKCS#12 named by {@code tramite.firma.sello.pkcs12} (password {@code tramite.firma.sello.clave}),
 * e.g. the ministry's organisation certificate for the portal; in demo mode, without one, a key the
 * demo PKI issues to {@link #TITULAR_DE_DEMOSTRACION}. With neither, or without a timestamp
 * authority, nothing is signed: {@link #aviso()} says why, logged once as a WARNING and shown with
 * each verification of the audit.
 */
@ApplicationScoped
public class SelloDelPortal {

  private static final Logger LOG = Logger.getLogger(SelloDelPortal.class.getName());

  /** Who the demo PKI issues the seal to: not a person, so its serialNumber is not a DNI. */
  static final FirmaDigital.Titular TITULAR_DE_DEMOSTRACION =
      new FirmaDigital.Titular(
          "Sello de auditoría del portal Trámite",
          "SELLO-AUDITORIA",
          "Sello de auditoría",
          "Oficina de Tecnologías de la Información");

  static final String MOTIVO = "Punto de control de la auditoría";

  @Inject FirmaDigital firma;

  @Inject
  @ConfigProperty(name = "tramite.firma.sello.pkcs12")
  Optional<String> archivo;

  @Inject
  @ConfigProperty(name = "tramite.firma.sello.clave")
  Optional<String> clave;

  /** The configured seal, opened once; null in demo mode without one. */
  private Signer llave;

  private String aviso;

  @PostConstruct
  void abrir() {
    String ruta = archivo.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (ruta != null) {
      try {
        llave =
            firma
                .servicioDeFirma()
                .open(Pkcs12Key.of(Path.of(ruta), clave.orElse("").toCharArray()));
        var titular = CertificateHolder.of(llave.certificate());
        LOG.info(
            () ->
                "Sello del portal: "
                    + titular.nombre()
                    + " (válido hasta "
                    + llave.certificate().getNotAfter().toInstant()
                    + ")");
      } catch (RuntimeException e) {
        aviso =
            "No se pudo abrir el sello del portal "
                + ruta
                + " ("
                + e.getMessage()
                + "): los puntos de control de la auditoría quedan sin firmar.";
      }
    } else if (!firma.isDemo()) {
      aviso =
          "No hay sello del portal (tramite.firma.sello.pkcs12): los puntos de control de la"
              + " auditoría quedan sin firmar y no prueban un corte de la cadena frente a quien"
              + " pueda editar su tabla.";
    }
    if (aviso == null && firma.sellado() == null) {
      aviso =
          "No hay autoridad de sellado de tiempo (tramite.firma.tsa): los puntos de control de la"
              + " auditoría no se pueden firmar en B-T y quedan sin firmar.";
    }
    if (aviso != null) {
      LOG.warning(aviso);
    }
  }

  @PreDestroy
  void cerrar() {
    if (llave != null) {
      llave.close();
    }
  }

  /** Why the portal does not sign its checkpoints, or empty when it does. */
  public Optional<String> aviso() {
    return Optional.ofNullable(aviso);
  }

  /**
   * Signs the PDF with the seal: PAdES B-T, invisible. Slow (a call to the TSA): never inside the
   * transaction of an ordinary action.
   *
   * @throws SigningException when there is no seal, the TSA does not answer, the certificate is
   *     revoked or expired…
   */
  public byte[] firmar(byte[] pdf) {
    if (aviso != null) {
      throw new SigningException(aviso);
    }
    var opciones = SignatureOptions.invisible(PadesLevel.B_T, MOTIVO);
    return llave != null
        ? llave.sign(pdf, opciones)
        : firma.firmarConLlaveDelServidor(TITULAR_DE_DEMOSTRACION, pdf, opciones);
  }

  /**
   * Why the PDF is not something this seal signed and nobody changed since, or empty when it is:
   * one signature, valid (EN 319 102-1, through {@link FirmaDigital#validar}), over the whole file,
   * with a timestamp, by a certificate with the seal's subject (a renewed certificate keeps it).
   */
  public Optional<String> objecion(byte[] pdf) {
    ValidationReport reporte;
    try {
      reporte = firma.validar(pdf);
    } catch (RuntimeException e) {
      return Optional.of("no se pudo validar (" + e.getMessage() + ")");
    }
    if (reporte.signatures().size() != 1) {
      return Optional.of(
          "tiene "
              + reporte.signatures().size()
              + " firma(s); una constancia lleva solo la del sello del portal");
    }
    SignatureReport f = reporte.signatures().get(0);
    if (!f.passed()) {
      return Optional.of(
          "la firma no es válida ("
              + f.indication()
              + (f.subIndication() == null ? "" : "/" + f.subIndication())
              + (f.explicacion() == null ? "" : ": " + f.explicacion())
              + ")");
    }
    if (!f.coversWholeDocument() || f.modifiedAfterSigning()) {
      return Optional.of("fue modificado después de firmarlo");
    }
    if (f.timestamps().isEmpty()) {
      return Optional.of("la firma no tiene sello de tiempo");
    }
    Optional<X500Principal> sello = titularDelSello();
    if (sello.isEmpty() || !sello.get().equals(titularDe(f))) {
      return Optional.of("lo firmó «" + f.firmante() + "», no el sello del portal");
    }
    return Optional.empty();
  }

  private Optional<X500Principal> titularDelSello() {
    if (llave != null) {
      return Optional.of(llave.certificate().getSubjectX500Principal());
    }
    if (!firma.isDemo()) {
      return Optional.empty();
    }
    return firma
        .pkiDeDemostracion()
        .person(TITULAR_DE_DEMOSTRACION.dni())
        .map(p -> p.certificate().getSubjectX500Principal());
  }

  private static X500Principal titularDe(SignatureReport f) {
    if (f.certificateChain().isEmpty()) {
      return null;
    }
    try {
      return new X500Principal(f.certificateChain().get(0).subject());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
