package pe.gob.minem.tramite.archivo;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * A {@link BreakIterator} whose boundaries are the starts of words (a non-space character after a
 * space), the start and the end of the text: all the snippet needs to cut between words, and much
 * cheaper than the JDK's rule-based word iterator, which the highlighter calls around every match.
 */
final class CortePalabras extends BreakIterator {

  private String texto = "";
  private int actual;

  @Override
  public int first() {
    actual = 0;
    return actual;
  }

  @Override
  public int last() {
    actual = texto.length();
    return actual;
  }

  @Override
  public int next(int n) {
    int r = actual;
    for (int i = 0; i < n; i++) {
      r = next();
    }
    for (int i = 0; i > n; i--) {
      r = previous();
    }
    return r;
  }

  @Override
  public int next() {
    if (actual >= texto.length()) {
      return DONE;
    }
    actual = siguiente(actual);
    return actual;
  }

  @Override
  public int previous() {
    if (actual <= 0) {
      return DONE;
    }
    actual = anterior(actual);
    return actual;
  }

  @Override
  public int following(int desplazamiento) {
    verificar(desplazamiento);
    if (desplazamiento >= texto.length()) {
      actual = texto.length();
      return DONE;
    }
    actual = siguiente(desplazamiento);
    return actual;
  }

  @Override
  public int preceding(int desplazamiento) {
    verificar(desplazamiento);
    if (desplazamiento <= 0) {
      actual = 0;
      return DONE;
    }
    actual = anterior(desplazamiento);
    return actual;
  }

  @Override
  public boolean isBoundary(int desplazamiento) {
    verificar(desplazamiento);
    boolean limite = esLimite(desplazamiento);
    actual = limite ? desplazamiento : siguiente(desplazamiento);
    return limite;
  }

  @Override
  public int current() {
    return actual;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(texto);
  }

  @Override
  public void setText(String nuevo) {
    texto = nuevo;
    actual = 0;
  }

  @Override
  public void setText(CharacterIterator nuevo) {
    StringBuilder sb = new StringBuilder(nuevo.getEndIndex() - nuevo.getBeginIndex());
    for (char c = nuevo.first(); c != CharacterIterator.DONE; c = nuevo.next()) {
      sb.append(c);
    }
    setText(sb.toString());
  }

  @Override
  public Object clone() {
    CortePalabras copia = new CortePalabras();
    copia.texto = texto;
    copia.actual = actual;
    return copia;
  }

  private boolean esLimite(int i) {
    return i == 0
        || i == texto.length()
        || (Character.isWhitespace(texto.charAt(i - 1))
            && !Character.isWhitespace(texto.charAt(i)));
  }

  /** The first boundary after {@code i} (the end at most). */
  private int siguiente(int i) {
    int n = texto.length();
    int j = i + 1;
    while (j < n && !esLimite(j)) {
      j++;
    }
    return Math.min(j, n);
  }

  /** The last boundary before {@code i} (the start at least). */
  private int anterior(int i) {
    int j = i - 1;
    while (j > 0 && !esLimite(j)) {
      j--;
    }
    return Math.max(j, 0);
  }

  private void verificar(int desplazamiento) {
    if (desplazamiento < 0 || desplazamiento > texto.length()) {
      throw new IllegalArgumentException("desplazamiento fuera del texto: " + desplazamiento);
    }
  }
}
