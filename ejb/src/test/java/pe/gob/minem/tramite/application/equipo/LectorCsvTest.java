package pe.gob.minem.tramite.application.equipo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

class LectorCsvTest {

  private static LectorCsv.Contenido leer(String texto) {
    return LectorCsv.leer(texto.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unaHojaEnEspanolSeparaConPuntoYComaYLaCabeceraEsLaLineaUno() {
    var c = leer("codigo;tipo;marca\r\n123456;Laptop;Dell, Inc.\r\n654321;Monitor;LG\r\n");
    assertEquals(';', c.separador());
    assertEquals(1, c.cabecera().linea());
    assertEquals(List.of("codigo", "tipo", "marca"), c.cabecera().campos());
    assertEquals(2, c.filas().size());
    assertEquals(2, c.filas().get(0).linea());
    assertEquals(List.of("123456", "Laptop", "Dell, Inc."), c.filas().get(0).campos());
    assertEquals(3, c.filas().get(1).linea());
  }

  @Test
  void conComasSeSeparaPorComasYLasComillasGuardanComasComillasYSaltos() {
    var c =
        leer(
            "codigo,tipo,marca,ubicacion\n"
                + "123456,Laptop,\"Dell, Inc.\",\"Piso 3\nOficina \"\"A\"\"\"\n"
                + "654321,Monitor,LG,\n");
    assertEquals(',', c.separador());
    assertEquals(
        List.of("123456", "Laptop", "Dell, Inc.", "Piso 3\nOficina \"A\""),
        c.filas().get(0).campos());
    assertEquals(2, c.filas().get(0).linea());
    // the quoted line break moves the next record to line 4 of the file
    assertEquals(4, c.filas().get(1).linea());
    assertEquals(List.of("654321", "Monitor", "LG", ""), c.filas().get(1).campos());
  }

  @Test
  void laMarcaDeOrdenDeBytesNoEntraEnLaPrimeraColumna() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] resto = "codigo_patrimonial;tipo\n123456;Laptop".getBytes(StandardCharsets.UTF_8);
    byte[] archivo = new byte[bom.length + resto.length];
    System.arraycopy(bom, 0, archivo, 0, bom.length);
    System.arraycopy(resto, 0, archivo, bom.length, resto.length);
    var c = LectorCsv.leer(archivo);
    assertEquals("codigo_patrimonial", c.cabecera().campos().get(0));
    assertEquals(List.of("123456", "Laptop"), c.filas().get(0).campos());
  }

  @Test
  void lasLineasEnBlancoNoSonFilasPeroCuentanParaElNumeroDeLinea() {
    var c = leer("a;b\n\n1;2\r\n\r\n3;4");
    assertEquals(2, c.filas().size());
    assertEquals(3, c.filas().get(0).linea());
    assertEquals(5, c.filas().get(1).linea());
    assertEquals(List.of("3", "4"), c.filas().get(1).campos());
  }

  @Test
  void finDeLineaCrSoloTambienSeparaFilas() {
    var c = leer("a;b\r1;2\r3;4\r");
    assertEquals(List.of(2, 3), c.filas().stream().map(LectorCsv.Fila::linea).toList());
  }

  @Test
  void unaCabeceraSinSeparadoresSeLeeConComa() {
    assertEquals(',', leer("codigo\n1").separador());
    assertEquals(',', leer("\"a;b\",c\n1,2").separador());
  }

  @Test
  void unArchivoQueNoEsUtf8SeRechazaDiciendoComoGuardarlo() {
    byte[] latin1 = "código;tipo\n1;Escáner".getBytes(StandardCharsets.ISO_8859_1);
    var e = assertThrows(DatosInvalidosException.class, () -> LectorCsv.leer(latin1));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void unArchivoVacioSeRechaza() {
    var e = assertThrows(DatosInvalidosException.class, () -> leer("\uFEFF\n\n"));
    assertTrue(e.getMessage().contains("vacío"), e.getMessage());
  }

  @Test
  void unasComillasSinCerrarSeRechazanConLaLineaDondeEmpiezan() {
    var e = assertThrows(DatosInvalidosException.class, () -> leer("a;b\n1;2\n3;\"abierto\n4;5\n"));
    assertTrue(e.getMessage().contains("línea 3"), e.getMessage());
  }
}
