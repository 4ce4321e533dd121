package pe.gob.minem.tramite.signing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import pe.gob.minem.tramite.signing.CertificateInfo;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.Pkcs12Key;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.Stamp;
import pe.gob.minem.tramite.signing.TimestampInfo;
import pe.gob.minem.tramite.signing.TrustAnchors;
import pe.gob.minem.tramite.signing.ValidationReport;
import pe.gob.minem.tramite.signing.ValidationService;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The operators' command line: {@code sign}, {@code validate}, {@code extend} and {@code demo-pki}.
 * Exit codes: 0 success (for validate: every signature TOTAL_PASSED), 1 validation not passed, 2
 * usage error, 3 refused or failed.
 */
public final class SigningCli {

  static final String USAGE =
      """
      Uso:
        sign --p12 FILE --password PW --level B-B|B-T|B-LT|B-LTA [--reason TEXT] [--visible]
             [--tsa URL] [--trust CA.pem]... IN.pdf OUT.pdf
        validate [--trust CA.pem]... [--trust-dir DIR] [--offline] [--report-pdf OUT.pdf] FILE.pdf
        extend --level B-T|B-LT|B-LTA [--tsa URL] [--trust CA.pem]... IN.pdf OUT.pdf
        demo-pki --data DIR [--port N] [--issue NOMBRE DNI CARGO UNIDAD]... [--serve]
      """;

  private final PrintStream out;
  private final PrintStream err;

  public SigningCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new SigningCli(System.out, System.err).run(args));
  }

  /** Runs one command and returns its exit code (never exits the JVM). */
  public int run(String[] args) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    try {
      Options o = Options.parse(args);
      return switch (args[0]) {
        case "sign" -> sign(o);
        case "validate" -> validate(o);
        case "extend" -> extend(o);
        case "demo-pki" -> demoPki(o);
        default -> usage("Orden desconocida: " + args[0]);
      };
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    } catch (SigningException | IOException | java.io.UncheckedIOException e) {
      err.println("Error: " + e.getMessage());
      return 3;
    }
  }

  private int usage(String message) {
    err.println(message);
    err.print(USAGE);
    return 2;
  }

  private int sign(Options o) throws IOException {
    o.positional(2);
    Path p12 = Path.of(o.required("--p12"));
    char[] password = o.required("--password").toCharArray();
    PadesLevel level = PadesLevel.parse(o.required("--level"));
    Pkcs12Key key = Pkcs12Key.of(p12, password);
    SignatureOptions options =
        new SignatureOptions(
            level,
            o.value("--reason", SignatureOptions.MOTIVO_CONFORMIDAD),
            null,
            o.flag("--visible") ? Stamp.automatic() : null);
    // Signing needs the chain's root to gather revocation data for B-LT; by default the signer's
    // own root (the last certificate of the PKCS#12) is taken as the anchor.
    List<X509Certificate> anchors = trust(o);
    SigningConfig base = config(o, List.of());
    try (Signer probe = SigningService.create(base).open(key)) {
      if (anchors.isEmpty()) {
        List<X509Certificate> chain = probe.certificateChain();
        anchors = List.of(chain.get(chain.size() - 1));
      }
    }
    SigningService service = SigningService.create(base.withTrustAnchors(anchors));
    byte[] signed = service.sign(Files.readAllBytes(Path.of(o.positional.get(0))), key, options);
    Files.write(Path.of(o.positional.get(1)), signed);
    err.println("Firmado (" + level.label() + "): " + o.positional.get(1));
    return 0;
  }

  private int extend(Options o) throws IOException {
    o.positional(2);
    PadesLevel level = PadesLevel.parse(o.required("--level"));
    SigningService service = SigningService.create(config(o, trust(o)));
    byte[] extended = service.extend(Files.readAllBytes(Path.of(o.positional.get(0))), level);
    Files.write(Path.of(o.positional.get(1)), extended);
    err.println("Extendido a " + level.label() + ": " + o.positional.get(1));
    return 0;
  }

  private int validate(Options o) throws IOException {
    o.positional(1);
    SigningConfig config = config(o, trust(o)).withOffline(o.flag("--offline"));
    ValidationService service = ValidationService.create(config);
    ValidationReport report = service.validate(Files.readAllBytes(Path.of(o.positional.get(0))));
    List<Object> array = new ArrayList<>();
    for (SignatureReport s : report.signatures()) {
      array.add(json(s));
    }
    out.println(Json.write(array, "  "));
    String reportPdf = o.value("--report-pdf", null);
    if (reportPdf != null) {
      Files.write(Path.of(reportPdf), service.renderPdf(report));
    }
    return report.allPassed() ? 0 : 1;
  }

  private int demoPki(Options o) throws IOException {
    Path data = Path.of(o.required("--data"));
    int port = Integer.parseInt(o.value("--port", "0"));
    try (DemoPki pki = DemoPki.openOrCreate(data, port)) {
      Path root = pki.directory().resolve("root.pem");
      Files.writeString(root, pem(pki.rootCertificate()));
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("baseUrl", pki.baseUrl().toString());
      info.put("tsaUrl", pki.tsaUrl().toString());
      info.put("root", root.toString());
      List<Object> persons = new ArrayList<>();
      for (List<String> p : o.issues) {
        IssuedPerson person = pki.issuePerson(p.get(0), p.get(1), p.get(2), p.get(3));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("nombre", person.nombre());
        entry.put("dni", person.dni());
        entry.put(
            "p12", pki.directory().resolve("persons").resolve(person.dni() + ".p12").toString());
        entry.put("password", DemoPki.PERSON_PASSWORD);
        persons.add(entry);
      }
      info.put("persons", persons);
      out.println(Json.write(info, "  "));
      out.flush();
      if (o.flag("--serve")) {
        err.println(
            "PKI de demostración (sin validez legal) en "
                + pki.baseUrl()
                + " — Ctrl+C para terminar");
        new CountDownLatch(1).await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static Map<String, Object> json(SignatureReport s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indication", s.indication().name());
    m.put("subIndication", s.subIndication());
    m.put("explicacion", s.explicacion());
    m.put("signer", s.firmante());
    m.put("dni", s.dni());
    m.put("cargo", s.cargo());
    m.put("signingTime", s.signingTime());
    m.put("level", s.level());
    m.put("reason", s.motivo());
    m.put("modifiedAfterSigning", s.modifiedAfterSigning());
    m.put("coversWholeDocument", s.coversWholeDocument());
    List<Object> chain = new ArrayList<>();
    for (CertificateInfo c : s.certificateChain()) {
      Map<String, Object> cert = new LinkedHashMap<>();
      cert.put("subject", c.subject());
      cert.put("notAfter", c.notAfter());
      cert.put("trusted", c.trusted());
      cert.put("revocation", c.revocationStatus());
      chain.add(cert);
    }
    m.put("certificateChain", chain);
    List<Object> timestamps = new ArrayList<>();
    for (TimestampInfo t : s.timestamps()) {
      Map<String, Object> ts = new LinkedHashMap<>();
      ts.put("type", t.type());
      ts.put("time", t.productionTime());
      ts.put("indication", t.indication() == null ? null : t.indication().name());
      timestamps.add(ts);
    }
    m.put("timestamps", timestamps);
    m.put("errors", s.errores());
    m.put("warnings", s.advertencias());
    return m;
  }

  private static SigningConfig config(Options o, List<X509Certificate> anchors) {
    SigningConfig config = SigningConfig.defaults().withTrustAnchors(anchors);
    String tsa = o.value("--tsa", null);
    return tsa == null ? config : config.withTsaUrl(URI.create(tsa));
  }

  private static List<X509Certificate> trust(Options o) {
    List<X509Certificate> anchors = new ArrayList<>();
    for (String file : o.all("--trust")) {
      anchors.addAll(TrustAnchors.fromFile(Path.of(file)));
    }
    for (String dir : o.all("--trust-dir")) {
      anchors.addAll(TrustAnchors.fromFolder(Path.of(dir)));
    }
    return anchors;
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parsed arguments of one command. */
  private static final class Options {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<List<String>> issues = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    private static final List<String> FLAGS = List.of("--visible", "--offline", "--serve");

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (FLAGS.contains(a)) {
          o.flags.add(a);
        } else if (a.equals("--issue")) {
          if (i + 4 >= args.length) {
            throw new IllegalArgumentException("--issue necesita NOMBRE DNI CARGO UNIDAD");
          }
          o.issues.add(List.of(args[i + 1], args[i + 2], args[i + 3], args[i + 4]));
          i += 4;
        } else if (a.startsWith("--")) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("Falta el valor de " + a);
          }
          o.values.computeIfAbsent(a, k -> new ArrayList<>()).add(args[++i]);
        } else {
          o.positional.add(a);
        }
      }
      return o;
    }

    String required(String name) {
      String v = value(name, null);
      if (v == null) {
        throw new IllegalArgumentException("Falta " + name);
      }
      return v;
    }

    String value(String name, String fallback) {
      List<String> v = values.get(name);
      return v == null ? fallback : v.get(v.size() - 1);
    }

    List<String> all(String name) {
      return values.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
      return flags.contains(name);
    }

    void positional(int count) {
      if (positional.size() != count) {
        throw new IllegalArgumentException(
            "Se esperaban " + count + " archivos y se recibieron " + positional.size());
      }
    }
  }
}
