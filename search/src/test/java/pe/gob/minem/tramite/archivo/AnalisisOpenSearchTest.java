package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenSearch index's analyser ({@link OpenSearchSearchIndex#ajustes()}) gives the same terms at
 * the same positions as {@link AnalizadorEspanol}: the query's terms, analysed by the portal, are
 * then the terms OpenSearch indexed.
 */
class AnalisisOpenSearchTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String INDICE = "archivo-analisis";
  private static SearchIndex indice;

  @BeforeAll
  static void crear() {
    indice = new OpenSearchSearchIndex(NodoOpenSearch.url(), null, null, INDICE);
  }

  @AfterAll
  static void borrar() throws IOException {
    ((OpenSearchSearchIndex) indice).borrarIndice();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plan de Restauración de servicios",
        "SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA",
        "Se realizó el respaldo de los servidores; más respaldos, él está aquí",
        "plan de contingencia informática",
        "anexo.pdf Informe_Final.DOCX www.minem.gob.pe titulo:respaldo",
        "ver anexo.pdf y informe_2026.xlsx, 2026_informe",
        "1.500 3,14 20131368829 45678912 12:30",
        "OFICIO N° 0012-2026-MINEM/OTI",
        "EXP-2026-000123 (exp-2026-000123),",
        "a_b _ . : ._x_. S.A.C. juan.perez@minem.gob.pe",
        "1_000 v2.0 x1.5 abc.123 123.abc __init__ a.b.c. :x: anexo..pdf",
        "Niño, pingüino, acción, CORAZÓN, Ñandú",
        "Página uno, sin nada.\fPágina dos"
      })
  void mismosTerminosEnLasMismasPosiciones(String texto) throws Exception {
    assertEquals(lucene(texto), openSearch(texto));
  }

  private static List<String> lucene(String texto) throws IOException {
    List<String> terminos = new ArrayList<>();
    try (AnalizadorEspanol a = new AnalizadorEspanol();
        TokenStream ts = a.tokenStream(Campos.TEXTO, texto)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int posicion = -1;
      while (ts.incrementToken()) {
        posicion += inc.getPositionIncrement();
        terminos.add(posicion + ":" + t);
      }
      ts.end();
    }
    return terminos;
  }

  private static List<String> openSearch(String texto) throws Exception {
    ObjectNode cuerpo = JSON.createObjectNode().put("field", Campos.TEXTO).put("text", texto);
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(NodoOpenSearch.url() + "/" + INDICE + "/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    List<String> terminos = new ArrayList<>();
    for (JsonNode t : JSON.readTree(r.body()).path("tokens")) {
      terminos.add(t.path("position").asInt() + ":" + t.path("token").asText());
    }
    return terminos;
  }
}
