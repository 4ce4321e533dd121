package pe.gob.minem.tramite.archivo.extraccion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Whether some pages of a PDF draw an image (an image XObject, directly or inside a form XObject,
 * or an inline image): a page without text and without images is blank, and there is nothing for
 * OCR to read on it. Images are not decoded, only looked up.
 */
final class PaginasConImagen {

  /** Form XObjects inside form XObjects, at most (a loop of forms cannot run forever). */
  private static final int MAX_ANIDAMIENTO = 8;

  private PaginasConImagen() {}

  /**
   * @param pdf the file (it opens with an empty password: it has just been parsed)
   * @param paginas 0-based page indexes
   */
  static boolean alguna(Path pdf, Collection<Integer> paginas) throws IOException {
    try (PDDocument documento = Loader.loadPDF(pdf.toFile())) {
      int total = documento.getNumberOfPages();
      for (int indice : paginas) {
        if (indice >= 0 && indice < total && tieneImagen(documento.getPage(indice))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean tieneImagen(PDPage pagina) throws IOException {
    if (tieneImagen(pagina.getResources(), 0)) {
      return true;
    }
    // inline images (BI … ID … EI) live in the content stream itself
    PDFStreamParser contenido = new PDFStreamParser(pagina);
    for (Object token = contenido.parseNextToken();
        token != null;
        token = contenido.parseNextToken()) {
      if (token instanceof Operator operador && "BI".equals(operador.getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean tieneImagen(PDResources recursos, int anidamiento) throws IOException {
    if (recursos == null || anidamiento > MAX_ANIDAMIENTO) {
      return false;
    }
    for (COSName nombre : recursos.getXObjectNames()) {
      if (recursos.isImageXObject(nombre)) {
        return true;
      }
      PDXObject objeto = recursos.getXObject(nombre);
      if (objeto instanceof PDFormXObject forma
          && tieneImagen(forma.getResources(), anidamiento + 1)) {
        return true;
      }
    }
    return false;
  }
}
