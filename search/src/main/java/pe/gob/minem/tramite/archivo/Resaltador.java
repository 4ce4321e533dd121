package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of one page of hits: Lucene's {@link UnifiedHighlighter} reading the offsets stored
 * in the postings of {@link Campos#TEXTO} and {@link Campos#TITULO} (the text is not analysed
 * again), with the query's exact matches (a phrase is marked whole), one passage of about {@link
 * #LARGO_FRAGMENTO} characters around the best-scoring matches, formatted by {@link
 * FormateadorFragmento}.
 *
 * <p>It also keeps every stored field of the documents it reads, so that a hit's stored fields are
 * decompressed once for both its snippet and its {@link Resultado.Hallazgo}. One instance per
 * search, for the 20 or so hits of a page.
 */
final class Resaltador extends UnifiedHighlighter {

  static final int LARGO_FRAGMENTO = 200;

  private final Map<Integer, Document> guardados = new HashMap<>();

  Resaltador(IndexSearcher buscador, Analyzer analizador) {
    super(
        UnifiedHighlighter.builder(buscador, analizador)
            .withWeightMatches(true)
            .withHighlightPhrasesStrictly(true)
            .withMaxLength(Campos.TEXTO_GUARDADO_MAXIMO)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new CortePalabras(), LARGO_FRAGMENTO, 0.5f))
            .withScorer(new PuntuadorPasajes())
            .withFormatter(new FormateadorFragmento())
            .withMaxNoHighlightPassages(1));
  }

  /**
   * A highlighter without an index, that analyses the text it is given ({@link #fragmento(String,
   * Query, String)}): the snippets of {@link OpenSearchSearchIndex}, the same as those read from
   * the postings here.
   */
  Resaltador(Analyzer analizador) {
    this(null, analizador);
  }

  /**
   * The snippet of this text (a hit's stored field) for the words in {@code consulta} (null: none,
   * the snippet is the text's start); null when the text is empty. Only on an instance without an
   * index.
   */
  FormateadorFragmento.Fragmento fragmento(String campo, Query consulta, String contenido)
      throws IOException {
    Query q = consulta != null ? consulta : new MatchAllDocsQuery();
    return (FormateadorFragmento.Fragmento) highlightWithoutSearcher(campo, q, contenido, 1);
  }

  /**
   * One {@link FormateadorFragmento.Fragmento} per document (in the order of {@code documentos}),
   * null where the field is empty; {@code consulta} holds the words in that field only (null: none,
   * the snippet is the field's start).
   */
  Object[] fragmentos(String campo, Query consulta, int[] documentos) throws IOException {
    Query q = consulta != null ? consulta : new MatchAllDocsQuery();
    return highlightFieldsAsObjects(new String[] {campo}, q, documentos, new int[] {1}).get(campo);
  }

  /** The stored fields of a document highlighted by this instance (read once); null if not read. */
  Document guardado(int documento) {
    return guardados.get(documento);
  }

  /**
   * Both highlighted fields have offsets in their postings ({@link DocumentoIndice}): said here, so
   * that the highlighter does not merge the field infos of every segment on each search to find
   * out. Without an index, the text given is analysed.
   */
  @Override
  protected OffsetSource getOffsetSource(String campo) {
    return searcher == null ? OffsetSource.ANALYSIS : OffsetSource.POSTINGS;
  }

  /** As Lucene's, but keeps all the stored fields of each document (see {@link #guardado}). */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] campos, DocIdSetIterator documentos, int umbralCaracteres) throws IOException {
    List<CharSequence[]> valores = new ArrayList<>();
    StoredFields lector = searcher.storedFields();
    long caracteres = 0;
    do {
      int doc = documentos.nextDoc();
      if (doc == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      Document d = guardados.get(doc);
      if (d == null) {
        Visitante v = new Visitante();
        lector.document(doc, v);
        d = v.documento;
        guardados.put(doc, d);
      }
      CharSequence[] deDoc = new CharSequence[campos.length];
      for (int i = 0; i < campos.length; i++) {
        String valor = d.get(campos[i]);
        deDoc[i] = valor == null ? "" : valor;
        caracteres += deDoc[i].length();
      }
      valores.add(deDoc);
    } while (caracteres <= umbralCaracteres && umbralCaracteres != 0);
    return valores;
  }

  /** Every stored field, as stored. */
  private static final class Visitante extends StoredFieldVisitor {
    final Document documento = new Document();

    @Override
    public Status needsField(FieldInfo campo) {
      return Status.YES;
    }

    @Override
    public void stringField(FieldInfo campo, String valor) {
      documento.add(new StoredField(campo.name, valor));
    }

    @Override
    public void intField(FieldInfo campo, int valor) {
      documento.add(new StoredField(campo.name, valor));
    }

    @Override
    public void longField(FieldInfo campo, long valor) {
      documento.add(new StoredField(campo.name, valor));
    }
  }
}
