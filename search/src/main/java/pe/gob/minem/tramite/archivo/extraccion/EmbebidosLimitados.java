package pe.gob.minem.tramite.archivo.extraccion;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses documents embedded in the file (attachments, files in a ZIP, images in a DOCX…) down to
 * {@code profundidadMaxima} levels and skips deeper ones. Tika's own extractor swallows the
 * failures of an embedded document (they go to the {@link ParseRecord}); this one stops the whole
 * parse when an embedded document turns out to be a decompression bomb. One instance per parse.
 */
final class EmbebidosLimitados extends ParsingEmbeddedDocumentExtractor {

  private final int profundidadMaxima;
  private final PDFParserConfig pdfIncrustados;
  private int profundidad;
  private int omitidos;

  /**
   * @param pdfIncrustados how PDFs inside the file are read (with OCR when it is on), whatever the
   *     file's own parse uses
   */
  EmbebidosLimitados(ParseContext context, int profundidadMaxima, PDFParserConfig pdfIncrustados) {
    super(context);
    this.profundidadMaxima = profundidadMaxima;
    this.pdfIncrustados = pdfIncrustados;
    // the names of embedded files (image1.png…) are not the document's text
    setWriteFileNameToContent(false);
  }

  /** How deep the parse is now: 0 in the file itself, 1 inside a document embedded in it… */
  int profundidad() {
    return profundidad;
  }

  /** Embedded documents skipped because they were deeper than the limit. */
  int omitidos() {
    return omitidos;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (profundidad >= profundidadMaxima) {
      omitidos++;
      return false;
    }
    return super.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (profundidad >= profundidadMaxima) {
      omitidos++;
      return;
    }
    ParseRecord registro = context.get(ParseRecord.class);
    int fallosAntes = registro == null ? 0 : registro.getExceptions().size();
    PDFParserConfig pdfDelArchivo = context.get(PDFParserConfig.class);
    if (profundidad == 0) {
      context.set(PDFParserConfig.class, pdfIncrustados);
    }
    profundidad++;
    try {
      super.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      profundidad--;
      if (profundidad == 0) {
        context.set(PDFParserConfig.class, pdfDelArchivo);
      }
    }
    if (registro != null) {
      List<Exception> fallos = registro.getExceptions();
      for (int i = fallosAntes; i < fallos.size(); i++) {
        if (Clasificador.esBomba(fallos.get(i))) {
          throw new BombaEmbebidaException(fallos.get(i));
        }
      }
    }
  }

  /** An embedded document was a decompression bomb: the whole file is refused. */
  static final class BombaEmbebidaException extends SAXException {
    private static final long serialVersionUID = 1L;

    BombaEmbebidaException(Exception causa) {
      super("Suspected zip bomb in an embedded document", causa);
    }
  }
}
