package pe.gob.minem.tramite.signing.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import pe.gob.minem.tramite.signing.SigningException;

/**
 * Automatic placement of visible stamps: side by side, in rows, in the tallest horizontal band of
 * the last page where the content stream draws nothing, never over an existing annotation (an
 * earlier stamp). When the band has no free slot and the PDF is not signed yet, a blank last page
 * is added first (a page added after a signature would invalidate it, so a signed PDF with a full
 * band is refused).
 */
public final class StampLayout {

  public static final float MARGIN = 36;
  public static final float GAP = 10;
  public static final float GUTTER = 8;
  public static final int COLUMNS = 3;
  public static final float HEIGHT = 66;

  private StampLayout() {}

  /**
   * Where the next stamp goes.
   *
   * @param pdf the PDF bytes, possibly with a page added (then {@code pageAdded} is true)
   * @param page 1-based page
   * @param x lower-left x in default user space
   * @param y lower-left y in default user space
   */
  public record Slot(
      byte[] pdf, boolean pageAdded, int page, float x, float y, float width, float height) {}

  public static Slot place(byte[] pdf, boolean alreadySigned) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pageNumber = document.getNumberOfPages();
      Slot slot = freeSlot(document.getPage(pageNumber - 1), pageNumber, pdf);
      if (slot != null) {
        return slot;
      }
      if (alreadySigned) {
        throw new SigningException(
            "No queda espacio libre para otro sello en la última página: ya firmada, no se puede"
                + " añadir una página sin invalidar las firmas. Firme sin sello visible o indique"
                + " la posición del sello.");
      }
      PDPage last = document.getPage(pageNumber - 1);
      PDPage blank =
          new PDPage(
              new PDRectangle(last.getMediaBox().getWidth(), last.getMediaBox().getHeight()));
      document.addPage(blank);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
      document.save(out);
      byte[] withPage = out.toByteArray();
      Slot onBlank = freeSlot(blank, pageNumber + 1, withPage);
      return new Slot(
          withPage,
          true,
          onBlank.page(),
          onBlank.x(),
          onBlank.y(),
          onBlank.width(),
          onBlank.height());
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el PDF para ubicar el sello", e);
    }
  }

  private static Slot freeSlot(PDPage page, int pageNumber, byte[] pdf) throws IOException {
    PDRectangle box = page.getCropBox();
    float left = box.getLowerLeftX() + MARGIN;
    float width = (box.getWidth() - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS;
    float[] band = tallestFreeBand(page, box);
    if (band == null) {
      return null;
    }
    List<Rectangle2D> taken = new ArrayList<>();
    for (PDAnnotation annotation : page.getAnnotations()) {
      PDRectangle r = annotation.getRectangle();
      if (r != null && r.getWidth() > 0 && r.getHeight() > 0) {
        taken.add(
            new Rectangle2D.Float(
                r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
      }
    }
    for (float top = band[1]; top - HEIGHT >= band[0]; top -= HEIGHT + GUTTER) {
      for (int column = 0; column < COLUMNS; column++) {
        float x = left + column * (width + GUTTER);
        Rectangle2D.Float candidate = new Rectangle2D.Float(x, top - HEIGHT, width, HEIGHT);
        if (taken.stream().noneMatch(candidate::intersects)) {
          return new Slot(pdf, false, pageNumber, x, top - HEIGHT, width, HEIGHT);
        }
      }
    }
    return null;
  }

  /** {bottom, top} of the tallest band across the page's width where nothing is drawn. */
  private static float[] tallestFreeBand(PDPage page, PDRectangle box) throws IOException {
    float bottom = box.getLowerLeftY() + MARGIN;
    float top = box.getUpperRightY() - MARGIN;
    List<Rectangle2D> drawn = new ArrayList<>(ContentBounds.of(page));
    drawn.removeIf(r -> r.getMaxY() < box.getLowerLeftY() || r.getMinY() > box.getUpperRightY());
    drawn.sort(Comparator.comparingDouble(Rectangle2D::getMaxY).reversed());
    float[] best = null;
    float cursor = top;
    // walk down the page: free space lies between the lowest point drawn so far and the next top
    List<float[]> bands = new ArrayList<>();
    for (Rectangle2D r : drawn) {
      float rTop = (float) r.getMaxY() + GAP;
      if (rTop < cursor) {
        bands.add(new float[] {Math.max(rTop, bottom), cursor});
      }
      cursor = Math.min(cursor, (float) r.getMinY() - GAP);
    }
    bands.add(new float[] {bottom, cursor});
    for (float[] band : bands) {
      if (band[1] - band[0] >= HEIGHT && (best == null || band[1] - band[0] > best[1] - best[0])) {
        best = band;
      }
    }
    return best;
  }
}
