package pe.gob.minem.tramite.infrastructure.firma;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.signing.CertificateHolder;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.Pkcs11Key;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.TimestampAuthority;
import pe.gob.minem.tramite.signing.TrustAnchors;
import pe.gob.minem.tramite.signing.ValidationReport;
import pe.gob.minem.tramite.signing.ValidationService;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The portal's access to {@code signing/}: one signing and one validation service, configured from
 * MicroProfile Config, and the keys people sign with. In demo mode it opens (or creates) the
 * offline demo PKI in the data directory, whose CA is trusted, whose TSA stamps B-T and above
 * (unless {@code tramite.firma.tsa} names another), and which issues each demo person a server-held
 * key. A PKCS#11 token is offered when {@code tramite.firma.pkcs11.libreria} names its module. The
 * demo PKI's administration (revoking, issuing, switching the TSA) is {@link PkiDeDemostracion}'s.
 */
@ApplicationScoped
public class FirmaDigital {

  private static final Logger LOG = Logger.getLogger(FirmaDigital.class.getName());

  /** Who a server-held key is issued to (the stamp and the certificate say the same). */
  public record Titular(String nombre, String dni, String cargo, String unidad) {}

  /** A demo person's current certificate, as the demo PKI's administrator sees it. */
  public record CertificadoDemo(
      String serie, String titular, Instant desde, Instant hasta, Instant revocadoEl) {}

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

  @Inject
  @ConfigProperty(name = "tramite.firma.pkcs11.libreria")
  Optional<String> libreriaPkcs11;

  @Inject
  @ConfigProperty(name = "tramite.firma.pkcs11.slot", defaultValue = "0")
  int slotPkcs11;

  /** Where prepared client-side requests wait; the tests' instances go without (in memory). */
  @Inject SolicitudesPreparadas preparadas;

  private DemoPki pki;
  private SigningService firma;
  private ValidationService validacion;
  private AutoridadDeSellado sellado;

  /** Demo keys opened once (PKCS#12 decryption costs more than the RSA signature), by serial. */
  private final Map<BigInteger, Signer> llavesAbiertas = new ConcurrentHashMap<>();

  @PostConstruct
  void iniciar() {
    long t0 = System.nanoTime();
    pe.gob.minem.tramite.signing.dss.BouncyCastle.ensureRegistered();
    List<X509Certificate> anclas = new ArrayList<>();
    carpetaDeConfianza
        .filter(s -> !s.isBlank())
        .ifPresent(c -> anclas.addAll(TrustAnchors.fromFolder(Path.of(c))));
    SigningConfig config = SigningConfig.defaults();
    if (demo) {
      pki =
          DemoPki.openOrCreate(Path.of(directorioDatos).toAbsolutePath().resolve("pki"), puertoPki);
      anclas.addAll(pki.trustAnchors());
    }
    if (tsa.isPresent() && !tsa.get().isBlank()) {
      URI url = URI.create(tsa.get().strip());
      sellado =
          new AutoridadDeSellado(
              TimestampAuthority.online(url, config.networkTimeout()), url.toString());
    } else if (demo) {
      sellado = new AutoridadDeSellado(pki.timestampAuthority(), "TSA de la PKI de demostración");
    }
    if (sellado != null) {
      config = config.withTimestampAuthority(sellado);
    }
    config = config.withTrustAnchors(anclas);
    // client-side requests in the database, so that any node completes them (ADR 0041)
    firma =
        preparadas == null
            ? SigningService.create(config)
            : SigningService.create(config, preparadas);
    validacion = ValidationService.create(config);
    LOG.info(
        () ->
            "Firma digital lista ("
                + (demo ? "PKI de demostración en " + pki.baseUrl() : "producción")
                + ", nivel "
                + nivelPorOmision
                + ", sello de tiempo: "
                + (sellado == null ? "ninguno" : sellado.estado().descripcion())
                + (tokenDisponible() ? ", token PKCS#11 " + libreriaPkcs11.get() : "")
                + ") en "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
  }

  /** After a revocation: what the services cached about certificates' status is stale. */
  void olvidarEstadosDeRevocacion() {
    firma.clearRevocationCache();
    validacion.clearRevocationCache();
  }

  /** The timestamp authority in use, if any. */
  AutoridadDeSellado sellado() {
    return sellado;
  }

  @PreDestroy
  void cerrar() {
    llavesAbiertas.values().forEach(Signer::close);
    llavesAbiertas.clear();
    if (pki != null) {
      pki.close();
    }
    // the JVM-wide «BC» provider must not outlive this deployment's class loader
    pe.gob.minem.tramite.signing.dss.BouncyCastle.release();
  }

  public PadesLevel nivel() {
    return PadesLevel.parse(nivelPorOmision);
  }

  public boolean isDemo() {
    return demo;
  }

  /** Is a PKCS#11 module configured, so that people may sign with their token? */
  public boolean tokenDisponible() {
    return libreriaPkcs11.filter(s -> !s.isBlank()).isPresent();
  }

  // ------------------------------------------------------------------ signing

  /**
   * Signs with the person's server-held key of the demo PKI, issued on first use. A revoked or
   * expired certificate is not silently replaced: the signature is refused with the reason, until
   * the PKI's administrator issues a new one.
   */
  public byte[] firmarConLlaveDelServidor(Titular t, byte[] pdf, SignatureOptions opciones) {
    if (pki == null) {
      throw new SigningException(
          "El portal no guarda llaves de firma fuera del modo de demostración: firme con su token"
              + " criptográfico o en el cliente.");
    }
    IssuedPerson persona = llaveDe(t);
    Signer llave =
        llavesAbiertas.computeIfAbsent(
            persona.certificate().getSerialNumber(), s -> firma.open(persona.signerKey()));
    if (llavesAbiertas.size() > 500) { // demo keys only: a bound, not a policy
      llavesAbiertas.keySet().stream()
          .filter(s -> !s.equals(persona.certificate().getSerialNumber()))
          .toList()
          .forEach(this::olvidar);
    }
    return llave.sign(pdf, opciones);
  }

  private IssuedPerson llaveDe(Titular t) {
    synchronized (pki) {
      Optional<IssuedPerson> actual = pki.person(t.dni());
      if (actual.isPresent() && !utilizable(actual.get().certificate())) {
        return actual.get(); // signing says why (revoked, expired) and nothing changes
      }
      return pki.issuePerson(t.nombre(), t.dni(), t.cargo(), t.unidad());
    }
  }

  private boolean utilizable(X509Certificate c) {
    return pki.revocationTime(c).isEmpty() && c.getNotAfter().toInstant().isAfter(Instant.now());
  }

  /**
   * Signs with the key of the PKCS#11 token configured, after {@code exigirTitular} accepted its
   * certificate (it throws when the certificate is someone else's). The PIN is used to log in and
   * then wiped from the array; it is never kept nor logged.
   */
  public byte[] firmarConToken(
      char[] pin, Consumer<CertificateHolder> exigirTitular, byte[] pdf, SignatureOptions o) {
    if (!tokenDisponible()) {
      throw new SigningException("La firma con token criptográfico no está configurada.");
    }
    Signer token;
    Pkcs11Key llave = new Pkcs11Key(Path.of(libreriaPkcs11.get().strip()), slotPkcs11, pin, null);
    try {
      token = firma.open(llave);
    } catch (SigningException e) {
      LOG.warning(() -> "No se pudo abrir el token PKCS#11: " + e.getMessage());
      throw new SigningException(
          "No se pudo abrir el token criptográfico: revise que esté conectado y que el PIN sea"
              + " correcto.",
          e);
    } finally {
      Arrays.fill(llave.pin(), '\0');
      Arrays.fill(pin, '\0');
    }
    try (token) {
      exigirTitular.accept(CertificateHolder.of(token.certificate()));
      return token.sign(pdf, o);
    }
  }

  /** Every signature of a PDF, with DSS's reports (public verification). */
  public ValidationReport validar(byte[] pdf) {
    return validacion.validate(pdf);
  }

  /** A readable PDF of a validation, in Spanish, naming the document validated (one line). */
  public byte[] informePdf(ValidationReport reporte, String documento) {
    return validacion.renderPdf(reporte, documento);
  }

  /** The verdicts on a PDF just signed, without the XML reports nobody reads there. */
  public ValidationReport verificarRecienFirmado(byte[] pdf) {
    return validacion.verdicts(pdf);
  }

  public SigningService servicioDeFirma() {
    return firma;
  }

  /** The demo PKI; an error outside demo mode. */
  DemoPki pkiDeDemostracion() {
    if (pki == null) {
      throw new IllegalStateException("La PKI de demostración no está activa.");
    }
    return pki;
  }

  /** Forgets a demo key opened earlier (revoked or replaced). */
  void olvidar(BigInteger serie) {
    Signer abierta = llavesAbiertas.remove(serie);
    if (abierta != null) {
      abierta.close();
    }
  }

  CertificadoDemo vista(X509Certificate c) {
    return new CertificadoDemo(
        c.getSerialNumber().toString(16),
        CertificateHolder.of(c).nombre(),
        c.getNotBefore().toInstant(),
        c.getNotAfter().toInstant(),
        pki.revocationTime(c).orElse(null));
  }
}
