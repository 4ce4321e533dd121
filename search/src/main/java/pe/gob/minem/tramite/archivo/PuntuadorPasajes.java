package pe.gob.minem.tramite.archivo;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's distinct terms, early passages slightly preferred)
 * without the hash table Lucene's builds for every candidate passage: a passage holds a handful of
 * matches, so a linear scan finds the distinct terms.
 */
final class PuntuadorPasajes extends PassageScorer {

  @Override
  public float score(Passage pasaje, int largoContenido) {
    int n = pasaje.getNumMatches();
    BytesRef[] terminos = pasaje.getMatchTerms();
    int[] enDocumento = pasaje.getMatchTermFreqsInDoc();
    float puntaje = 0;
    for (int i = 0; i < n; i++) {
      boolean visto = false;
      int enPasaje = 1;
      for (int j = 0; j < i && !visto; j++) {
        visto = terminos[j].bytesEquals(terminos[i]);
      }
      if (visto) {
        continue;
      }
      for (int j = i + 1; j < n; j++) {
        if (terminos[j].bytesEquals(terminos[i])) {
          enPasaje++;
        }
      }
      puntaje += tf(enPasaje, pasaje.getLength()) * weight(largoContenido, enDocumento[i]);
    }
    return puntaje * norm(pasaje.getStartOffset());
  }
}
