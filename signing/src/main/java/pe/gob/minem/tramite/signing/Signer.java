package pe.gob.minem.tramite.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An opened key, ready to sign many PDFs without opening the keystore or token again. Thread-safe
 * for PKCS#12 keys; a PKCS#11 token serialises its own operations. Close it to release the key.
 */
public interface Signer extends AutoCloseable {

  /** Signs a PDF: an incremental update, so earlier signatures stay valid. */
  byte[] sign(byte[] pdf, SignatureOptions options);

  X509Certificate certificate();

  List<X509Certificate> certificateChain();

  @Override
  void close();
}
