package pe.gob.minem.tramite.application.paso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The código patrimonial P/OGA-TI-10 keeps: 6 to 20 letters, digits or inner hyphens. */
class ManejadoresDelMantenimientoTest {

  @Test
  void normalizaElCodigoPatrimonial() {
    assertEquals(
        "740899500123", ManejadoresDelMantenimiento.codigoPatrimonial(" 740899500123 ", "c"));
    assertEquals("PC-OTI-0042", ManejadoresDelMantenimiento.codigoPatrimonial("pc-oti-0042", "c"));
    assertEquals("ABC123", ManejadoresDelMantenimiento.codigoPatrimonial("abc123", "c"));
    assertNull(ManejadoresDelMantenimiento.codigoPatrimonial("  ", "c"));
  }

  @Test
  void rechazaLoQueNoEsUnCodigoPatrimonial() {
    for (String malo :
        new String[] {
          "ABC12", "A".repeat(21), "-ABC123", "ABC123-", "PC 0042", "PC/0042", "ñandú1"
        }) {
      var e =
          assertThrows(
              DatosInvalidosException.class,
              () -> ManejadoresDelMantenimiento.codigoPatrimonial(malo, "codigoPatrimonial"),
              malo);
      assertTrue(e.getMessage().contains("de 6 a 20"), e::getMessage);
    }
    assertEquals(
        "A".repeat(20), ManejadoresDelMantenimiento.codigoPatrimonial("a".repeat(20), "c"));
  }
}
