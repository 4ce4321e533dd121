package pe.gob.minem.tramite.infrastructure.firma;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The portal's signing outside a container: {@link FirmaDigital} on the offline demo PKI (or not in
 * demo mode) and the portal's seal on it, configured as MicroProfile Config would.
 */
public final class FirmaDeDemostracion {

  private FirmaDeDemostracion() {}

  /** Demo mode on a PKI in {@code datos}; {@code tsa}: another TSA's URL, or null for the PKI's. */
  public static FirmaDigital enDemostracion(Path datos, String tsa) {
    return firmaDigital(datos, true, tsa);
  }

  /** Outside demo mode: no PKI, no server-held keys; {@code tsa} may be null (none). */
  public static FirmaDigital enProduccion(Path datos, String tsa) {
    return firmaDigital(datos, false, tsa);
  }

  private static FirmaDigital firmaDigital(Path datos, boolean demo, String tsa) {
    var f = new FirmaDigital();
    f.directorioDatos = datos.toString();
    f.demo = demo;
    f.puertoPki = 0;
    f.nivelPorOmision = "B-LT";
    f.carpetaDeConfianza = Optional.empty();
    f.tsa = Optional.ofNullable(tsa);
    f.libreriaPkcs11 = Optional.empty();
    f.iniciar();
    return f;
  }

  /** The seal: the PKCS#12 {@code pkcs12} with its password, or (null) the demo PKI's. */
  public static SelloDelPortal sello(FirmaDigital firma, Path pkcs12, String clave) {
    var s = new SelloDelPortal();
    s.firma = firma;
    s.archivo = Optional.ofNullable(pkcs12).map(Path::toString);
    s.clave = Optional.ofNullable(clave);
    s.abrir();
    return s;
  }

  /** A key and certificate the demo PKI issues, written as a PKCS#12 file (password "demo"). */
  public static Path pkcs12(FirmaDigital firma, FirmaDigital.Titular t, Path archivo)
      throws java.io.IOException {
    IssuedPerson p =
        firma.pkiDeDemostracion().issuePerson(t.nombre(), t.dni(), t.cargo(), t.unidad());
    return Files.write(archivo, p.pkcs12());
  }

  public static void cerrar(FirmaDigital firma, SelloDelPortal sello) {
    if (sello != null) {
      sello.cerrar();
    }
    firma.cerrar();
  }
}
