package pe.gob.minem.tramite.archivo;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's best passage as a {@link Fragmento}: HTML-escaped, the matches in
 * {@code <mark>…</mark>}, line breaks and page breaks shown as one space, "…" where the text was
 * cut; and the page of the first match, counting the form feeds ({@code '\f'}) before it.
 */
final class FormateadorFragmento extends PassageFormatter {

  static final String MARCA = "<mark>";
  static final String FIN_MARCA = "</mark>";
  static final String PUNTOS = "…";

  /**
   * A formatted snippet.
   *
   * @param html escaped, with marks
   * @param pagina 1-based page of the passage's first match; null when nothing matched
   */
  record Fragmento(String html, Integer pagina) {}

  @Override
  public Fragmento format(Passage[] pasajes, String contenido) {
    if (pasajes.length == 0) {
      return null;
    }
    // One passage is asked for; if more come, the first (in text order) is shown.
    Passage pasaje = pasajes[0];
    StringBuilder sb = new StringBuilder(pasaje.getLength() + 64);
    if (pasaje.getStartOffset() > 0) {
      sb.append(PUNTOS).append(' ');
    }
    int pos = pasaje.getStartOffset();
    int fin = pasaje.getEndOffset();
    int[] inicios = pasaje.getMatchStarts();
    int[] finales = pasaje.getMatchEnds();
    int n = pasaje.getNumMatches();
    for (int i = 0; i < n; i++) {
      int inicio = Math.max(inicios[i], pos);
      int finMarca = finales[i];
      // Overlapping or touching matches become one mark.
      while (i + 1 < n && inicios[i + 1] <= finMarca) {
        finMarca = Math.max(finMarca, finales[++i]);
      }
      finMarca = Math.min(finMarca, fin);
      if (finMarca <= inicio) {
        continue;
      }
      escapar(sb, contenido, pos, inicio);
      sb.append(MARCA);
      escapar(sb, contenido, inicio, finMarca);
      sb.append(FIN_MARCA);
      pos = finMarca;
    }
    escapar(sb, contenido, pos, Math.max(pos, fin));
    recortarFinal(sb);
    if (fin < contenido.length()) {
      sb.append(' ').append(PUNTOS);
    }
    Integer pagina = n == 0 ? null : pagina(contenido, inicios[0]);
    return new Fragmento(sb.toString(), pagina);
  }

  /** 1 + the form feeds before this offset. */
  static int pagina(String contenido, int desplazamiento) {
    int pagina = 1;
    int hasta = Math.min(desplazamiento, contenido.length());
    for (int i = contenido.indexOf('\f'); i >= 0 && i < hasta; i = contenido.indexOf('\f', i + 1)) {
      pagina++;
    }
    return pagina;
  }

  /** Appends the text escaped for HTML, each run of white space (page breaks too) as one space. */
  static void escapar(StringBuilder sb, String texto, int desde, int hasta) {
    for (int i = desde; i < hasta; i++) {
      char c = texto.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
        continue;
      }
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(' '); // other control characters from extraction
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  private static void recortarFinal(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }
}
