package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class InterpreteConsultaTest {

  static final AnalizadorEspanol ANALIZADOR = new AnalizadorEspanol();
  static final InterpreteConsulta INTERPRETE = new InterpreteConsulta(ANALIZADOR);

  @AfterAll
  static void cerrar() {
    ANALIZADOR.close();
  }

  static List<InterpreteConsulta.Pieza> piezas(String texto) {
    return InterpreteConsulta.piezas(texto);
  }

  static InterpreteConsulta.Pieza palabra(String t) {
    return new InterpreteConsulta.Pieza(t, false);
  }

  static InterpreteConsulta.Pieza frase(String t) {
    return new InterpreteConsulta.Pieza(t, true);
  }

  @Test
  void palabrasYFrases() {
    assertEquals(
        List.of(palabra("plan"), frase("de contingencia"), palabra("2026")),
        piezas("  plan \"de contingencia\"   2026 "));
    assertEquals(List.of(palabra("a"), frase("b c")), piezas("a\"b c\""));
  }

  @Test
  void unaComillaSinCerrarSeIgnora() {
    assertEquals(
        List.of(palabra("plan"), palabra("de"), palabra("contingencia")),
        piezas("plan \"de contingencia"));
    assertEquals(List.of(frase("a"), palabra("b")), piezas("\"a\" \"b"));
    assertTrue(piezas("\"").isEmpty());
    assertTrue(piezas("\"\"").isEmpty());
  }

  @Test
  void hayUnLimiteDePiezas() {
    assertEquals(InterpreteConsulta.PIEZAS_MAXIMAS, piezas("x ".repeat(1000)).size());
  }

  @Test
  void sinNadaQueBuscarNoHayConsulta() {
    assertNull(INTERPRETE.interpretar("").consulta());
    assertNull(INTERPRETE.interpretar("de la los").consulta());
    assertNull(INTERPRETE.interpretar("* : ( ) \"\"").consulta());
  }

  @Test
  void losValoresExactosSeReconocen() {
    String ruc = INTERPRETE.interpretar("20131368829").consulta().toString();
    assertTrue(ruc.contains("documentoIdentidad:20131368829"), ruc);
    String dni = INTERPRETE.interpretar("45678912").consulta().toString();
    assertTrue(dni.contains("documentoIdentidad:45678912"), dni);
    String exp = INTERPRETE.interpretar("(exp-2026-000123),").consulta().toString();
    assertTrue(exp.contains("expediente:EXP-2026-000123"), exp);
    String numero = INTERPRETE.interpretar("oficio  nº 12-2026").consulta().toString();
    assertTrue(numero.contains("numeroDocumentoExacto:OFICIO N° 12-2026"), numero);
    String otro = INTERPRETE.interpretar("123456789").consulta().toString();
    assertTrue(!otro.contains("documentoIdentidad"), otro);
  }

  @Test
  void cadaPalabraEsObligatoriaEnAlgunCampo() {
    String q = INTERPRETE.interpretar("respaldos servidores").consulta().toString();
    assertTrue(q.startsWith("(+("), q);
    assertTrue(q.contains("(titulo:respald)^3.0"), q);
    assertTrue(q.contains("texto:servidor"), q);
    assertTrue(q.contains("remitente:servidor"), q);
  }

  @Test
  void elResaltadoEsSoloDelCampo() {
    InterpreteConsulta.Interpretacion i =
        INTERPRETE.interpretar("respaldo \"plan de contingencia\"");
    String q = i.resaltado(Campos.TEXTO).toString();
    assertTrue(q.startsWith("texto:respald texto:\"plan ? contingenci"), q);
    assertTrue(!q.contains("titulo") && !q.contains("Exacto"), q);
    assertNotNull(i.resaltado(Campos.TITULO));
    assertNull(INTERPRETE.interpretar("").resaltado(Campos.TEXTO));
  }
}
