package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FormateadorFragmentoTest {

  static final FormateadorFragmento F = new FormateadorFragmento();

  static Passage pasaje(int inicio, int fin, int... coincidencias) {
    Passage p = new Passage();
    p.setStartOffset(inicio);
    p.setEndOffset(fin);
    for (int i = 0; i < coincidencias.length; i += 2) {
      p.addMatch(coincidencias[i], coincidencias[i + 1], new BytesRef("t"), 1);
    }
    return p;
  }

  @Test
  void marcaYEscapa() {
    String c = "a <b> & c";
    FormateadorFragmento.Fragmento f = F.format(new Passage[] {pasaje(0, c.length(), 3, 4)}, c);
    assertEquals("a &lt;<mark>b</mark>&gt; &amp; c", f.html());
    assertEquals(1, f.pagina());
  }

  @Test
  void puntosDondeSeCorto() {
    String c = "uno dos tres cuatro";
    FormateadorFragmento.Fragmento f = F.format(new Passage[] {pasaje(4, 12, 4, 7)}, c);
    assertEquals("… <mark>dos</mark> tres …", f.html());
  }

  @Test
  void coincidenciasQueSeTocanSonUnaMarca() {
    String c = "plan de contingencia";
    FormateadorFragmento.Fragmento f =
        F.format(new Passage[] {pasaje(0, c.length(), 0, 7, 5, 20)}, c);
    assertEquals("<mark>plan de contingencia</mark>", f.html());
  }

  @Test
  void espaciosYSaltosDePaginaComoUnEspacio() {
    String c = "uno\f\n  dos\tx";
    FormateadorFragmento.Fragmento f = F.format(new Passage[] {pasaje(0, c.length(), 7, 10)}, c);
    assertEquals("uno <mark>dos</mark> x", f.html());
    assertEquals(2, f.pagina());
  }

  @Test
  void sinCoincidenciasNoHayPagina() {
    String c = "texto";
    FormateadorFragmento.Fragmento f = F.format(new Passage[] {pasaje(0, 5)}, c);
    assertEquals("texto", f.html());
    assertNull(f.pagina());
    assertNull(F.format(new Passage[0], c));
  }

  @Test
  void paginaCuentaLosSaltosAntes() {
    assertEquals(1, FormateadorFragmento.pagina("abc", 2));
    assertEquals(3, FormateadorFragmento.pagina("a\fb\fc", 4));
    assertEquals(2, FormateadorFragmento.pagina("a\fb\fc", 3));
  }

  @Test
  void laPaginaEsLaQueTieneMasPalabrasCoincidentesDelPasaje() {
    // "…marca\frespaldos de servidores marca": one word on page 1, three on page 2
    String texto = "fin de la uno marca\frespaldos de servidores marca";
    assertEquals(
        2,
        FormateadorFragmento.paginaPrincipal(
            texto, new int[] {14, 20, 33, 44}, new int[] {19, 29, 43, 49}, 4));
    assertEquals(
        1, FormateadorFragmento.paginaPrincipal(texto, new int[] {14, 20}, new int[] {19, 29}, 2));
    // a phrase on page 3 outweighs single words on pages 1 and 2
    String frase = "uno marca\fdos marca\fplan de contingencia";
    assertEquals(
        3,
        FormateadorFragmento.paginaPrincipal(
            frase, new int[] {4, 14, 20}, new int[] {9, 19, 40}, 3));
  }
}
