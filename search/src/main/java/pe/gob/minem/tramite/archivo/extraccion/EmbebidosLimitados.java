package pe.gob.minem.tramite.archivo.extraccion;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
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
  private int profundidad;
  private int omitidos;

  EmbebidosLimitados(ParseContext context, int profundidadMaxima) {
    super(context);
    this.profundidadMaxima = profundidadMaxima;
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
    profundidad++;
    try {
      super.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      profundidad--;
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
