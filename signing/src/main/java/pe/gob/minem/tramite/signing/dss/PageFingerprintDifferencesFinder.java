package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.pdf.PdfAnnotation;
import eu.europa.esig.dss.pdf.PdfDocumentReader;
import eu.europa.esig.dss.pdf.modifications.CommonPdfModification;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.modifications.PdfModification;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader;
import eu.europa.esig.dss.pdf.visible.ImageUtils;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DSS's visual comparison of a signed revision with the final document, without rendering the pages
 * that cannot have changed.
 *
 * <p>DSS renders every page of every signed revision and of the final document and compares the
 * pixels: for a PDF with n signatures that is 2·n·pages renderings, the main cost of validating a
 * PDF with many signatures. A rendering is a function of the page's object graph (content streams,
 * resources, fonts, images, boxes, rotation), of the annotations drawn on it and of the document's
 * optional-content settings. So a page whose fingerprint over exactly those inputs is the same in
 * both revisions renders the same, and needs no rendering. Any page whose fingerprint differs, for
 * whatever reason, is rendered and compared exactly as DSS does. The other checks (pages added or
 * removed, annotation overlaps, object-level changes) are DSS's own and run unchanged.
 */
final class PageFingerprintDifferencesFinder extends DefaultPdfDifferencesFinder {

  private static final Logger LOG = LoggerFactory.getLogger(PageFingerprintDifferencesFinder.class);

  /**
   * DSS compares at most 10 pages; with only changed pages rendered, longer documents can be
   * compared too.
   */
  private static final int MAX_PAGES = 50;

  /** Links up the object tree: following them would hash the whole document. */
  private static final Set<COSName> UPWARD_LINKS = Set.of(COSName.PARENT, COSName.P);

  private static final Set<COSName> PAGE_SKIPPED =
      Set.of(COSName.PARENT, COSName.P, COSName.ANNOTS);

  @Override
  public List<PdfModification> getVisualDifferences(
      PdfDocumentReader signedRevisionReader, PdfDocumentReader finalRevisionReader) {
    if (!(signedRevisionReader instanceof PdfBoxDocumentReader signed)
        || !(finalRevisionReader instanceof PdfBoxDocumentReader last)) {
      return super.getVisualDifferences(signedRevisionReader, finalRevisionReader);
    }
    if (last.getNumberOfPages() > MAX_PAGES) {
      return List.of();
    }
    List<PdfModification> differences = new ArrayList<>();
    int pages = Math.min(signed.getNumberOfPages(), last.getNumberOfPages());
    for (int page = 1; page <= pages; page++) {
      try {
        List<PdfAnnotation> signedAnnotations = signed.getPdfAnnotations(page);
        List<PdfAnnotation> finalAnnotations = last.getPdfAnnotations(page);
        byte[] before = fingerprint(signed, page, signedAnnotations, signedAnnotations);
        byte[] after = fingerprint(last, page, finalAnnotations, signedAnnotations);
        if (Arrays.equals(before, after)) {
          continue;
        }
        if (!renderedEqual(signed, last, page, signedAnnotations, finalAnnotations)) {
          LOG.warn(
              "Visual difference on page {} between a signed revision and the final document",
              page);
          differences.add(new CommonPdfModification(page));
        }
      } catch (IOException | RuntimeException e) {
        // Unreadable page: count it as changed rather than let it pass unseen.
        LOG.warn("Could not compare page {}: {}", page, e.getMessage());
        differences.add(new CommonPdfModification(page));
      }
    }
    return differences;
  }

  /**
   * The fingerprint of what a page renders to: the page (inherited boxes, rotation and resources
   * resolved) and those of its annotations that are also in {@code shown}, in order, plus the
   * document's optional-content and form-appearance settings.
   */
  private static byte[] fingerprint(
      PdfBoxDocumentReader reader,
      int pageNumber,
      List<PdfAnnotation> annotationBoxes,
      List<PdfAnnotation> shown)
      throws IOException {
    PDPage page = reader.getPDPage(pageNumber);
    CosFingerprint hash = new CosFingerprint(UPWARD_LINKS);
    hash.label("page");
    hash.add(withoutKeys(page.getCOSObject(), PAGE_SKIPPED));
    hash.label("resources")
        .add(page.getResources() == null ? null : page.getResources().getCOSObject());
    hash.label("media").add(page.getMediaBox().getCOSArray());
    hash.label("crop").add(page.getCropBox().getCOSArray());
    hash.label("rotate").label(Integer.toString(page.getRotation()));
    PDDocumentCatalog catalog = reader.getPDDocument().getDocumentCatalog();
    hash.label("oc").add(catalog.getCOSObject().getDictionaryObject(COSName.OCPROPERTIES));
    COSDictionary acroForm = catalog.getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
    if (acroForm != null) {
      hash.label("needAppearances").add(acroForm.getDictionaryObject(COSName.NEED_APPEARANCES));
      hash.label("dr").add(acroForm.getDictionaryObject(COSName.DR));
    }
    // PdfBoxDocumentReader lists the annotations that have a rectangle, in page order
    int boxIndex = 0;
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (annotation.getRectangle() == null) {
        hash.label("norect").add(annotation.getCOSObject());
        continue;
      }
      PdfAnnotation box = annotationBoxes.get(boxIndex++);
      if (shown.contains(box)) {
        hash.label("annot").add(annotation.getCOSObject());
      }
    }
    return hash.finish();
  }

  private static COSDictionary withoutKeys(COSDictionary dictionary, Set<COSName> keys) {
    COSDictionary copy = new COSDictionary();
    for (var entry : dictionary.entrySet()) {
      if (!keys.contains(entry.getKey())) {
        copy.setItem(entry.getKey(), entry.getValue());
      }
    }
    return copy;
  }

  /** DSS's own comparison: the signed page against the final page without its new annotations. */
  private static boolean renderedEqual(
      PdfBoxDocumentReader signed,
      PdfBoxDocumentReader last,
      int page,
      List<PdfAnnotation> signedAnnotations,
      List<PdfAnnotation> finalAnnotations)
      throws IOException {
    BufferedImage before = signed.generateImageScreenshot(page);
    List<PdfAnnotation> added = new ArrayList<>();
    for (PdfAnnotation annotation : finalAnnotations) {
      if (!signedAnnotations.contains(annotation)) {
        added.add(annotation);
      }
    }
    BufferedImage after = last.generateImageScreenshotWithoutAnnotations(page, added);
    return ImageUtils.imagesEqual(before, after);
  }
}
