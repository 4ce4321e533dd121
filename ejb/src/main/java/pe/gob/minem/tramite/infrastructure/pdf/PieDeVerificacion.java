package pe.gob.minem.tramite.infrastructure.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.splitting.KeepAllSplitCharacters;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfa.exceptions.PdfAConformanceException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;

/**
 * The verification footer every PDF the portal issues carries before its first signature: a thin
 * line, the printed-copy notice with the verification code and URL, and a QR of the URL. Each
 * original page is drawn as a form XObject, turned upright and scaled down so that the bottom
 * {@value #ALTO_DEL_PIE} pt stay free for the footer; nothing of the page is ever covered.
 *
 * <p>The result is a new PDF (a full rewrite) that keeps only what is printed: the appearance of
 * annotations that print (filled-in fields, stamps) is drawn into the page, but annotations
 * themselves, links, bookmarks and tags are not carried over. That is why a signed PDF is refused.
 *
 * <p>A PDF that declares itself PDF/A (part 1, 2, 3 or 4) stays PDF/A: the copy declares the same
 * part at level B (tags are not carried over, so never A or U), keeps the original's output intent,
 * and the footer adds only embedded fonts and gray (DeviceGray) line, text and QR, valid whatever
 * the output intent. What is copied from the original's pages is not checked again: a PDF that
 * claims PDF/A without being one gives a copy with the same claim and the same faults. Should iText
 * refuse the copy as PDF/A all the same, the copy is made as for any other PDF and declares
 * nothing.
 */
public final class PieDeVerificacion {

  private static final Logger LOG = Logger.getLogger(PieDeVerificacion.class.getName());

  /** Height of the band at the bottom of every page that belongs to the footer. */
  public static final float ALTO_DEL_PIE = 60;

  static final String AVISO =
      "Esta es una representación impresa cuya autenticidad puede ser contrastada con la"
          + " representación imprimible localizada en la sede digital del Ministerio de Energía y"
          + " Minas.";

  private static final float MARGEN = 28;
  private static final float LADO_QR = 50;
  private static final float SEPARACION = 10;
  private static final float TAMANO_MAXIMO = 7;
  private static final float TAMANO_MINIMO = 5;
  private static final DeviceGray GRIS = new DeviceGray(0.5f);
  private static final DeviceGray GRIS_OSCURO = new DeviceGray(0.25f);

  private PieDeVerificacion() {}

  /**
   * A copy of {@code pdf} with the footer on every page, or {@code pdf} itself when every page
   * already carries this code.
   *
   * @throws IllegalArgumentException when the PDF is already signed (rewriting it would break the
   *     signatures)
   * @throws ReglaIncumplidaException when the PDF is protected with a password
   */
  public static byte[] estampar(byte[] pdf, String codigo, String urlVerificacion) {
    if (codigo == null
        || codigo.isBlank()
        || urlVerificacion == null
        || urlVerificacion.isBlank()) {
      throw new IllegalArgumentException("El pie de verificación necesita el código y la URL");
    }
    if (tienePie(pdf, codigo)) {
      return pdf;
    }
    var salida = new ByteArrayOutputStream(pdf.length + 16 * 1024);
    try (var original = abrir(pdf)) {
      if (tieneFirmas(original)) {
        throw new IllegalArgumentException(
            "El PDF ya está firmado: estampar el pie de verificación después de firmar rompería las"
                + " firmas. El pie se estampa antes de la primera firma.");
      }
      PdfAConformance nivel = nivelPdfA(original);
      if (nivel != null) {
        try {
          copiar(original, pdfA(original, nivel, salida), codigo, urlVerificacion);
          return salida.toByteArray();
        } catch (PdfAConformanceException e) {
          LOG.log(
              Level.WARNING,
              "El PDF se declara "
                  + nivel
                  + " pero no lo es; se estampa el pie sin declarar PDF/A: "
                  + e.getMessage());
          salida.reset();
        }
      }
      copiar(original, new PdfDocument(new PdfWriter(salida)), codigo, urlVerificacion);
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo estampar el pie de verificación", e);
    }
    return salida.toByteArray();
  }

  /** The level the copy of a PDF/A keeps: the same part, level B; null if not PDF/A. */
  private static PdfAConformance nivelPdfA(PdfDocument original) {
    var declarado = original.getConformance().getAConformance();
    if (declarado == null) {
      return null;
    }
    return switch (declarado.getPart()) {
      case "1" -> PdfAConformance.PDF_A_1B;
      case "2" -> PdfAConformance.PDF_A_2B;
      case "3" -> PdfAConformance.PDF_A_3B;
      case "4" -> PdfAConformance.PDF_A_4;
      default -> null;
    };
  }

  /**
   * A PDF/A document with the original's PDF/A output intent (sRGB if it has none) and language.
   */
  private static PdfDocument pdfA(
      PdfDocument original, PdfAConformance nivel, ByteArrayOutputStream salida) {
    var copia = new PdfADocument(new PdfWriter(salida), nivel, intencionDeSalida(original));
    var idioma = original.getCatalog().getPdfObject().getAsString(PdfName.Lang);
    if (idioma != null) {
      copia.getCatalog().setLang(new PdfString(idioma.toUnicodeString()));
    }
    return copia;
  }

  private static PdfOutputIntent intencionDeSalida(PdfDocument original) {
    PdfArray intenciones = original.getCatalog().getPdfObject().getAsArray(PdfName.OutputIntents);
    for (int i = 0; intenciones != null && i < intenciones.size(); i++) {
      PdfDictionary intencion = intenciones.getAsDictionary(i);
      PdfStream perfil =
          intencion == null ? null : intencion.getAsStream(PdfName.DestOutputProfile);
      if (perfil != null && PdfName.GTS_PDFA1.equals(intencion.getAsName(PdfName.S))) {
        return new PdfOutputIntent(
            cadena(intencion, PdfName.OutputConditionIdentifier),
            cadena(intencion, PdfName.OutputCondition),
            cadena(intencion, PdfName.RegistryName),
            cadena(intencion, PdfName.Info),
            new ByteArrayInputStream(perfil.getBytes()));
      }
    }
    return new PdfOutputIntent(
        "Custom",
        "",
        "http://www.color.org",
        "sRGB IEC61966-2.1",
        new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
  }

  private static String cadena(PdfDictionary diccionario, PdfName clave) {
    PdfString valor = diccionario.getAsString(clave);
    return valor == null ? null : valor.toUnicodeString();
  }

  private static void copiar(
      PdfDocument original, PdfDocument copia, String codigo, String urlVerificacion)
      throws IOException {
    var estilo = new PdfInstitucional(); // its fonts belong to this copy only
    try (copia) {
      for (PdfName clave :
          List.of(PdfName.Title, PdfName.Author, PdfName.Subject, PdfName.Creator)) {
        String valor = original.getDocumentInfo().getMoreInfo(clave.getValue());
        if (valor != null) {
          copia.getDocumentInfo().setMoreInfo(clave.getValue(), valor);
        }
      }
      var qr = new BarcodeQRCode(urlVerificacion).createFormXObject(DeviceGray.BLACK, copia);
      for (int i = 1; i <= original.getNumberOfPages(); i++) {
        var pagina = original.getPage(i);
        var tamano = tamanoVisible(pagina);
        var nueva = copia.addNewPage(new PageSize(tamano.getWidth(), tamano.getHeight()));
        var lienzo = new PdfCanvas(nueva);
        double[] m = ubicacion(pagina, tamano);
        lienzo
            .saveState()
            .concatMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
            .addXObjectWithTransformationMatrix(pagina.copyAsFormXObject(copia), 1, 0, 0, 1, 0, 0);
        var caja = pagina.getCropBox();
        lienzo.rectangle(caja).clip().endPath();
        anotacionesImpresas(pagina, copia, lienzo);
        lienzo.restoreState();
        pie(lienzo, tamano, estilo, qr, codigo, urlVerificacion);
      }
    }
  }

  /** Whether every page of {@code pdf} shows {@code codigo} (as the footer does). */
  public static boolean tienePie(byte[] pdf, String codigo) {
    try (var documento = abrir(pdf)) {
      for (int i = 1; i <= documento.getNumberOfPages(); i++) {
        if (!PdfTextExtractor.getTextFromPage(documento.getPage(i)).contains(codigo)) {
          return false;
        }
      }
      return documento.getNumberOfPages() > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("No se pudo leer el PDF", e);
    }
  }

  private static PdfDocument abrir(byte[] pdf) throws IOException {
    try {
      return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    } catch (BadPasswordException e) {
      throw new ReglaIncumplidaException(
          "El PDF está protegido con contraseña y el portal no puede añadirle el pie de"
              + " verificación: súbalo sin contraseña ni restricciones.");
    }
  }

  /** Whether the AcroForm holds a signature field with a value. */
  private static boolean tieneFirmas(PdfDocument documento) {
    var formulario = documento.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
    return formulario != null && hayFirma(formulario.getAsArray(PdfName.Fields), null, 0);
  }

  private static boolean hayFirma(PdfArray campos, PdfName tipoHeredado, int profundidad) {
    if (campos == null || profundidad > 32) {
      return false;
    }
    for (PdfObject objeto : campos) {
      if (!(objeto instanceof PdfDictionary campo)) {
        continue;
      }
      PdfName tipo =
          campo.getAsName(PdfName.FT) != null ? campo.getAsName(PdfName.FT) : tipoHeredado;
      if (PdfName.Sig.equals(tipo) && campo.get(PdfName.V) != null) {
        return true;
      }
      if (hayFirma(campo.getAsArray(PdfName.Kids), tipo, profundidad + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Draws, in the page's own user space, the appearance of every annotation that prints (filled-in
   * form fields, stamps, free text), since the annotations themselves are not carried over.
   */
  private static void anotacionesImpresas(PdfPage pagina, PdfDocument copia, PdfCanvas lienzo) {
    for (PdfAnnotation anotacion : pagina.getAnnotations()) {
      if (!anotacion.hasFlag(PdfAnnotation.PRINT) || anotacion.hasFlag(PdfAnnotation.HIDDEN)) {
        continue;
      }
      PdfObject normal = anotacion.getNormalAppearanceObject();
      PdfStream apariencia = null;
      if (normal instanceof PdfStream flujo) {
        apariencia = flujo;
      } else if (normal instanceof PdfDictionary estados
          && anotacion.getAppearanceState() != null) {
        apariencia = estados.getAsStream(anotacion.getAppearanceState());
      }
      PdfArray rect = anotacion.getRectangle();
      if (apariencia == null || rect == null || rect.size() != 4) {
        continue;
      }
      var donde = rect.toRectangle();
      if (donde.getWidth() > 0 && donde.getHeight() > 0) {
        lienzo.addXObjectFittedIntoRectangle(
            new PdfFormXObject((PdfStream) apariencia.copyTo(copia)), donde);
      }
    }
  }

  /** The crop box as the reader sees it: width and height swapped on pages turned 90°. */
  private static Rectangle tamanoVisible(PdfPage pagina) {
    var caja = pagina.getCropBox();
    return giro(pagina) % 180 == 0
        ? new Rectangle(caja.getWidth(), caja.getHeight())
        : new Rectangle(caja.getHeight(), caja.getWidth());
  }

  private static int giro(PdfPage pagina) {
    return ((pagina.getRotation() % 360) + 360) % 360;
  }

  /**
   * The matrix {a b c d e f} that takes the page's user space to the new upright page: first undo
   * the crop box origin and the /Rotate, then scale down and centre above the footer.
   */
  private static double[] ubicacion(PdfPage pagina, Rectangle tamano) {
    var caja = pagina.getCropBox();
    double x0 = caja.getX();
    double y0 = caja.getY();
    double w = caja.getWidth();
    double h = caja.getHeight();
    double[] r =
        switch (giro(pagina)) {
          case 90 -> new double[] {0, -1, 1, 0, -y0, w + x0};
          case 180 -> new double[] {-1, 0, 0, -1, w + x0, h + y0};
          case 270 -> new double[] {0, 1, -1, 0, h + y0, -x0};
          default -> new double[] {1, 0, 0, 1, -x0, -y0};
        };
    double s = (tamano.getHeight() - ALTO_DEL_PIE) / tamano.getHeight();
    double tx = tamano.getWidth() * (1 - s) / 2;
    return new double[] {
      s * r[0], s * r[1], s * r[2], s * r[3], s * r[4] + tx, s * r[5] + ALTO_DEL_PIE
    };
  }

  private static void pie(
      PdfCanvas lienzo,
      Rectangle tamano,
      PdfInstitucional estilo,
      PdfFormXObject qr,
      String codigo,
      String url) {
    float ancho = tamano.getWidth();
    float margen = Math.min(MARGEN, ancho / 20);
    lienzo
        .saveState()
        .setStrokeColor(GRIS)
        .setLineWidth(0.5f)
        .moveTo(margen, ALTO_DEL_PIE - 2)
        .lineTo(ancho - margen, ALTO_DEL_PIE - 2)
        .stroke()
        .restoreState();
    float yQr = (ALTO_DEL_PIE - 2 - LADO_QR) / 2;
    lienzo.addXObjectFittedIntoRectangle(
        qr, new Rectangle(ancho - margen - LADO_QR, yQr, LADO_QR, LADO_QR));
    float anchoTexto = ancho - 2 * margen - LADO_QR - SEPARACION;
    float tamanoLetra =
        Math.max(
            TAMANO_MINIMO,
            Math.min(TAMANO_MAXIMO, anchoTexto / estilo.normal.getWidth(AVISO, 1) * 0.98f));
    var texto =
        new Paragraph()
            .setFont(estilo.normal)
            .setFontSize(tamanoLetra)
            .setFontColor(GRIS_OSCURO)
            .setMultipliedLeading(1.15f)
            .setMargin(0)
            .add(AVISO + "\n")
            .add(new Text("Código de verificación: ").setFont(estilo.negrita))
            .add(
                new Text(codigo)
                    .setFont(estilo.negrita)
                    .setSplitCharacters(new KeepAllSplitCharacters()))
            .add(" — " + url);
    var bloque =
        new Div()
            .setFixedPosition(margen, 2, anchoTexto)
            .setHeight(ALTO_DEL_PIE - 6)
            .setVerticalAlignment(VerticalAlignment.MIDDLE)
            .add(texto);
    try (var caja = new Canvas(lienzo, new Rectangle(margen, 2, anchoTexto, ALTO_DEL_PIE - 6))) {
      caja.add(bloque);
    }
  }
}
