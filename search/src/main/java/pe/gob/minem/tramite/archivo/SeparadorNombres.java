package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits words that {@link StandardTokenizer} keeps whole across {@code .}, {@code :} and {@code _}
 * (Unicode word rules: "anexo.pdf", "informe_final", "minem.gob.pe", "titulo:respaldo") into their
 * parts, so that a file name's words are found one by one. Numbers ({@code 1.500}, {@code 3.14})
 * are left whole. The parts keep their own offsets (for the highlighter) and follow each other in
 * position (so the whole name typed again matches as a phrase).
 */
final class SeparadorNombres extends TokenFilter {

  private static final String ALFANUMERICO =
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

  private final CharTermAttribute termino = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute desplazamiento = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute incremento =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute tipo = addAttribute(TypeAttribute.class);

  private char[] palabra = new char[32];
  private int largo;
  private int siguiente = -1; // next part's start inside palabra; -1 when nothing is pending
  private int inicioPalabra;
  private boolean desplazamientosExactos;

  SeparadorNombres(TokenStream entrada) {
    super(entrada);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (siguiente >= 0) {
      return emitirParte(1);
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!ALFANUMERICO.equals(tipo.type()) || !tieneSeparador()) {
      return true;
    }
    largo = termino.length();
    if (palabra.length < largo) {
      palabra = new char[largo];
    }
    System.arraycopy(termino.buffer(), 0, palabra, 0, largo);
    inicioPalabra = desplazamiento.startOffset();
    desplazamientosExactos = desplazamiento.endOffset() - inicioPalabra == largo;
    siguiente = 0;
    return emitirParte(incremento.getPositionIncrement());
  }

  private boolean tieneSeparador() {
    char[] b = termino.buffer();
    for (int i = 0, n = termino.length(); i < n; i++) {
      if (esSeparador(b[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean esSeparador(char c) {
    return c == '.' || c == ':' || c == '_';
  }

  /** Emits the next non-empty part from {@link #siguiente}; the word had at least one. */
  private boolean emitirParte(int incrementoPosicion) {
    int inicio = siguiente;
    while (inicio < largo && esSeparador(palabra[inicio])) {
      inicio++;
    }
    int fin = inicio;
    while (fin < largo && !esSeparador(palabra[fin])) {
      fin++;
    }
    int resto = fin;
    while (resto < largo && esSeparador(palabra[resto])) {
      resto++;
    }
    siguiente = resto < largo ? resto : -1;
    if (fin == inicio) {
      // only separators ("_" alone): emit it unchanged rather than nothing
      termino.copyBuffer(palabra, 0, largo);
      siguiente = -1;
      return true;
    }
    termino.copyBuffer(palabra, inicio, fin - inicio);
    incremento.setPositionIncrement(incrementoPosicion);
    if (desplazamientosExactos) {
      desplazamiento.setOffset(inicioPalabra + inicio, inicioPalabra + fin);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    siguiente = -1;
  }
}
