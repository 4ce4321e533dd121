package pe.gob.minem.tramite.signing;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads back what a signed PDF looks like: pages, stamp rectangles, where the text is. */
final class PdfInspection {

  private PdfInspection() {}

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The visible widget rectangles of a 1-based page. */
  static List<Rectangle2D> stamps(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Rectangle2D> result = new ArrayList<>();
      for (PDAnnotation a : document.getPage(page - 1).getAnnotations()) {
        PDRectangle r = a.getRectangle();
        if (r != null && r.getWidth() > 0 && r.getHeight() > 0) {
          result.add(
              new Rectangle2D.Float(
                  r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lowest baseline of the text of a 1-based page (PDF coordinates, from the bottom). */
  static float lowestTextY(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float[] lowest = {Float.MAX_VALUE};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              float y = text.getPageHeight() - text.getYDirAdj();
              lowest[0] = Math.min(lowest[0], y - text.getHeightDir() * 0.3f);
            }
          };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(document);
      return lowest[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders a page with pdftoppm (150 dpi) and returns the PNG's path. */
  static Path render(byte[] pdf, int page, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "test-output"));
      Path file = dir.resolve(name + ".pdf");
      Files.write(file, pdf);
      Path prefix = dir.resolve(name);
      ExternalTools.runOk(
          ExternalTools.list(
              "pdftoppm",
              "-png",
              "-r",
              "110",
              "-f",
              "" + page,
              "-l",
              "" + page,
              "-singlefile",
              file.toString(),
              prefix.toString()));
      return dir.resolve(name + ".png");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
