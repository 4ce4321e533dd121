package pe.gob.minem.tramite.archivo.extraccion;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into the plain text of {@link TextoExtraido#texto()}: only what is inside
 * {@code <body>}, a form feed {@code '\f'} where a new {@code <div class="page">} of the top-level
 * document begins (pages of embedded documents do not count), whitespace collapsed (runs of spaces
 * and tabs to one space, line breaks kept, at most one blank line, none at the start or end of a
 * page), and at most {@code limite} characters: when the next one would not fit it stops the parse
 * with a {@link WriteLimitReachedException} and remembers that the text was {@link #truncado()
 * truncated}. It stops the same way after receiving 20 times {@code limite} characters, so that a
 * flood of whitespace (which collapses to nothing) cannot run on.
 *
 * <p>In HTML every run of whitespace, line breaks included, is one space (as a browser shows it);
 * in other formats line breaks of the text are kept. Text inside {@code <div class="ocr">} (what
 * Tesseract read) sets {@link #conOcr()}. One instance per parse; not thread-safe.
 */
final class TextoPorPaginas extends DefaultHandler {

  /** Elements after which the text goes on in a new line. */
  private static final Set<String> BLOQUES =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "tr",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "caption",
          "pre",
          "blockquote",
          "section",
          "article",
          "header",
          "footer",
          "aside",
          "nav",
          "address",
          "figure",
          "figcaption",
          "form",
          "fieldset",
          "hr",
          "br",
          "main");

  /** Elements separated from what follows by a space (table cells). */
  private static final Set<String> CELDAS = Set.of("td", "th");

  private static final int MAX_SALTOS = 2;

  /**
   * Characters received (before collapsing whitespace) per character of the limit, at most: a flood
   * of whitespace is cut as if it were text.
   */
  private static final long RECIBIDOS_POR_CARACTER = 20;

  private final int limite;
  private final IntSupplier profundidadEmbebida;
  private final Supplier<String> tipo;
  private final StringBuilder texto = new StringBuilder();
  private final Deque<String> clasesDeDiv = new ArrayDeque<>();

  private boolean enCuerpo;
  private boolean html;
  private int paginas;
  private int ocrAbiertos;
  private boolean truncado;
  private boolean conOcr;
  private boolean finDelDocumento;

  /** Whether the current page already has a character (so leading whitespace is dropped). */
  private boolean paginaConTexto;

  private long recibidos;

  private int saltosPendientes;
  private boolean espacioPendiente;
  private boolean trasRetorno;

  /**
   * @param limite most characters kept
   * @param profundidadEmbebida how deep inside embedded documents the parse is now (0 = the file
   *     itself)
   * @param tipo the detected type of the file (known when its body begins)
   */
  TextoPorPaginas(int limite, IntSupplier profundidadEmbebida, Supplier<String> tipo) {
    this.limite = limite;
    this.profundidadEmbebida = profundidadEmbebida;
    this.tipo = tipo;
  }

  String texto() {
    return texto.toString();
  }

  /** Pages of the top-level document seen ({@code <div class="page">}); 0 when it has none. */
  int paginas() {
    return paginas;
  }

  boolean truncado() {
    return truncado;
  }

  boolean conOcr() {
    return conOcr;
  }

  /**
   * Whether the parser of the top-level document ended it ({@code endDocument}); some parsers do so
   * in a {@code finally}, after a failure too.
   */
  boolean finDelDocumento() {
    return finDelDocumento;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String nombre = nombre(localName, qName);
    if (!enCuerpo) {
      enCuerpo = "body".equals(nombre);
      if (enCuerpo) {
        String t = tipo.get();
        html = t != null && (t.startsWith("text/html") || t.startsWith("application/xhtml+xml"));
      }
      return;
    }
    if ("div".equals(nombre)) {
      String clase = atts.getValue("class");
      clase = clase == null ? "" : clase;
      clasesDeDiv.push(clase);
      if ("page".equals(clase) && profundidadEmbebida.getAsInt() == 0) {
        nuevaPagina();
        return;
      }
      if ("ocr".equals(clase)) {
        ocrAbiertos++;
      }
    }
    separar(nombre);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (!enCuerpo) {
      return;
    }
    String nombre = nombre(localName, qName);
    if ("body".equals(nombre)) {
      enCuerpo = false;
      return;
    }
    if ("div".equals(nombre) && "ocr".equals(clasesDeDiv.poll())) {
      ocrAbiertos--;
    }
    separar(nombre);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (!enCuerpo) {
      return;
    }
    contar(length);
    for (int i = start; i < start + length; i++) {
      agregar(ch[i]);
    }
  }

  /**
   * Whitespace Tika adds between blocks: it separates, but a newline here never makes a blank line
   * (that is for the document's own text).
   */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (!enCuerpo) {
      return;
    }
    contar(length);
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (c == '\n' || c == '\r') {
        saltoDeBloque();
      } else {
        espacioPendiente = true;
      }
    }
  }

  @Override
  public void endDocument() {
    finDelDocumento = true;
  }

  private static String nombre(String localName, String qName) {
    return localName == null || localName.isEmpty() ? qName : localName;
  }

  private void separar(String elemento) {
    if (BLOQUES.contains(elemento)) {
      saltoDeBloque();
    } else if (CELDAS.contains(elemento)) {
      espacioPendiente = true;
    }
  }

  private void saltoDeBloque() {
    saltosPendientes = Math.max(saltosPendientes, 1);
  }

  private void agregar(char c) throws SAXException {
    if (c == '\n' && trasRetorno) {
      trasRetorno = false;
      return;
    }
    trasRetorno = c == '\r';
    if (html && Character.isWhitespace(c) && profundidadEmbebida.getAsInt() == 0) {
      espacioPendiente = true;
      return;
    }
    switch (c) {
      case '\r', '\n', '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> {
        saltosPendientes = Math.min(MAX_SALTOS, saltosPendientes + 1);
        return;
      }
      case '\uFEFF', '\u200B', '\u00AD' -> {
        return; // byte order mark, zero-width space, soft hyphen: not text
      }
      default -> {}
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
      espacioPendiente = true;
      return;
    }
    escribir(c);
  }

  private void escribir(char c) throws SAXException {
    if (paginaConTexto) {
      if (saltosPendientes > 0) {
        caben(saltosPendientes + 1);
        texto.append("\n".repeat(saltosPendientes));
      } else if (espacioPendiente) {
        caben(2);
        texto.append(' ');
      }
    }
    // never end the text with half a surrogate pair
    caben(Character.isHighSurrogate(c) ? 2 : 1);
    texto.append(c);
    paginaConTexto = true;
    saltosPendientes = 0;
    espacioPendiente = false;
    if (ocrAbiertos > 0) {
      conOcr = true;
    }
  }

  private void nuevaPagina() throws SAXException {
    if (paginas == 0 && texto.length() > 0) {
      // text before the first page belongs to it
      paginas = 1;
      saltoDeBloque();
      return;
    }
    if (paginas > 0) {
      caben(1);
      texto.append(TextoExtraido.SEPARADOR_DE_PAGINAS);
    }
    paginas++;
    paginaConTexto = false;
    saltosPendientes = 0;
    espacioPendiente = false;
  }

  private void contar(int n) throws SAXException {
    recibidos += n;
    if (recibidos > RECIBIDOS_POR_CARACTER * limite) {
      truncado = true;
      throw new WriteLimitReachedException(limite);
    }
  }

  /** Stops the parse when {@code n} more characters would pass the limit. */
  private void caben(int n) throws SAXException {
    if (truncado || texto.length() + n > limite) {
      truncado = true;
      throw new WriteLimitReachedException(limite);
    }
  }
}
