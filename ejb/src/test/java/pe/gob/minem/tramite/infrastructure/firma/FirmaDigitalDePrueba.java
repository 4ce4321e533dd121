package pe.gob.minem.tramite.infrastructure.firma;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import pe.gob.minem.tramite.signing.CertificateHolder;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The portal's {@link FirmaDigital} outside any container, in demo mode on a test's own data
 * directory: the offline demo PKI (CA, OCSP and CRL over loopback HTTP, in-process TSA) and B-LT
 * signatures, as {@code bin/tramite} runs it. Its "PKCS#11 token" holds the demo key of whoever
 * {@link #ponerEnElToken} names: the portal's side of a token signature, without SoftHSM2.
 */
public final class FirmaDigitalDePrueba extends FirmaDigital {

  private IssuedPerson enElToken;

  private FirmaDigitalDePrueba() {}

  public static FirmaDigitalDePrueba demo(Path datos) {
    var f = new FirmaDigitalDePrueba();
    f.directorioDatos = datos.toString();
    f.demo = true;
    f.puertoPki = 0;
    f.nivelPorOmision = "B-LT";
    f.carpetaDeConfianza = Optional.empty();
    f.tsa = Optional.empty();
    f.libreriaPkcs11 = Optional.empty();
    f.slotPkcs11 = 0;
    f.iniciar();
    return f;
  }

  /** The demo key of this person, issued now if the PKI has none for his DNI. */
  public IssuedPerson llaveDe(Titular t) {
    return pkiDeDemostracion()
        .person(t.dni())
        .orElseGet(
            () -> pkiDeDemostracion().issuePerson(t.nombre(), t.dni(), t.cargo(), t.unidad()));
  }

  /** What the PKI's administrator does when a token is lost (ADR 0010). */
  public void revocar(Titular t) {
    var c = llaveDe(t).certificate();
    pkiDeDemostracion().revoke(c);
    olvidar(c.getSerialNumber());
    olvidarEstadosDeRevocacion();
  }

  /** The key the simulated token holds from now on. */
  public void ponerEnElToken(Titular t) {
    enElToken = llaveDe(t);
  }

  @Override
  public boolean tokenDisponible() {
    return enElToken != null;
  }

  @Override
  public byte[] firmarConToken(
      char[] pin, Consumer<CertificateHolder> exigirTitular, byte[] pdf, SignatureOptions o) {
    try (Signer token = servicioDeFirma().open(enElToken.signerKey())) {
      exigirTitular.accept(CertificateHolder.of(token.certificate()));
      return token.sign(pdf, o);
    }
  }

  public void cerrar() {
    super.cerrar();
  }
}
