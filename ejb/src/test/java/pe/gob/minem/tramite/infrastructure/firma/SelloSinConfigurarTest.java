package pe.gob.minem.tramite.infrastructure.firma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.signing.SigningException;

/**
 * Outside demo mode without a seal, or without a TSA, the portal cannot sign its checkpoints: it
 * says why; and a TSA that does not answer makes the signature fail, not hang.
 */
class SelloSinConfigurarTest {

  @Test
  void sinDemostracionNiSelloConfiguradoAvisaYNoFirma(@TempDir Path datos) {
    var firma = FirmaDeDemostracion.enProduccion(datos, "http://127.0.0.1:9/tsa");
    var sello = FirmaDeDemostracion.sello(firma, null, null);
    try {
      assertTrue(
          sello
              .aviso()
              .orElse("")
              .startsWith("No hay sello del portal (tramite.firma.sello.pkcs12)"),
          sello.aviso()::toString);
      assertThrows(SigningException.class, () -> sello.firmar(new byte[] {1}));
    } finally {
      FirmaDeDemostracion.cerrar(firma, sello);
    }
  }

  @Test
  void unSelloQueNoAbreAvisaConSuRuta(@TempDir Path datos) {
    var firma = FirmaDeDemostracion.enProduccion(datos, "http://127.0.0.1:9/tsa");
    var sello = FirmaDeDemostracion.sello(firma, datos.resolve("no-existe.p12"), "x");
    try {
      assertTrue(
          sello.aviso().orElse("").startsWith("No se pudo abrir el sello del portal "),
          sello.aviso()::toString);
    } finally {
      FirmaDeDemostracion.cerrar(firma, sello);
    }
  }

  @Test
  void conLaTsaCaidaLaFirmaFallaConEseMotivo(@TempDir Path datos) {
    var firma = FirmaDeDemostracion.enDemostracion(datos, "http://127.0.0.1:9/tsa");
    var sello = FirmaDeDemostracion.sello(firma, null, null);
    try {
      assertEquals(java.util.Optional.empty(), sello.aviso());
      var e =
          assertThrows(
              SigningException.class,
              () ->
                  sello.firmar(
                      pe.gob.minem.tramite.infrastructure.pdf.PuntoDeControlPdf.generar(
                          SelloDelPortalTest.PUNTO)));
      assertEquals(SigningException.Reason.TIMESTAMP_UNAVAILABLE, e.reason(), e::getMessage);
    } finally {
      FirmaDeDemostracion.cerrar(firma, sello);
    }
  }
}
