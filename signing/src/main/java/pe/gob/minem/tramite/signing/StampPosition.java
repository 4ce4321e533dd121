package pe.gob.minem.tramite.signing;

/**
 * A fixed place for a visible stamp, in PDF points from the lower-left corner of the page.
 *
 * @param page 1-based page number; 0 or negative counts from the end (0 = last page)
 */
public record StampPosition(int page, float x, float y, float width, float height) {

  public StampPosition {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("El sello necesita ancho y alto positivos");
    }
  }
}
