package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextPosition;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.Stamp;
import pe.gob.minem.tramite.signing.StampPosition;
import pe.gob.minem.tramite.signing.pdf.StampLayout;

/** Turns a {@link Stamp} into DSS's image parameters: where it goes and what it says. */
final class StampAppearance {

  private static final DateTimeFormatter FECHA =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

  private StampAppearance() {}

  /** The PDF to sign (a page may have been added) and the stamp's parameters. */
  record Prepared(byte[] pdf, SignatureImageParameters image) {}

  static Prepared prepare(
      byte[] pdf,
      boolean alreadySigned,
      SignatureOptions options,
      X509Certificate signer,
      Instant signingTime,
      ZoneId zone) {
    Stamp stamp = options.stamp();
    byte[] target = pdf;
    int page;
    float x;
    float y;
    float width;
    float height;
    if (stamp.position() == null) {
      StampLayout.Slot slot = StampLayout.place(pdf, alreadySigned);
      target = slot.pdf();
      page = slot.page();
      x = slot.x();
      y = slot.y();
      width = slot.width();
      height = slot.height();
    } else {
      StampPosition p = stamp.position();
      page = p.page();
      x = p.x();
      y = p.y();
      width = p.width();
      height = p.height();
    }
    float pageTop;
    try (PDDocument document = Loader.loadPDF(target)) {
      int pages = document.getNumberOfPages();
      if (page <= 0) {
        page = pages + page;
      }
      if (page < 1 || page > pages) {
        throw new pe.gob.minem.tramite.signing.SigningException(
            "La página " + page + " del sello no existe (el documento tiene " + pages + ")");
      }
      PDRectangle box = document.getPage(page - 1).getMediaBox();
      pageTop = box.getUpperRightY();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    SignatureFieldParameters field = new SignatureFieldParameters();
    field.setPage(page);
    field.setOriginX(x);
    // DSS measures from the top of the page
    field.setOriginY(pageTop - y - height);
    field.setWidth(width);
    field.setHeight(height);

    SignatureImageTextParameters text = new SignatureImageTextParameters();
    text.setText(text(stamp, options, signer, signingTime, zone));
    // only the glyphs the stamp uses: the whole PT Serif (110 KB compressed) in every signature
    // made each signed PDF ≈ 185 KB, and DSS reads every byte of it several times per signature
    DSSFileFont font = DSSFileFont.initializeDefault();
    font.setEmbedFontSubset(true);
    text.setFont(font);
    text.setTextWrapping(TextWrapping.FILL_BOX_AND_LINEBREAK);
    text.setTextColor(new Color(0x1a, 0x2a, 0x5a));
    text.setBackgroundColor(new Color(0xf4, 0xf6, 0xfb));
    text.setPadding(3);
    text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);

    SignatureImageParameters image = new SignatureImageParameters();
    image.setFieldParameters(field);
    image.setTextParameters(text);
    image.setBackgroundColor(new Color(0xf4, 0xf6, 0xfb));
    if (stamp.imagen() != null && stamp.imagen().length > 0) {
      image.setImage(new InMemoryDocument(stamp.imagen()));
      image.setImageScaling(eu.europa.esig.dss.enumerations.ImageScaling.ZOOM_AND_CENTER);
      text.setSignerTextPosition(SignerTextPosition.RIGHT);
    }
    return new Prepared(target, image);
  }

  static String text(
      Stamp stamp, SignatureOptions options, X509Certificate signer, Instant when, ZoneId zone) {
    SubjectNames names = new SubjectNames(signer);
    String nombre = firstNonBlank(stamp.nombre(), names.nombre());
    String cargo = firstNonBlank(stamp.cargo(), names.cargo());
    String unidad = firstNonBlank(stamp.unidad(), names.unidad());
    StringBuilder sb = new StringBuilder("Firmado digitalmente por:\n").append(nombre);
    String puesto = cargo == null ? unidad : unidad == null ? cargo : cargo + " — " + unidad;
    if (puesto != null) {
      sb.append('\n').append(puesto);
    }
    sb.append("\nFecha: ").append(FECHA.format(when.atZone(zone)));
    if (options.motivo() != null && !options.motivo().isBlank()) {
      sb.append("\nMotivo: ").append(options.motivo());
    }
    return sb.toString();
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
