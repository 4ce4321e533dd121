package pe.gob.minem.tramite.archivo;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Spanish analysis for the archive, the same at index and query time: words and numbers ({@link
 * StandardTokenizer}), file names split into words ({@link SeparadorNombres}), lower case, Spanish
 * stop words removed, accents folded ("Restauración" and "restauracion" are the same word) and a
 * light stemmer ("respaldos" finds "respaldo").
 *
 * <p>Stop words are removed before folding, so the stop set holds each word both as Lucene lists it
 * ("más", "él", "está") and folded ("mas", "el", "esta"): a person who types without accents gets
 * the same query as one who types them.
 */
final class AnalizadorEspanol extends Analyzer {

  /** Lucene's Spanish stop words, each also without accents. */
  static final CharArraySet PALABRAS_VACIAS = palabrasVacias();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream flujo = new SeparadorNombres(tokenizer);
    flujo = new LowerCaseFilter(flujo);
    flujo = new StopFilter(flujo, PALABRAS_VACIAS);
    flujo = new ASCIIFoldingFilter(flujo);
    flujo = new SpanishLightStemFilter(flujo);
    return new TokenStreamComponents(tokenizer, flujo);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArraySet palabrasVacias() {
    CharArraySet lucene = SpanishAnalyzer.getDefaultStopSet();
    CharArraySet todas = new CharArraySet(lucene.size() * 2, false);
    for (Object palabra : lucene) {
      char[] letras = (char[]) palabra;
      todas.add(letras);
      todas.add(plegar(new String(letras)));
    }
    return CharArraySet.unmodifiableSet(todas);
  }

  /** The word without accents or other diacritics, as {@link ASCIIFoldingFilter} leaves it. */
  static String plegar(String palabra) {
    char[] entrada = palabra.toCharArray();
    char[] salida = new char[entrada.length * 4];
    int largo = ASCIIFoldingFilter.foldToASCII(entrada, 0, salida, 0, entrada.length);
    return new String(salida, 0, largo);
  }
}
