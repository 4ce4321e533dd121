package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstalacionTesseractTest {

  private static final List<String> LISTADO =
      List.of(
          "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):",
          "eng",
          "osd",
          "spa");

  @Test
  void leeLosIdiomasYLaCarpeta() {
    assertEquals(Set.of("eng", "osd", "spa"), InstalacionTesseract.idiomasDe(LISTADO));
    assertEquals(
        Path.of("/usr/share/tesseract-ocr/5/tessdata/"), InstalacionTesseract.tessdataDe(LISTADO));
    assertNull(InstalacionTesseract.tessdataDe(List.of("eng")));
  }

  @Test
  void idiomasFaltantes() {
    InstalacionTesseract t =
        new InstalacionTesseract(
            Path.of("/usr/bin/tesseract"), "tesseract 5.3.0", Set.of("spa", "eng"), null);

    assertTrue(t.tieneIdiomas("spa"));
    assertTrue(t.tieneIdiomas("spa+eng"));
    assertFalse(t.tieneIdiomas("spa+fra"));
    assertEquals(List.of("fra"), t.idiomasFaltantes("spa+fra"));
  }

  @Test
  void inspeccionaElTesseractInstalado() {
    var ejecutable = InstalacionTesseract.buscar();
    assumeTrue(ejecutable.isPresent(), "sin Tesseract");

    InstalacionTesseract t = InstalacionTesseract.inspeccionar(ejecutable.get()).orElseThrow();

    assertTrue(t.version().startsWith("tesseract "), t.version());
    assertTrue(t.idiomas().contains("eng") || t.idiomas().contains("spa"), t.idiomas().toString());
  }

  @Test
  void unProgramaQueNoEsTesseract() {
    assertTrue(InstalacionTesseract.inspeccionar(Path.of("/nonexistent/tesseract")).isEmpty());
  }
}
