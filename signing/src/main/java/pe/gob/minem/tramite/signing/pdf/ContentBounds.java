package pe.gob.minem.tramite.signing.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The rectangles a page's content stream draws on: glyphs, stroked or filled paths, images and
 * shadings, in default user space. Clipping paths that are never painted do not count.
 */
final class ContentBounds extends PDFGraphicsStreamEngine {

  private final List<Rectangle2D> drawn = new ArrayList<>();
  private Rectangle2D path;
  private final Point2D.Float current = new Point2D.Float();

  private ContentBounds(PDPage page) {
    super(page);
  }

  static List<Rectangle2D> of(PDPage page) throws IOException {
    ContentBounds engine = new ContentBounds(page);
    engine.processPage(page);
    return engine.drawn;
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
      throws IOException {
    float size = Math.abs(trm.getScalingFactorY());
    float width = Math.max(displacement.getX() * trm.getScalingFactorX(), size * 0.3f);
    drawn.add(
        new Rectangle2D.Float(
            trm.getTranslateX(), trm.getTranslateY() - size * 0.3f, width, size * 1.3f));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    extend(p0);
    extend(p1);
    extend(p2);
    extend(p3);
  }

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D box = null;
    for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
      Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
      if (box == null) {
        box = new Rectangle2D.Float(p.x, p.y, 0, 0);
      } else {
        box.add(p);
      }
    }
    drawn.add(box);
  }

  @Override
  public void clip(int windingRule) {
    // the clipping path is not drawn; endPath() follows
  }

  @Override
  public void moveTo(float x, float y) {
    extend(new Point2D.Float(x, y));
  }

  @Override
  public void lineTo(float x, float y) {
    extend(new Point2D.Float(x, y));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    extend(new Point2D.Float(x1, y1));
    extend(new Point2D.Float(x2, y2));
    extend(new Point2D.Float(x3, y3));
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // the path's bounds do not change
  }

  @Override
  public void endPath() {
    path = null;
  }

  @Override
  public void strokePath() {
    paint();
  }

  @Override
  public void fillPath(int windingRule) {
    paint();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paint();
  }

  @Override
  public void shadingFill(COSName shadingName) {
    drawn.add(getGraphicsState().getCurrentClippingPath().getBounds2D());
  }

  private void paint() {
    if (path != null) {
      float halfLine = getGraphicsState().getLineWidth() / 2;
      drawn.add(
          new Rectangle2D.Double(
              path.getX() - halfLine,
              path.getY() - halfLine,
              path.getWidth() + 2 * halfLine,
              path.getHeight() + 2 * halfLine));
    }
    path = null;
  }

  private void extend(Point2D p) {
    current.setLocation(p);
    if (path == null) {
      path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
    } else {
      path.add(p);
    }
  }
}
