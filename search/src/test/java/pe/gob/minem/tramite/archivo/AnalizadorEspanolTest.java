package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalizadorEspanolTest {

  static final Analyzer ANALIZADOR = new AnalizadorEspanol();

  @AfterAll
  static void cerrar() {
    ANALIZADOR.close();
  }

  record Token(String termino, int posicion, int inicio, int fin) {}

  static List<Token> tokens(String texto) throws IOException {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = ANALIZADOR.tokenStream(Campos.TEXTO, texto)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int posicion = -1;
      while (ts.incrementToken()) {
        posicion += p.getPositionIncrement();
        tokens.add(new Token(t.toString(), posicion, o.startOffset(), o.endOffset()));
      }
      ts.end();
    }
    return tokens;
  }

  static List<String> terminos(String texto) throws IOException {
    return tokens(texto).stream().map(Token::termino).toList();
  }

  @Test
  void acentosMayusculasYPlurales() throws IOException {
    assertEquals(terminos("restauracion"), terminos("Restauración"));
    assertEquals(terminos("informacion"), terminos("INFORMACIÓN"));
    assertEquals(terminos("respaldo"), terminos("respaldos"));
    assertEquals(terminos("servidor"), terminos("servidores"));
    assertEquals(terminos("NIÑO"), terminos("nino"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"de", "la", "los", "más", "mas", "él", "el", "está", "esta", "qué", "que"})
  void lasPalabrasVaciasSeQuitanConYSinTilde(String palabra) throws IOException {
    assertTrue(terminos(palabra).isEmpty(), palabra);
    assertTrue(terminos(palabra.toUpperCase()).isEmpty(), palabra);
  }

  @Test
  void elConjuntoDePalabrasVaciasTieneLasDosFormas() {
    assertTrue(AnalizadorEspanol.PALABRAS_VACIAS.contains("más"));
    assertTrue(AnalizadorEspanol.PALABRAS_VACIAS.contains("mas"));
    assertTrue(AnalizadorEspanol.PALABRAS_VACIAS.contains("estás"));
    assertTrue(AnalizadorEspanol.PALABRAS_VACIAS.contains("estas"));
  }

  @Test
  void lasPalabrasVaciasDejanSuHueco() throws IOException {
    List<Token> t = tokens("plan de contingencia");
    assertEquals(2, t.size());
    assertEquals(0, t.get(0).posicion());
    assertEquals(2, t.get(1).posicion());
  }

  @Test
  void losNombresDeArchivoSeSeparanEnPalabras() throws IOException {
    assertEquals(terminos("anexo pdf"), terminos("anexo.pdf"));
    assertEquals(terminos("informe final docx"), terminos("Informe_Final.DOCX"));
    assertEquals(terminos("minem gob pe"), terminos("www.minem.gob.pe").subList(1, 4));
    List<Token> t = tokens("ver anexo.pdf");
    assertEquals(new Token(terminos("anexo").get(0), 1, 4, 9), t.get(1));
    assertEquals(new Token("pdf", 2, 10, 13), t.get(2));
  }

  @Test
  void losNumerosQuedanEnteros() throws IOException {
    assertEquals(List.of("1.500"), terminos("1.500"));
    assertEquals(List.of("3,14"), terminos("3,14"));
    assertEquals(List.of("20131368829"), terminos("20131368829"));
  }

  @Test
  void unNumeroDeDocumentoSeSeparaEnSusPartes() throws IOException {
    assertEquals(
        terminos("oficio n 0012 2026 minem oti"), terminos("OFICIO N° 0012-2026-MINEM/OTI"));
    assertEquals(6, terminos("OFICIO N° 0012-2026-MINEM/OTI").size());
  }

  @Test
  void separadorSoloNoRompeNada() throws IOException {
    assertEquals(terminos("a_b"), List.of("b"), "a is a stop word; b remains");
    assertTrue(tokens("_ . :").isEmpty());
    assertEquals(terminos("x"), terminos("._x_."));
  }
}
