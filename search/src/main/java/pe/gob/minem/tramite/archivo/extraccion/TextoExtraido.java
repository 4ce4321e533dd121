package pe.gob.minem.tramite.archivo.extraccion;

import java.util.Objects;

/**
 * The text of one file.
 *
 * @param texto the text, whitespace collapsed (spaces and tabs to one space, at most one blank line
 *     in a row). For PDFs (and other formats whose pages Tika marks: XPS, legacy XLS sheets) pages
 *     are separated by form feed {@code '\f'}, page 1 first, one separator between two pages even
 *     when a page has no text, so that the text before the n-th {@code '\f'} is page n+1; other
 *     formats are one page, without {@code '\f'}. Never null; empty when the file has no text.
 * @param paginas pages of the document: for paged formats the pages read, or the page count the
 *     file declares when the text was {@link #truncado() truncado} before its end; 1 for other
 *     formats
 * @param tipoMime the type detected from the content (and the file name), without parameters, e.g.
 *     {@code application/pdf}, {@code text/plain}
 * @param conOcr whether some of the text was read by OCR (an image, or a page without a text layer)
 * @param truncado whether the text was cut at {@link LimitesDeExtraccion#maxCaracteres()}
 * @param idioma the language the file declares (its {@code dc:language} or {@code
 *     Content-Language}, as an ISO 639 code such as {@code es}); null when it declares none. It is
 *     not detected from the text.
 */
public record TextoExtraido(
    String texto, int paginas, String tipoMime, boolean conOcr, boolean truncado, String idioma) {

  /** The page separator in {@link #texto}. */
  public static final char SEPARADOR_DE_PAGINAS = '\f';

  public TextoExtraido {
    Objects.requireNonNull(texto, "texto");
    Objects.requireNonNull(tipoMime, "tipoMime");
    if (paginas < 1) {
      throw new IllegalArgumentException("paginas < 1");
    }
  }

  /**
   * The text of page {@code numero} (1-based): what lies between the separators around it; empty
   * when the text has no such page (a page beyond a truncation, or a number out of range).
   */
  public String pagina(int numero) {
    if (numero < 1) {
      return "";
    }
    int inicio = 0;
    for (int n = 1; n < numero; n++) {
      int separador = texto.indexOf(SEPARADOR_DE_PAGINAS, inicio);
      if (separador < 0) {
        return "";
      }
      inicio = separador + 1;
    }
    int fin = texto.indexOf(SEPARADOR_DE_PAGINAS, inicio);
    return texto.substring(inicio, fin < 0 ? texto.length() : fin);
  }
}
