package pe.gob.minem.tramite.archivo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Writes the Lucene query that {@link InterpreteConsulta} builds as OpenSearch's query DSL, so that
 * both indexes search with the same semantics: the terms are already analysed by {@link
 * AnalizadorEspanol}, and the OpenSearch index analyses its text the same way ({@link
 * OpenSearchSearchIndex#ajustes}), so each becomes a {@code term} query; a phrase becomes a {@code
 * span_near} of its terms in order with no slop, a {@code span_gap} where a stop word was; a
 * boolean query a {@code bool} with the same clauses and a boost the query's {@code boost}.
 */
final class ConsultaOpenSearch {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ConsultaOpenSearch() {}

  static ObjectNode traducir(Query consulta) {
    return traducir(consulta, 1f);
  }

  private static ObjectNode traducir(Query consulta, float refuerzo) {
    if (consulta instanceof BoostQuery b) {
      return traducir(b.getQuery(), refuerzo * b.getBoost());
    }
    if (consulta instanceof TermQuery t) {
      ObjectNode valor = JSON.objectNode().put("value", t.getTerm().text());
      conRefuerzo(valor, refuerzo);
      ObjectNode q = JSON.objectNode();
      q.putObject("term").set(t.getTerm().field(), valor);
      return q;
    }
    if (consulta instanceof PhraseQuery f) {
      return frase(f, refuerzo);
    }
    if (consulta instanceof BooleanQuery b) {
      ObjectNode bool = JSON.objectNode();
      for (BooleanClause c : b.clauses()) {
        String tipo =
            switch (c.getOccur()) {
              case MUST -> "must";
              case SHOULD -> "should";
              case FILTER -> "filter";
              case MUST_NOT -> "must_not";
            };
        ArrayNode lista = bool.has(tipo) ? (ArrayNode) bool.get(tipo) : bool.putArray(tipo);
        lista.add(traducir(c.getQuery(), 1f));
      }
      if (b.getMinimumNumberShouldMatch() > 0) {
        bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
      }
      conRefuerzo(bool, refuerzo);
      ObjectNode q = JSON.objectNode();
      q.set("bool", bool);
      return q;
    }
    if (consulta instanceof MatchAllDocsQuery) {
      ObjectNode todo = JSON.objectNode();
      conRefuerzo(todo, refuerzo);
      ObjectNode q = JSON.objectNode();
      q.set("match_all", todo);
      return q;
    }
    throw new IllegalArgumentException("Consulta no prevista: " + consulta.getClass().getName());
  }

  /** The phrase's terms at their positions: adjacent, or with a gap of the stop words' width. */
  private static ObjectNode frase(PhraseQuery f, float refuerzo) {
    Term[] terminos = f.getTerms();
    int[] posiciones = f.getPositions();
    String campo = f.getField();
    ObjectNode cerca = JSON.objectNode();
    ArrayNode clausulas = cerca.putArray("clauses");
    for (int i = 0; i < terminos.length; i++) {
      if (i > 0 && posiciones[i] - posiciones[i - 1] > 1) {
        ObjectNode hueco = JSON.objectNode();
        hueco.putObject("span_gap").put(campo, posiciones[i] - posiciones[i - 1] - 1);
        clausulas.add(hueco);
      }
      ObjectNode termino = JSON.objectNode();
      termino.putObject("span_term").put(campo, terminos[i].text());
      clausulas.add(termino);
    }
    cerca.put("slop", f.getSlop());
    cerca.put("in_order", true);
    conRefuerzo(cerca, refuerzo);
    ObjectNode q = JSON.objectNode();
    q.set("span_near", cerca);
    return q;
  }

  private static void conRefuerzo(ObjectNode nodo, float refuerzo) {
    if (refuerzo != 1f) {
      nodo.put("boost", refuerzo);
    }
  }

  /** {@code {"terms": {campo: valores}}}. */
  static ObjectNode terminos(String campo, List<String> valores) {
    ObjectNode q = JSON.objectNode();
    ArrayNode lista = q.putObject("terms").putArray(campo);
    valores.forEach(lista::add);
    return q;
  }
}
