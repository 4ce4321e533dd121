package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query; never fails on syntax.
 *
 * <p>Semantics, for an archive where people type a few words and expect each of them to count:
 *
 * <ul>
 *   <li>The text is split on spaces into words, and {@code "quoted phrases"} are kept together (an
 *       unclosed quote is ignored and what follows it read as words). No other character is an
 *       operator: {@code * : ( ) + - ~} are ordinary punctuation that the analyser drops.
 *   <li>Every word must match (AND), each in at least one of {@code titulo^3}, {@code texto},
 *       {@code remitente}, {@code numeroDocumento} (a per-word disjunction across fields; matching
 *       in several fields scores more). Stop words are dropped, so "plan de contingencia" needs
 *       "plan" and "contingencia".
 *   <li>A word that the analyser splits into several ({@code MINEM/OTI}, {@code 0012-2026}) and a
 *       quoted phrase match as a phrase (the words adjacent, a removed stop word keeping its
 *       place).
 *   <li>A word or phrase shaped like an exact value also matches its exact field, as an alternative
 *       that ranks far above a match in the text: an expediente number ({@code exp-2026-000123},
 *       any case) on {@code expediente}; 8 digits (DNI) or 11 digits (RUC) on {@code
 *       documentoIdentidad}; and any word, phrase or the whole text, normalised, on the exact
 *       document number ({@code oficio n° 0012-2026-minem/oti} finds {@code OFICIO N°
 *       0012-2026-MINEM/OTI}).
 * </ul>
 *
 * <p>At most {@link #PIEZAS_MAXIMAS} words and phrases are used; the rest of a very long text is
 * ignored.
 */
final class InterpreteConsulta {

  static final int PIEZAS_MAXIMAS = 32;

  static final float REFUERZO_TITULO = 3f;
  static final float REFUERZO_EXACTO = 10f;
  static final float REFUERZO_NUMERO_COMPLETO = 20f;

  private static final Pattern EXPEDIENTE = Pattern.compile("(?i)EXP-\\d{4}-\\d{1,10}");
  private static final Pattern DNI_O_RUC = Pattern.compile("\\d{8}|\\d{11}");

  private final Analyzer analizador;

  InterpreteConsulta(Analyzer analizador) {
    this.analizador = analizador;
  }

  /**
   * What a text means to the index.
   *
   * @param consulta the query, or {@code null} when nothing in the text can be searched (blank,
   *     only stop words or punctuation): the caller then lists everything the lector may see
   * @param palabras the analysed words and phrases, to highlight
   */
  record Interpretacion(Query consulta, List<Palabras> palabras) {

    /**
     * The words and phrases in one field only, for the highlighter (which evaluates its query for
     * each document it highlights: the fewer clauses, the cheaper); null when there are none.
     */
    Query resaltado(String campo) {
      if (palabras.isEmpty()) {
        return null;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Palabras p : palabras) {
        b.add(p.enCampo(campo), Occur.SHOULD);
      }
      return b.build();
    }
  }

  /** The analysed terms of a word or phrase, with their positions (gaps where stop words were). */
  record Palabras(List<String> terminos, List<Integer> posiciones) {

    /** A term query, or a phrase query if there are several terms. */
    Query enCampo(String campo) {
      if (terminos.size() == 1) {
        return new TermQuery(new Term(campo, terminos.get(0)));
      }
      PhraseQuery.Builder frase = new PhraseQuery.Builder();
      int primera = posiciones.get(0);
      for (int i = 0; i < terminos.size(); i++) {
        frase.add(new Term(campo, terminos.get(i)), posiciones.get(i) - primera);
      }
      return frase.build();
    }
  }

  Interpretacion interpretar(String texto) {
    List<Pieza> piezas = piezas(texto);
    List<Palabras> palabras = new ArrayList<>();
    BooleanQuery.Builder todas = new BooleanQuery.Builder();
    int clausulas = 0;
    for (Pieza pieza : piezas) {
      Query q = clausula(pieza, palabras);
      if (q != null) {
        todas.add(q, Occur.MUST);
        clausulas++;
      }
    }
    Query conjuncion = clausulas == 0 ? null : clausulas == 1 ? unica(todas) : todas.build();
    List<Palabras> resaltar = List.copyOf(palabras);

    // The whole text as a document number ("OFICIO N° 0012-2026-MINEM/OTI" typed with its spaces).
    String completo = Campos.normalizarNumero(texto.replace('"', ' '));
    if (conjuncion != null && piezas.size() > 1 && !completo.isEmpty()) {
      Query exacto =
          new BoostQuery(
              new TermQuery(new Term(Campos.NUMERO_EXACTO, Campos.acotar(completo))),
              REFUERZO_NUMERO_COMPLETO);
      return new Interpretacion(
          new BooleanQuery.Builder()
              .add(conjuncion, Occur.SHOULD)
              .add(exacto, Occur.SHOULD)
              .build(),
          resaltar);
    }
    return new Interpretacion(conjuncion, resaltar);
  }

  private static Query unica(BooleanQuery.Builder b) {
    return b.build().clauses().get(0).getQuery();
  }

  /** One word or phrase: its text in the analysed fields, or its exact value. */
  private Query clausula(Pieza pieza, List<Palabras> palabras) {
    List<Query> alternativas = new ArrayList<>(3);
    Palabras analizadas = analizar(pieza.texto());
    Query textual = null;
    if (analizadas != null) {
      palabras.add(analizadas);
      textual = textual(analizadas);
      alternativas.add(textual);
    }
    String valor = limpiar(pieza.texto());
    if (!valor.isEmpty()) {
      if (EXPEDIENTE.matcher(valor).matches()) {
        alternativas.add(exacto(Campos.EXPEDIENTE, Campos.normalizarExpediente(valor)));
      } else if (DNI_O_RUC.matcher(valor).matches()) {
        alternativas.add(exacto(Campos.DOCUMENTO_IDENTIDAD, valor));
      }
      alternativas.add(exacto(Campos.NUMERO_EXACTO, Campos.normalizarNumero(valor)));
    }
    if (textual == null && alternativas.size() <= 1) {
      // Only stop words or punctuation (the document-number alternative alone would turn a stop
      // word into a required clause that nothing matches).
      return null;
    }
    if (alternativas.size() == 1) {
      return alternativas.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : alternativas) {
      b.add(q, Occur.SHOULD);
    }
    return b.build();
  }

  private static Query exacto(String campo, String valor) {
    return new BoostQuery(new TermQuery(new Term(campo, Campos.acotar(valor))), REFUERZO_EXACTO);
  }

  /** The analysed words of a piece; null if none (stop words, punctuation). */
  private Palabras analizar(String texto) {
    List<String> terminos = new ArrayList<>();
    List<Integer> posiciones = new ArrayList<>();
    try (TokenStream ts = analizador.tokenStream(Campos.TEXTO, texto)) {
      CharTermAttribute termino = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute incremento = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int posicion = -1;
      while (ts.incrementToken()) {
        posicion += incremento.getPositionIncrement();
        terminos.add(termino.toString());
        posiciones.add(posicion);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return terminos.isEmpty() ? null : new Palabras(List.copyOf(terminos), List.copyOf(posiciones));
  }

  /** A piece's words in each analysed field: a term, or a phrase if several. */
  private static Query textual(Palabras palabras) {
    BooleanQuery.Builder campos = new BooleanQuery.Builder();
    campos.add(new BoostQuery(palabras.enCampo(Campos.TITULO), REFUERZO_TITULO), Occur.SHOULD);
    campos.add(palabras.enCampo(Campos.TEXTO), Occur.SHOULD);
    campos.add(palabras.enCampo(Campos.REMITENTE), Occur.SHOULD);
    campos.add(palabras.enCampo(Campos.NUMERO), Occur.SHOULD);
    return campos.build();
  }

  /** The piece without punctuation around it: "(EXP-2026-000123)," is an expediente number. */
  static String limpiar(String pieza) {
    int inicio = 0;
    int fin = pieza.length();
    while (inicio < fin && !Character.isLetterOrDigit(pieza.charAt(inicio))) {
      inicio++;
    }
    while (fin > inicio && !Character.isLetterOrDigit(pieza.charAt(fin - 1))) {
      fin--;
    }
    return pieza.substring(inicio, fin).strip();
  }

  /** A word or a quoted phrase as typed. */
  record Pieza(String texto, boolean frase) {}

  /** Splits on spaces, keeping {@code "quoted phrases"} together; an unclosed quote is dropped. */
  static List<Pieza> piezas(String texto) {
    List<Pieza> piezas = new ArrayList<>();
    int i = 0;
    int n = texto.length();
    while (i < n && piezas.size() < PIEZAS_MAXIMAS) {
      char c = texto.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int cierre = texto.indexOf('"', i + 1);
        if (cierre < 0) {
          i++; // unclosed: the rest is read as words
        } else {
          String frase = texto.substring(i + 1, cierre).strip();
          if (!frase.isEmpty()) {
            piezas.add(new Pieza(frase, true));
          }
          i = cierre + 1;
        }
      } else {
        int fin = i;
        while (fin < n && !Character.isWhitespace(texto.charAt(fin)) && texto.charAt(fin) != '"') {
          fin++;
        }
        piezas.add(new Pieza(texto.substring(i, fin), false));
        i = fin;
      }
    }
    return piezas;
  }
}
