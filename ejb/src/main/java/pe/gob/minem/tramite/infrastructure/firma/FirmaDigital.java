package pe.gob.minem.tramite.infrastructure.firma;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SignerKey;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.TrustAnchors;
import pe.gob.minem.tramite.signing.ValidationReport;
import pe.gob.minem.tramite.signing.ValidationService;
import pe.gob.minem.tramite.signing.demo.DemoPki;

/**
 * The portal's access to {@code signing/}: one signing and one validation service, configured from
 * MicroProfile Config. In demo mode it opens (or creates) the offline demo PKI in the data
 * directory, whose CA is trusted, whose TSA stamps B-T and above, and which issues each demo person
 * a server-held PKCS#12 key.
 */
@ApplicationScoped
public class FirmaDigital {

  private static final Logger LOG = Logger.getLogger(FirmaDigital.class.getName());

  @Inject
  @ConfigProperty(name = "tramite.data.dir", defaultValue = "data")
  String directorioDatos;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "tramite.pki.puerto", defaultValue = "0")
  int puertoPki;

  @Inject
  @ConfigProperty(name = "tramite.firma.nivel", defaultValue = "B-LT")
  String nivelPorOmision;

  @Inject
  @ConfigProperty(name = "tramite.firma.confianza")
  Optional<String> carpetaDeConfianza;

  @Inject
  @ConfigProperty(name = "tramite.firma.tsa")
  Optional<String> tsa;

  private DemoPki pki;
  private SigningService firma;
  private ValidationService validacion;

  @PostConstruct
  void iniciar() {
    long t0 = System.nanoTime();
    List<java.security.cert.X509Certificate> anclas = new ArrayList<>();
    carpetaDeConfianza
        .filter(s -> !s.isBlank())
        .ifPresent(c -> anclas.addAll(TrustAnchors.fromFolder(Path.of(c))));
    SigningConfig config = SigningConfig.defaults();
    if (demo) {
      pki =
          DemoPki.openOrCreate(Path.of(directorioDatos).toAbsolutePath().resolve("pki"), puertoPki);
      anclas.addAll(pki.trustAnchors());
      config = config.withTimestampAuthority(pki.timestampAuthority());
    }
    if (tsa.isPresent() && !tsa.get().isBlank()) {
      config = config.withTsaUrl(java.net.URI.create(tsa.get()));
    }
    config = config.withTrustAnchors(anclas);
    firma = SigningService.create(config);
    validacion = ValidationService.create(config);
    LOG.info(
        () ->
            "Firma digital lista ("
                + (demo ? "PKI de demostración en " + pki.baseUrl() : "producción")
                + ", nivel "
                + nivelPorOmision
                + ") en "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
  }

  @PreDestroy
  void cerrar() {
    if (pki != null) {
      pki.close();
    }
  }

  public PadesLevel nivel() {
    return PadesLevel.parse(nivelPorOmision);
  }

  /** The server-held key of a person (demo mode: issued by the demo PKI on first use). */
  public SignerKey llaveDe(String nombre, String dni, String cargo, String unidad) {
    if (pki == null) {
      throw new IllegalStateException(
          "Sin PKI de demostración: use un token PKCS#11 o la firma en el cliente.");
    }
    return pki.issuePerson(nombre, dni, cargo, unidad).signerKey();
  }

  public byte[] firmar(byte[] pdf, SignerKey llave, SignatureOptions opciones) {
    return firma.sign(pdf, llave, opciones);
  }

  public ValidationReport validar(byte[] pdf) {
    return validacion.validate(pdf);
  }

  public SigningService servicioDeFirma() {
    return firma;
  }

  public boolean isDemo() {
    return demo;
  }
}
