package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** The XHTML-to-text handler, fed SAX events by hand. */
class TextoPorPaginasTest {

  private int profundidad;
  private String tipo = "application/pdf";

  private TextoPorPaginas nuevo(int limite) throws SAXException {
    TextoPorPaginas t = new TextoPorPaginas(limite, () -> profundidad, () -> tipo);
    t.startDocument();
    abrir(t, "html", null);
    abrir(t, "head", null);
    abrir(t, "title", null);
    texto(t, "título, fuera del cuerpo");
    cerrar(t, "title");
    cerrar(t, "head");
    abrir(t, "body", null);
    return t;
  }

  private static void abrir(TextoPorPaginas t, String elemento, String clase) throws SAXException {
    AttributesImpl atts = new AttributesImpl();
    if (clase != null) {
      atts.addAttribute("", "class", "class", "CDATA", clase);
    }
    t.startElement("http://www.w3.org/1999/xhtml", elemento, elemento, atts);
  }

  private static void cerrar(TextoPorPaginas t, String elemento) throws SAXException {
    t.endElement("http://www.w3.org/1999/xhtml", elemento, elemento);
  }

  private static void texto(TextoPorPaginas t, String s) throws SAXException {
    t.characters(s.toCharArray(), 0, s.length());
  }

  private static void parrafo(TextoPorPaginas t, String s) throws SAXException {
    abrir(t, "p", null);
    texto(t, s);
    cerrar(t, "p");
    t.ignorableWhitespace(new char[] {'\n'}, 0, 1);
  }

  @Test
  void espaciosColapsados() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    texto(t, "  \t Resolución \t\u00a0 Directoral\u0000N°\u00ad 1  ");

    assertEquals("Resolución Directoral N° 1", t.texto());
  }

  @Test
  void saltosDeLineaConservadosHastaUnaLineaEnBlanco() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    texto(t, "uno\r\ndos\r\n\r\n\r\n\r\ntres\n\n\n\ncuatro\rcinco");

    assertEquals("uno\ndos\n\ntres\n\ncuatro\ncinco", t.texto());
  }

  @Test
  void parrafosEnLineasSinLineasEnBlanco() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    parrafo(t, "Primero.");
    parrafo(t, "Segundo.");
    abrir(t, "table", null);
    abrir(t, "tr", null);
    abrir(t, "td", null);
    texto(t, "celda");
    cerrar(t, "td");
    abrir(t, "td", null);
    texto(t, "otra");
    cerrar(t, "td");
    cerrar(t, "tr");
    cerrar(t, "table");

    assertEquals("Primero.\nSegundo.\ncelda otra", t.texto());
  }

  @Test
  void enHtmlLosSaltosDelFuenteSonEspacios() throws Exception {
    tipo = "text/html; charset=UTF-8";
    TextoPorPaginas t = nuevo(1000);
    parrafo(t, "La restauración\n   de\n\n respaldos.");
    parrafo(t, "Otro párrafo.");

    assertEquals("La restauración de respaldos.\nOtro párrafo.", t.texto());
  }

  @Test
  void paginasSeparadasPorSaltoDePagina() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    for (String p : new String[] {"Uno", "", "  ", "Cuatro"}) {
      abrir(t, "div", "page");
      parrafo(t, p);
      cerrar(t, "div");
    }
    cerrar(t, "body");
    cerrar(t, "html");
    t.endDocument();

    assertEquals("Uno\f\f\fCuatro", t.texto());
    assertEquals(4, t.paginas());
    assertTrue(t.finDelDocumento());
  }

  @Test
  void lasPaginasDeUnDocumentoIncrustadoNoCuentan() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    abrir(t, "div", "page");
    texto(t, "Carta");
    profundidad = 1;
    abrir(t, "div", "page");
    texto(t, "anexo pagina uno");
    cerrar(t, "div");
    abrir(t, "div", "page");
    texto(t, "anexo pagina dos");
    cerrar(t, "div");
    profundidad = 0;
    cerrar(t, "div");
    abrir(t, "div", "page");
    texto(t, "Segunda hoja de la carta");
    cerrar(t, "div");

    assertEquals(2, t.paginas());
    assertEquals("Carta\nanexo pagina uno\nanexo pagina dos\fSegunda hoja de la carta", t.texto());
  }

  @Test
  void textoAntesDeLaPrimeraPaginaEsDeLaPrimera() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    texto(t, "Encabezado");
    abrir(t, "div", "page");
    texto(t, "uno");
    cerrar(t, "div");
    abrir(t, "div", "page");
    texto(t, "dos");
    cerrar(t, "div");

    assertEquals("Encabezado\nuno\fdos", t.texto());
    assertEquals(2, t.paginas());
  }

  @Test
  void sinPaginasMarcadasEsUnaSola() throws Exception {
    TextoPorPaginas t = nuevo(1000);
    parrafo(t, "Oficio");

    assertEquals(0, t.paginas());
    assertEquals("Oficio", t.texto());
  }

  @Test
  void conOcrSoloSiElOcrDioTexto() throws Exception {
    TextoPorPaginas vacio = nuevo(1000);
    abrir(vacio, "div", "ocr");
    texto(vacio, " \n ");
    cerrar(vacio, "div");
    texto(vacio, "capa de texto");

    TextoPorPaginas leido = nuevo(1000);
    abrir(leido, "div", "ocr");
    texto(leido, "RESOLUCIÓN");
    cerrar(leido, "div");

    assertFalse(vacio.conOcr());
    assertTrue(leido.conOcr());
  }

  @Test
  void truncaEnElLimiteExacto() throws Exception {
    TextoPorPaginas t = nuevo(10);

    assertThrows(WriteLimitReachedException.class, () -> texto(t, "0123456789X"));

    assertEquals("0123456789", t.texto());
    assertTrue(t.truncado());
    // once cut, nothing more is taken
    assertThrows(WriteLimitReachedException.class, () -> texto(t, "y"));
    assertEquals("0123456789", t.texto());
  }

  @Test
  void noPartePares() throws Exception {
    TextoPorPaginas t = nuevo(5);
    // "abcd" + a character outside the BMP (two chars): it does not fit whole
    assertThrows(WriteLimitReachedException.class, () -> texto(t, "abcd\uD835\uDC00"));

    assertEquals("abcd", t.texto());
  }

  @Test
  void unaInundacionDeEspaciosSeCortaComoTexto() throws Exception {
    TextoPorPaginas t = nuevo(10);
    char[] espacios = new char[300]; // more than 20 times the limit
    java.util.Arrays.fill(espacios, ' ');

    texto(t, "hola");
    assertThrows(
        WriteLimitReachedException.class, () -> t.characters(espacios, 0, espacios.length));

    assertTrue(t.truncado());
    assertEquals("hola", t.texto());
  }
}
