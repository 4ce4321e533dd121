package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextoExtraidoTest {

  @Test
  void paginasPorNumero() {
    TextoExtraido t = new TextoExtraido("uno\f\ftres", 3, "application/pdf", false, false, null);

    assertEquals("uno", t.pagina(1));
    assertEquals("", t.pagina(2));
    assertEquals("tres", t.pagina(3));
    assertEquals("", t.pagina(4));
    assertEquals("", t.pagina(0));
  }

  @Test
  void unaSolaPagina() {
    TextoExtraido t = new TextoExtraido("todo", 1, "text/plain", false, false, "es");

    assertEquals("todo", t.pagina(1));
    assertEquals("", t.pagina(2));
  }

  @Test
  void validaciones() {
    assertThrows(
        NullPointerException.class,
        () -> new TextoExtraido(null, 1, "text/plain", false, false, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TextoExtraido("", 0, "text/plain", false, false, null));
  }
}
