package pe.gob.minem.tramite.agente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agent whose PKCS#11 module is not installed (no OpenSC): it says so, it does not crash. */
class TokenAusenteTest {

  private final ServicioDeFirma servicio =
      new ServicioDeFirma(
          List.of(new AlmacenPkcs11(Path.of("/no/existe/opensc-pkcs11.so"))),
          new PinDePrueba(),
          Clock.systemDefaultZone());

  @Test
  void sinModuloNoHayTokenYFirmarLoDice() throws Exception {
    assertTrue(!servicio.tokenPresente());
    ErrorDelAgente e =
        assertThrows(
            ErrorDelAgente.class,
            () ->
                servicio.firmar(
                    "https://tramite.minem.gob.pe",
                    PedidoDeFirma.de(
                        Json.leer(
                            "{\"certificado\":\"01\",\"firmas\":[{\"id\":\"a\",\"datos\":\"AA==\"}]}"))));
    assertEquals(Codigo.TOKEN_AUSENTE, e.codigo());
    ErrorDelAgente lista = assertThrows(ErrorDelAgente.class, servicio::certificados);
    assertTrue(lista.getMessage().contains("instale OpenSC"), lista.getMessage());
  }
}
