package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of one page of hits: Lucene's {@link UnifiedHighlighter} reading the offsets stored
 * in the postings of {@link Campos#TEXTO} and {@link Campos#TITULO} (the text is not analysed
 * again), with the query's exact matches (a phrase is marked whole), one passage of about {@link
 * #LARGO_FRAGMENTO} characters around the best-scoring matches, formatted by {@link
 * FormateadorFragmento}. Cheap enough for the 20 hits of a page; one instance per search.
 */
final class Resaltador extends UnifiedHighlighter {

  static final int LARGO_FRAGMENTO = 200;

  private static final Locale ESPANOL = Locale.forLanguageTag("es-PE");

  Resaltador(IndexSearcher buscador, Analyzer analizador) {
    super(
        UnifiedHighlighter.builder(buscador, analizador)
            .withWeightMatches(true)
            .withHighlightPhrasesStrictly(true)
            .withMaxLength(Campos.TEXTO_GUARDADO_MAXIMO)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(ESPANOL), LARGO_FRAGMENTO, 0.5f))
            .withFormatter(new FormateadorFragmento())
            .withMaxNoHighlightPassages(1));
  }

  /**
   * For each field, one {@link FormateadorFragmento.Fragmento} per document (in the order of {@code
   * documentos}), null where the field is empty.
   */
  Map<String, Object[]> fragmentos(String[] campos, Query consulta, int[] documentos)
      throws IOException {
    int[] pasajes = new int[campos.length];
    java.util.Arrays.fill(pasajes, 1);
    return highlightFieldsAsObjects(campos, consulta, documentos, pasajes);
  }
}
