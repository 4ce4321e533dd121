package pe.gob.minem.tramite.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Loads trust anchors from a folder of certificate files or from a keystore. */
public final class TrustAnchors {

  private TrustAnchors() {}

  /** Every certificate in {@code *.pem}, {@code *.crt}, {@code *.cer} and {@code *.der} files. */
  public static List<X509Certificate> fromFolder(Path folder) {
    List<X509Certificate> anchors = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pem")
            || name.endsWith(".crt")
            || name.endsWith(".cer")
            || name.endsWith(".der")) {
          anchors.addAll(fromFile(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "No se pudo leer la carpeta de anclas de confianza " + folder, e);
    }
    return anchors;
  }

  /** The certificates of one PEM (one or several) or DER file. */
  public static List<X509Certificate> fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> result = new ArrayList<>();
      for (Certificate c : factory.generateCertificates(in)) {
        result.add((X509Certificate) c);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer " + file, e);
    } catch (GeneralSecurityException e) {
      throw new SigningException("El archivo no contiene certificados X.509: " + file, e);
    }
  }

  /** The certificates of a keystore (JKS or PKCS#12, e.g. a Java truststore). */
  public static List<X509Certificate> fromKeystore(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(in, password);
      List<X509Certificate> result = new ArrayList<>();
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.getCertificate(alias) instanceof X509Certificate x) {
          result.add(x);
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el almacén " + file, e);
    } catch (GeneralSecurityException e) {
      throw new SigningException("No se pudo abrir el almacén de confianza " + file, e);
    }
  }
}
