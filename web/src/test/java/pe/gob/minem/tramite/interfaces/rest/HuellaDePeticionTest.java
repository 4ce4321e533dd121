package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Two sends of the same request give one fingerprint, whether the work read the files or not. */
class HuellaDePeticionTest {

  private static String huella(String json, String pdf, boolean leidoPorElTrabajo)
      throws IOException {
    var h = new HuellaDePeticion("POST expedientes");
    h.texto("expediente", json);
    var in = h.archivo("a.pdf", new ByteArrayInputStream(pdf.getBytes(StandardCharsets.UTF_8)));
    if (leidoPorElTrabajo) {
      in.readAllBytes();
    }
    return h.valor();
  }

  @Test
  void laMismaSolicitudDaLaMismaHuellaLeidaONo() throws IOException {
    assertEquals(huella("{\"a\":1}", "%PDF-1", true), huella("{\"a\":1}", "%PDF-1", false));
  }

  @Test
  void otroArchivoUOtroJsonDanOtraHuella() throws IOException {
    String base = huella("{\"a\":1}", "%PDF-1", true);
    assertNotEquals(base, huella("{\"a\":1}", "%PDF-2", true));
    assertNotEquals(base, huella("{\"a\":2}", "%PDF-1", true));
  }
}
