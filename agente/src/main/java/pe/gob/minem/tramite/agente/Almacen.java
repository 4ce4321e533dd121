package pe.gob.minem.tramite.agente;

import java.util.List;
import java.util.function.Function;

/** Where signers' keys live: a PKCS#11 token (DNIe, USB token) or the Windows certificate store. */
interface Almacen {

  /** A short name for /estado: "PKCS#11 /usr/lib/.../opensc-pkcs11.so", "Windows". */
  String nombre();

  /** Whether a token (or the store) is there to be used now. */
  boolean presente();

  /** The certificates that have a private key beside them; asks no PIN. */
  List<Certificado> certificados() throws ErrorDelAgente;

  /**
   * Opens the certificate's key for a batch, asking the PIN once through {@code pin}.
   *
   * @param pedido builds what the PIN dialog shows, given the token's warning (or {@code null})
   */
  Llave abrir(Certificado certificado, Function<String, PedidoDePin> pedido, PinProvider pin)
      throws ErrorDelAgente;

  /** An opened key: signs digests until closed (logged out). */
  interface Llave extends AutoCloseable {

    /** Signs a digest made with {@code digestAlgorithm} (PKCS#1 v1.5 or ECDSA, DER-encoded). */
    byte[] firmar(String digestAlgorithm, byte[] digest) throws ErrorDelAgente;

    @Override
    void close();
  }
}
