package pe.gob.minem.tramite.signing.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import pe.gob.minem.tramite.signing.TimestampAuthority;

/**
 * An offline demo PKI, "DEMO — sin validez legal": a root CA, an issuing CA, one signing
 * certificate per person, an OCSP responder, CRLs and an RFC 3161 timestamp authority. Created on
 * first use in {@code dataDir/demo-pki} and reopened from there; served over HTTP on loopback so
 * that the OCSP, CRL and CA-issuer URLs in its certificates answer, to this process and to outside
 * validators alike. Thread-safe; close it to stop the HTTP server.
 */
public final class DemoPki implements AutoCloseable {

  /** The alias of the key entry in every person's PKCS#12. */
  public static final String PERSON_ALIAS = "firma";

  /** The password of every person's PKCS#12: the demo keys protect nothing. */
  public static final String PERSON_PASSWORD = "demo";

  private static final Duration CA_VALIDITY = Duration.ofDays(3650);
  private static final Duration PERSON_VALIDITY = Duration.ofDays(730);

  private final Path dir;
  private final char[] storePassword;
  private final String baseUrl;
  private final Entry root;
  private final Entry issuing;
  private final Entry ocsp;
  private final Entry tsa;
  private final DemoTsa timestampAuthority;
  private final DemoRevocation revocation;
  private final Map<BigInteger, X509Certificate> issued = new ConcurrentHashMap<>();
  private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();

  /** Each DNI's current key and certificate, read from its PKCS#12 once (guarded by this). */
  private final Map<String, IssuedPerson> persons = new java.util.HashMap<>();

  /** Null while another process serves this same PKI on its port (instances of a group). */
  private volatile DemoHttpServer http;

  /** While another process serves: tries the port every two seconds, to serve if it dies. */
  private java.util.concurrent.ScheduledExecutorService relevo;

  /** revoked.properties' modification time when last read, to see another process's revocations. */
  private long revokedRead;

  /** Each DNI's PKCS#12 modification time when read into {@link #persons} (guarded by this). */
  private final Map<String, Long> personsRead = new java.util.HashMap<>();

  private record Entry(PrivateKey key, X509Certificate certificate) {}

  /** Opens the PKI of {@code dataDir}, creating it with an ephemeral loopback port if absent. */
  public static DemoPki openOrCreate(Path dataDir) {
    return openOrCreate(dataDir, 0);
  }

  /**
   * Opens the PKI of {@code dataDir}, or creates it serving on {@code port} (0 = ephemeral). The
   * port chosen at creation is written into the certificates' URLs, so a reopened PKI serves on
   * that same port again.
   */
  public static DemoPki openOrCreate(Path dataDir, int port) {
    try {
      return new DemoPki(dataDir.resolve("demo-pki"), port);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo abrir la PKI de demostración en " + dataDir, e);
    }
  }

  private DemoPki(Path dir, int requestedPort) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir.resolve("persons"));
    Path propertiesFile = dir.resolve("pki.properties");
    Properties properties = new Properties();
    boolean exists = Files.exists(propertiesFile);
    if (exists) {
      try (InputStream in = Files.newInputStream(propertiesFile)) {
        properties.load(in);
      }
    } else {
      byte[] secret = new byte[18];
      new java.security.SecureRandom().nextBytes(secret);
      properties.setProperty(
          "store.password", java.util.Base64.getUrlEncoder().encodeToString(secret));
    }
    storePassword = properties.getProperty("store.password").toCharArray();
    int port = Integer.parseInt(properties.getProperty("http.port", String.valueOf(requestedPort)));
    DemoHttpServer.Routes routes =
        new DemoHttpServer.Routes(
            () -> der(root().certificate()),
            () -> der(issuing().certificate()),
            () -> DemoRevocation.crl(root().certificate(), root().key(), Map.of()),
            () -> DemoRevocation.crl(issuing().certificate(), issuing().key(), Map.copyOf(revoked)),
            request -> revocation().ocsp(request),
            request -> tsa().respond(request));
    DemoHttpServer server;
    try {
      server = new DemoHttpServer(port, routes);
    } catch (BindException e) {
      if (!exists) {
        throw ocupado(port, e);
      }
      // the instances of a group share one data folder: the first to start serves this PKI's
      // URLs, the others use it (checked below: it must serve this PKI's root)
      server = null;
    }
    http = server;
    baseUrl = "http://127.0.0.1:" + (http == null ? port : http.port()) + DemoHttpServer.PREFIX;
    try {
      if (exists) {
        root = load("root");
        issuing = load("issuing");
        ocsp = load("ocsp");
        tsa = load("tsa");
        loadPersons();
        loadRevoked();
      } else {
        Instant from = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant to = from.plus(CA_VALIDITY);
        KeyPair rootKeys = DemoCertificates.newKeyPair();
        root = new Entry(rootKeys.getPrivate(), DemoCertificates.rootCa(rootKeys, from, to));
        KeyPair issuingKeys = DemoCertificates.newKeyPair();
        issuing =
            new Entry(
                issuingKeys.getPrivate(),
                DemoCertificates.issuingCa(
                    issuingKeys, root.certificate(), root.key(), baseUrl, from, to));
        KeyPair ocspKeys = DemoCertificates.newKeyPair();
        ocsp =
            new Entry(
                ocspKeys.getPrivate(),
                DemoCertificates.ocspResponder(
                    ocspKeys, issuing.certificate(), issuing.key(), from, to));
        KeyPair tsaKeys = DemoCertificates.newKeyPair();
        tsa =
            new Entry(
                tsaKeys.getPrivate(),
                DemoCertificates.tsa(
                    tsaKeys, issuing.certificate(), issuing.key(), baseUrl, from, to));
        save("root", root, List.of(root.certificate()));
        save("issuing", issuing, List.of(issuing.certificate(), root.certificate()));
        save("ocsp", ocsp, chain(ocsp.certificate()));
        save("tsa", tsa, chain(tsa.certificate()));
        properties.setProperty("http.port", String.valueOf(http.port()));
        properties.setProperty("leyenda", DemoCertificates.LEYENDA);
        try (OutputStream out = Files.newOutputStream(propertiesFile)) {
          properties.store(out, "PKI de demostración de Trámite: sin validez legal");
        }
      }
      if (http == null) {
        if (!servesThisRoot()) {
          throw ocupado(port, null);
        }
        relevar(port, routes);
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    issued.put(ocsp.certificate().getSerialNumber(), ocsp.certificate());
    issued.put(tsa.certificate().getSerialNumber(), tsa.certificate());
    timestampAuthority = new DemoTsa(tsa.key(), chain(tsa.certificate()));
    revocation =
        new DemoRevocation(
            issuing.certificate(),
            ocsp.certificate(),
            ocsp.key(),
            serial -> {
              if (!issued.containsKey(serial)) {
                reloadIssued(); // issued by another process sharing this folder?
              }
              if (!issued.containsKey(serial)) {
                return null;
              }
              reloadRevokedIfChanged();
              return Optional.ofNullable(revoked.get(serial));
            });
  }

  /**
   * The process that serves this PKI's URLs may die (an instance of the group killed): the others
   * try its port every two seconds and the first to bind it serves from then on.
   */
  private void relevar(int port, DemoHttpServer.Routes routes) {
    relevo =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "demo-pki-relevo");
              t.setDaemon(true);
              return t;
            });
    relevo.scheduleWithFixedDelay(
        () -> {
          if (http != null) {
            return;
          }
          try {
            http = new DemoHttpServer(port, routes);
            relevo.shutdown();
          } catch (IOException e) {
            // still served by the other process
          }
        },
        2,
        2,
        java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Whether this process serves the PKI's URLs (false while another process does). */
  public boolean serves() {
    return http != null;
  }

  private IllegalStateException ocupado(int port, Exception cause) {
    return new IllegalStateException(
        "El puerto "
            + port
            + " de la PKI de demostración está ocupado; sus certificados"
            + " apuntan a él ("
            + dir
            + ")",
        cause);
  }

  /** Whether the process listening on this PKI's port serves this PKI (same root certificate). */
  private boolean servesThisRoot() {
    try {
      var connection =
          (java.net.HttpURLConnection) URI.create(baseUrl + "/root.cer").toURL().openConnection();
      connection.setConnectTimeout(5000);
      connection.setReadTimeout(5000);
      try (InputStream in = connection.getInputStream()) {
        return java.util.Arrays.equals(in.readAllBytes(), der(root.certificate()));
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs {@code action} holding this folder's lock: another process sharing the folder (the
   * instances of a group) never issues or revokes at the same time.
   */
  private <T> T locked(java.util.function.Supplier<T> action) {
    try (var channel =
            java.nio.channels.FileChannel.open(
                dir.resolve("pki.lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      return action.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void reloadIssued() {
    try {
      loadPersons();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized void reloadRevokedIfChanged() {
    Path file = dir.resolve("revoked.properties");
    try {
      if (Files.exists(file) && Files.getLastModifiedTime(file).toMillis() != revokedRead) {
        loadRevoked();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The signing key of a person, issued on first request and reused afterwards while its name,
   * cargo and unit stay the same.
   */
  public synchronized IssuedPerson issuePerson(
      String nombre, String dni, String cargo, String unidad) {
    Optional<IssuedPerson> current = person(dni);
    if (current.isPresent()) {
      IssuedPerson existing = current.get();
      X509Certificate cert = existing.certificate();
      if (existing.nombre().equals(nombre)
          && java.util.Objects.equals(existing.cargo(), cargo)
          && java.util.Objects.equals(existing.unidad(), unidad)
          && !revoked.containsKey(cert.getSerialNumber())
          && cert.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(1)))) {
        return existing;
      }
    }
    Instant from = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
    return issuePerson(nombre, dni, cargo, unidad, from, from.plus(PERSON_VALIDITY));
  }

  /**
   * Always issues a new certificate for a person, valid from {@code notBefore} to {@code notAfter}.
   */
  public synchronized IssuedPerson issuePerson(
      String nombre, String dni, String cargo, String unidad, Instant notBefore, Instant notAfter) {
    return locked(() -> issue(nombre, dni, cargo, unidad, notBefore, notAfter));
  }

  private IssuedPerson issue(
      String nombre, String dni, String cargo, String unidad, Instant notBefore, Instant notAfter) {
    KeyPair keys = DemoCertificates.newKeyPair();
    X509Certificate certificate =
        DemoCertificates.person(
            keys,
            DemoCertificates.personName(nombre, dni, cargo, unidad),
            issuing.certificate(),
            issuing.key(),
            baseUrl,
            notBefore,
            notAfter);
    List<X509Certificate> chain = chain(certificate);
    byte[] p12 = pkcs12(PERSON_ALIAS, keys.getPrivate(), chain, PERSON_PASSWORD.toCharArray());
    write(personFile(dni), p12);
    issued.put(certificate.getSerialNumber(), certificate);
    IssuedPerson person =
        new IssuedPerson(nombre, dni, cargo, unidad, p12, PERSON_PASSWORD.toCharArray(), chain);
    persons.put(dni, person);
    personsRead.put(dni, modified(personFile(dni)));
    return person;
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The current key and certificate of a DNI, as last issued (it may be revoked or expired: see
   * {@link #revocationTime}), or empty if none was ever issued. Never issues one.
   */
  public synchronized Optional<IssuedPerson> person(String dni) {
    Path file = personFile(dni);
    IssuedPerson known = persons.get(dni);
    // kept while its file is unchanged (another process sharing the folder may have replaced it)
    if (known != null && personsRead.get(dni) == modified(file)) {
      return Optional.of(known);
    }
    if (!Files.exists(file)) {
      return Optional.ofNullable(known);
    }
    long mtime = modified(file);
    IssuedPerson read = readPerson(file);
    persons.put(dni, read);
    personsRead.put(dni, mtime);
    issued.put(read.certificate().getSerialNumber(), read.certificate());
    return Optional.of(read);
  }

  /** When this PKI revoked the certificate, or empty if it is not revoked. */
  public Optional<Instant> revocationTime(X509Certificate certificate) {
    return Optional.ofNullable(revoked.get(certificate.getSerialNumber()));
  }

  /** Revokes a certificate of this PKI now: the OCSP responder and the CRL say so from now on. */
  public synchronized void revoke(X509Certificate certificate) {
    locked(
        () -> {
          reloadRevokedIfChanged(); // another process's revocations are kept
          revoked.put(certificate.getSerialNumber(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
          Properties list = new Properties();
          revoked.forEach((serial, when) -> list.setProperty(serial.toString(16), when.toString()));
          Path file = dir.resolve("revoked.properties");
          try (OutputStream out = Files.newOutputStream(file)) {
            list.store(out, "Certificados revocados (serie hexadecimal = fecha)");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          revokedRead = modified(file);
          return null;
        });
  }

  /** The certificates to trust: the demo root. */
  public List<X509Certificate> trustAnchors() {
    return List.of(root.certificate());
  }

  public X509Certificate rootCertificate() {
    return root.certificate();
  }

  public X509Certificate issuingCertificate() {
    return issuing.certificate();
  }

  public X509Certificate timestampCertificate() {
    return tsa.certificate();
  }

  /** The in-process timestamp authority (same key and certificate as the HTTP one). */
  public TimestampAuthority timestampAuthority() {
    return timestampAuthority;
  }

  /** {@code http://127.0.0.1:PORT/demo-pki}: {@code /root.cer}, {@code /issuing.cer}, ... */
  public URI baseUrl() {
    return URI.create(baseUrl);
  }

  public URI tsaUrl() {
    return URI.create(baseUrl + "/tsa");
  }

  public URI ocspUrl() {
    return URI.create(baseUrl + "/ocsp");
  }

  public Path directory() {
    return dir;
  }

  @Override
  public void close() {
    if (relevo != null) {
      relevo.shutdownNow();
    }
    DemoHttpServer h = http;
    if (h != null) {
      h.close();
    }
  }

  private Entry root() {
    return root;
  }

  private Entry issuing() {
    return issuing;
  }

  private DemoTsa tsa() {
    return timestampAuthority;
  }

  private DemoRevocation revocation() {
    return revocation;
  }

  private List<X509Certificate> chain(X509Certificate leaf) {
    return List.of(leaf, issuing.certificate(), root.certificate());
  }

  private Path personFile(String dni) {
    if (!dni.matches("[0-9A-Za-z-]{1,20}")) {
      throw new IllegalArgumentException("DNI inválido: " + dni);
    }
    return dir.resolve("persons").resolve(dni + ".p12");
  }

  private void loadPersons() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("persons"))) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        X509Certificate cert = readPerson(file).certificate();
        issued.put(cert.getSerialNumber(), cert);
      }
    }
    // Certificates replaced by a newer one for the same DNI stay known to the OCSP responder
    Path history = dir.resolve("issued");
    if (Files.isDirectory(history)) {
      try (Stream<Path> files = Files.list(history)) {
        for (Path file : files.toList()) {
          X509Certificate cert = parse(Files.readAllBytes(file));
          issued.put(cert.getSerialNumber(), cert);
        }
      }
    }
  }

  private void loadRevoked() throws IOException {
    Path file = dir.resolve("revoked.properties");
    if (Files.exists(file)) {
      revokedRead = Files.getLastModifiedTime(file).toMillis();
      Properties list = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        list.load(in);
      }
      list.forEach(
          (serial, when) ->
              revoked.put(new BigInteger((String) serial, 16), Instant.parse((String) when)));
    }
  }

  private IssuedPerson readPerson(Path file) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      byte[] p12 = Files.readAllBytes(file);
      ks.load(new ByteArrayInputStream(p12), PERSON_PASSWORD.toCharArray());
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : ks.getCertificateChain(PERSON_ALIAS)) {
        chain.add((X509Certificate) c);
      }
      X500Name subject = DemoCertificates.subjectOf(chain.get(0));
      return new IssuedPerson(
          attribute(subject, BCStyle.CN),
          attribute(subject, BCStyle.SERIALNUMBER),
          attribute(subject, BCStyle.T),
          attribute(subject, BCStyle.OU),
          p12,
          PERSON_PASSWORD.toCharArray(),
          chain);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("PKCS#12 de demostración ilegible: " + file, e);
    }
  }

  private static String attribute(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
    var rdns = name.getRDNs(oid);
    return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
  }

  private Entry load(String name) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(dir.resolve(name + ".p12"))) {
        ks.load(in, storePassword);
      }
      return new Entry(
          (PrivateKey) ks.getKey(name, storePassword), (X509Certificate) ks.getCertificate(name));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Almacén de la PKI de demostración ilegible: " + name, e);
    }
  }

  private void save(String name, Entry entry, List<X509Certificate> chain) {
    write(dir.resolve(name + ".p12"), pkcs12(name, entry.key(), chain, storePassword));
    write(dir.resolve(name + ".cer"), der(entry.certificate()));
  }

  private static byte[] pkcs12(
      String alias, PrivateKey key, List<X509Certificate> chain, char[] password) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(alias, key, password, chain.toArray(new Certificate[0]));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(Path file, byte[] bytes) {
    try {
      if (file.getParent().getFileName().toString().equals("persons") && Files.exists(file)) {
        Path history = Files.createDirectories(dir.resolve("issued"));
        X509Certificate old = readPerson(file).certificate();
        Files.write(history.resolve(old.getSerialNumber().toString(16) + ".cer"), der(old));
      }
      Path tmp = Files.createTempFile(file.getParent(), ".tmp", null);
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          java.security.cert.CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
