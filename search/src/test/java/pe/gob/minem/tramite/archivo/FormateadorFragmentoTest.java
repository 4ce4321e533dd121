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
}
