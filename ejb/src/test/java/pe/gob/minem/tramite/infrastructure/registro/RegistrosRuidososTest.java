package pe.gob.minem.tramite.infrastructure.registro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RegistrosRuidososTest {

  @Test
  void fontBoxSoloDejaLoGraveYElRestoSigueIgual() {
    RegistrosRuidosos.aplicar();
    System.gc();
    Logger cmap = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");
    assertFalse(cmap.isLoggable(Level.WARNING), "FontBox's warnings are dropped");
    assertTrue(cmap.isLoggable(Level.SEVERE), "its errors are kept");
    assertTrue(
        Logger.getLogger("org.apache.pdfbox.pdmodel.PDDocument").isLoggable(Level.WARNING),
        "PDFBox's own warnings are kept");
  }
}
