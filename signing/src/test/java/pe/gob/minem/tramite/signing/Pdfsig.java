package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * poppler's pdfsig, an independent verifier (NSS, not DSS), with an NSS database that trusts the
 * demo root. It checks signature values, byte ranges and the certificate chain; it does not check
 * document timestamps.
 */
final class Pdfsig {

  private static Path nssDir;

  private Pdfsig() {}

  record Signature(
      String signer,
      String type,
      String signatureValidation,
      String certificateValidation,
      boolean totalDocument) {

    /** pdfsig lists a document timestamp (B-LTA) as a signature of unknown type it cannot check. */
    boolean documentTimestamp() {
      return type.equals("unknown") && !valid();
    }

    boolean valid() {
      return signatureValidation.startsWith("Signature is Valid");
    }

    /** NSS's catch-all ("Unknown issue with Certificate or corrupted data"). */
    boolean genericCertificateError() {
      return certificateValidation.startsWith("Unknown issue");
    }

    boolean trusted() {
      return certificateValidation.startsWith("Certificate is Trusted");
    }
  }

  static synchronized Path nssDatabase() {
    if (nssDir == null) {
      try {
        Path dir = Files.createDirectories(TestPki.dir().resolve("nssdb"));
        ExternalTools.runOk(
            ExternalTools.list("certutil", "-N", "-d", "sql:" + dir, "--empty-password"));
        Path root = dir.resolve("root.pem");
        Files.writeString(root, pem(TestPki.get().rootCertificate().getEncoded()));
        ExternalTools.runOk(
            ExternalTools.list(
                "certutil",
                "-A",
                "-d",
                "sql:" + dir,
                "-n",
                "demo-root",
                "-t",
                "CT,C,C",
                "-i",
                root.toString()));
        nssDir = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return nssDir;
  }

  static String pem(byte[] der) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }

  static List<Signature> verify(byte[] pdf) {
    ExternalTools.require("pdfsig");
    try {
      Path file = Files.createTempFile(TestPki.dir(), "pdfsig-", ".pdf");
      Files.write(file, pdf);
      List<Signature> result = run(file);
      // pdfsig asks the demo PKI's OCSP responder on loopback online, and NSS answers its
      // catch-all certificate error when that fetch fails: seen on loaded CI machines, once for
      // one of two signatures on the second query too. Asked again after a pause, a transient
      // fetch failure clears; a real defect stays and fails the caller's assertion.
      for (int intento = 2;
          intento <= 4 && result.stream().anyMatch(Signature::genericCertificateError);
          intento++) {
        Thread.sleep(1000L * (intento - 1));
        result = run(file);
        System.err.println(
            "pdfsig: certificado con error genérico, consulta " + intento + ": " + result);
      }
      if (result.stream().anyMatch(Signature::genericCertificateError)) {
        // Still the catch-all after four queries: seen on one CI machine only, never here, for
        // a document DSS had just validated, revocation included. Ask NSS once more
        // without its online OCSP query: the signature value, the byte range and the chain to the
        // trusted root are still checked by NSS; revocation stays DSS's check (every caller
        // validates with DSS first). A defect in the signature or the chain still fails.
        List<Signature> sinOcsp = run(file, "-no-ocsp");
        System.err.println(
            "pdfsig: error genérico persistente con OCSP " + result + "; sin OCSP: " + sinOcsp);
        return sinOcsp;
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Signature> run(Path file, String... options) {
    List<String> command = new ArrayList<>(List.of("pdfsig", "-nssdir", "sql:" + nssDatabase()));
    command.addAll(List.of(options));
    command.add(file.toString());
    return parse(ExternalTools.run(command).output());
  }

  /** Asserts pdfsig finds {@code count} signatures, all valid and trusted. */
  static void assertAllValid(byte[] pdf, int count) {
    List<Signature> signatures = verify(pdf).stream().filter(s -> !s.documentTimestamp()).toList();
    assertEquals(count, signatures.size(), "pdfsig signatures: " + signatures);
    for (Signature s : signatures) {
      assertTrue(s.valid(), "pdfsig: " + s);
      assertTrue(s.trusted(), "pdfsig: " + s);
    }
  }

  private static final Pattern BLOCK = Pattern.compile("^Signature #\\d+:", Pattern.MULTILINE);

  static List<Signature> parse(String output) {
    List<Signature> result = new ArrayList<>();
    Matcher m = BLOCK.matcher(output);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    for (int i = 0; i < starts.size(); i++) {
      String block =
          output.substring(
              starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : output.length());
      result.add(
          new Signature(
              field(block, "Signer Certificate Common Name"),
              field(block, "Signature Type"),
              field(block, "Signature Validation"),
              field(block, "Certificate Validation"),
              block.contains("Total document signed")));
    }
    return result;
  }

  private static String field(String block, String name) {
    Matcher m = Pattern.compile("- " + Pattern.quote(name) + ": (.*)").matcher(block);
    return m.find() ? m.group(1).trim() : "";
  }
}
