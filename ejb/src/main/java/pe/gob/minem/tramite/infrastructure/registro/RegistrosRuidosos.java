package pe.gob.minem.tramite.infrastructure.registro;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Libraries whose warnings bury the server's log: FontBox (inside PDFBox, which Tika uses to read
 * PDFs) writes «Format 12 cmap contains an invalid glyph index» thousands of times for one PDF with
 * a damaged font, which rotated server.log every few seconds under the load test (issue 17). Only
 * its SEVERE records are kept; the text is still extracted, and a PDF that cannot be read is still
 * reported by the archive. The loggers are held here: a level set on a logger nobody references is
 * lost when it is collected.
 */
@Singleton
@Startup
public class RegistrosRuidosos {

  static final List<String> SOLO_GRAVES = List.of("org.apache.fontbox");

  private static final List<Logger> RETENIDOS = new java.util.ArrayList<>();

  @PostConstruct
  void acallar() {
    aplicar();
  }

  static synchronized void aplicar() {
    for (String nombre : SOLO_GRAVES) {
      Logger l = Logger.getLogger(nombre);
      l.setLevel(Level.SEVERE);
      RETENIDOS.add(l);
    }
  }
}
