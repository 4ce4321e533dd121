package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link SearchIndex} does, the same cases for each implementation: {@link
 * LuceneSearchIndexTest} and {@link OpenSearchSearchIndexTest}.
 */
abstract class ContratoSearchIndexTest {

  /** A person of the OTI: public entries and those of their unit. */
  static final Lector ANALISTA_OTI = new Lector("analista.oti", Set.of("*", "U:OTI"));

  static final Lector AUDITOR = Lector.sinRestriccion("auditor");

  SearchIndex indice;

  /**
   * Opens the implementation's index for this test: empty the first time in a test, the same index
   * (what was indexed and committed) when opened again after {@link SearchIndex#close()}.
   */
  abstract SearchIndex abrirIndice();

  /** Called after the test, with the index closed. */
  void limpiar() throws IOException {}

  @BeforeEach
  void abrir() {
    indice = abrirIndice();
  }

  @AfterEach
  void cerrar() throws IOException {
    indice.close();
    limpiar();
  }

  private void indexar(UnaEntrada... entradas) {
    indice.indexar(Arrays.stream(entradas).map(UnaEntrada::crear).toList());
    indice.confirmar();
  }

  private Resultado buscar(String texto) {
    return indice.buscar(Consulta.simple(texto, ANALISTA_OTI));
  }

  private Resultado buscar(String texto, Map<String, Set<String>> filtros) {
    return indice.buscar(
        new Consulta(texto, filtros, null, null, Consulta.Orden.RELEVANCIA, 0, 20, ANALISTA_OTI));
  }

  private static List<String> ids(Resultado r) {
    return r.hallazgos().stream().map(Resultado.Hallazgo::id).toList();
  }

  private static Set<String> idsSinOrden(Resultado r) {
    return new HashSet<>(ids(r));
  }

  private static Map<String, Long> faceta(Resultado r, String nombre) {
    return r.facetas().get(nombre).stream()
        .collect(Collectors.toMap(Resultado.Faceta::valor, Resultado.Faceta::cuenta));
  }

  // --- analysis --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"restauracion", "Restauración", "RESTAURACION", "restauración"})
  void acentosYMayusculasNoImportan(String consulta) {
    indexar(
        UnaEntrada.con("A").titulo("Plan de Restauración de servicios").texto("texto"),
        UnaEntrada.con("B").titulo("Otro").texto("nada que ver"));
    assertEquals(List.of("A"), ids(buscar(consulta)));
  }

  @Test
  void informacionEncuentraInformacionEnMayusculasConTilde() {
    indexar(UnaEntrada.con("A").texto("SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA"));
    assertEquals(List.of("A"), ids(buscar("informacion publica")));
  }

  @Test
  void lasFormasDeUnaPalabraSeEncuentran() {
    indexar(
        UnaEntrada.con("A").texto("Se realizó el respaldo del servidor de correo."),
        UnaEntrada.con("B").texto("Mantenimiento de impresoras."));
    assertEquals(List.of("A"), ids(buscar("respaldos")));
    assertEquals(List.of("A"), ids(buscar("servidores")));
    assertEquals(List.of("A"), ids(buscar("respaldos servidores")));
  }

  @Test
  void lasPalabrasVaciasSeIgnoran() {
    indexar(
        UnaEntrada.con("A").texto("respaldo base datos"), UnaEntrada.con("B").texto("otra cosa"));
    // "el", "de", "la", "más"/"mas" are not required: nothing would match them otherwise.
    assertEquals(List.of("A"), ids(buscar("el respaldo de la base de datos")));
    assertEquals(List.of("A"), ids(buscar("más respaldo")));
    assertEquals(List.of("A"), ids(buscar("mas respaldo")));
  }

  @Test
  void soloPalabrasVaciasEsComoNoEscribirNada() {
    indexar(UnaEntrada.con("A").texto("uno"), UnaEntrada.con("B").texto("dos"));
    assertEquals(2, buscar("de la").total());
  }

  // --- phrases and words -------------------------------------------------------------------------

  @Test
  void unaFraseEntreComillasExigeLasPalabrasJuntas() {
    indexar(
        UnaEntrada.con("JUNTAS").texto("Se aprobó el plan de contingencia informática."),
        UnaEntrada.con("SUELTAS")
            .texto("El plan anual menciona la contingencia presupuestal del año."));
    assertEquals(Set.of("JUNTAS"), idsSinOrden(buscar("\"plan de contingencia\"")));
    assertEquals(Set.of("JUNTAS", "SUELTAS"), idsSinOrden(buscar("plan de contingencia")));
  }

  @Test
  void todasLasPalabrasDebenCoincidirEnAlgunCampo() {
    indexar(
        UnaEntrada.con("A").titulo("Respaldo").texto("del servidor").remitente("Juan Pérez"),
        UnaEntrada.con("B").titulo("Respaldo").texto("de la impresora"));
    assertEquals(List.of("A"), ids(buscar("respaldo servidor")));
    assertEquals(List.of("A"), ids(buscar("respaldo perez")));
    assertTrue(ids(buscar("respaldo servidor inexistente")).isEmpty());
  }

  @Test
  void elTituloPesaMasQueElTexto() {
    indexar(
        UnaEntrada.con("TEXTO")
            .titulo("Informe mensual")
            .texto("Incluye el inventario de equipos."),
        UnaEntrada.con("TITULO").titulo("Inventario de equipos").texto("Informe mensual."));
    assertEquals(List.of("TITULO", "TEXTO"), ids(buscar("inventario")));
  }

  // --- exact values ------------------------------------------------------------------------------

  @Test
  void unRucEncuentraAlRemitenteAunqueElTextoNoLoTenga() {
    indexar(
        UnaEntrada.con("RUC").identidad("20131368829").texto("Solicitud de concesión minera"),
        UnaEntrada.con("OTRO").identidad("20100047218").texto("Solicitud de concesión minera"));
    assertEquals(List.of("RUC"), ids(buscar("20131368829")));
    assertEquals(List.of("RUC"), ids(buscar("concesión 20131368829")));
  }

  @Test
  void unDniEncuentraAlRemitente() {
    indexar(
        UnaEntrada.con("DNI").identidad("45678912").texto("Queja"),
        UnaEntrada.con("OTRO").identidad("11111111").texto("Queja"));
    assertEquals(List.of("DNI"), ids(buscar("45678912")));
  }

  @Test
  void unNumeroDeExpedienteEncuentraSusEntradasEnCualquierCaja() {
    indexar(
        UnaEntrada.con("EXP:EXP-2026-000123").expediente("EXP-2026-000123").titulo("Solicitud"),
        UnaEntrada.con("ARC:1").expediente("EXP-2026-000123").titulo("anexo.pdf"),
        UnaEntrada.con("ARC:2").expediente("EXP-2026-000124").titulo("anexo.pdf"));
    assertEquals(Set.of("EXP:EXP-2026-000123", "ARC:1"), idsSinOrden(buscar("EXP-2026-000123")));
    assertEquals(Set.of("EXP:EXP-2026-000123", "ARC:1"), idsSinOrden(buscar("exp-2026-000123")));
    assertEquals(Set.of("ARC:1"), idsSinOrden(buscar("(exp-2026-000123) anexo")));
  }

  @Test
  void elExpedienteExactoVaPrimeroQueUnaMencionEnElTexto() {
    indexar(
        UnaEntrada.con("MENCION")
            .expediente("EXP-2026-000500")
            .texto("En atención al EXP-2026-000123, se informa."),
        UnaEntrada.con("PROPIO").expediente("EXP-2026-000123").texto("Solicitud"));
    assertEquals(List.of("PROPIO", "MENCION"), ids(buscar("EXP-2026-000123")));
  }

  @Test
  void elNumeroDeDocumentoSeEncuentraExactoONormalizadoOEnParte() {
    indexar(
        UnaEntrada.con("OFICIO").numero("OFICIO N° 0012-2026-MINEM/OTI").titulo("Respuesta"),
        UnaEntrada.con("OTRO").numero("OFICIO N° 0013-2026-MINEM/OTI").titulo("Respuesta"));
    assertEquals(List.of("OFICIO"), ids(buscar("OFICIO N° 0012-2026-MINEM/OTI")));
    assertEquals(List.of("OFICIO"), ids(buscar("oficio  nº 0012-2026-minem/oti")));
    assertEquals(List.of("OFICIO"), ids(buscar("\"OFICIO N° 0012-2026-MINEM/OTI\"")));
    assertEquals(List.of("OFICIO"), ids(buscar("0012-2026-MINEM/OTI")));
    assertEquals(Set.of("OFICIO", "OTRO"), idsSinOrden(buscar("MINEM/OTI")));
  }

  // --- bad syntax --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"respaldo",
        "respaldo\"",
        "\"\"",
        "\"",
        "*",
        "respal*",
        ":",
        "titulo:respaldo",
        "(respaldo",
        "respaldo)",
        "AND OR NOT",
        "+respaldo -servidor",
        "respaldo~2",
        "[a TO z]",
        "\\",
        "{}",
        "/regex/",
        "!",
        "&&",
        "\u0000"
      })
  void laSintaxisRaraNoFalla(String consulta) {
    indexar(UnaEntrada.con("A").texto("respaldo del servidor"));
    Resultado r = assertDoesNotThrow(() -> buscar(consulta));
    assertTrue(r.total() <= 1);
  }

  @Test
  void lasPalabrasConPuntuacionSeBuscanComoPalabras() {
    indexar(UnaEntrada.con("A").texto("respaldo del servidor"));
    assertEquals(List.of("A"), ids(buscar("respaldo: servidor")));
    assertTrue(
        ids(buscar("titulo:respaldo")).isEmpty(), "no fields: the words titulo and respaldo");
    assertEquals(List.of("A"), ids(buscar("\"respaldo servidor")));
    assertEquals(List.of("A"), ids(buscar("+respaldo (servidor)")));
  }

  @Test
  void unTextoMuyLargoNoFalla() {
    indexar(UnaEntrada.con("A").texto("respaldo del servidor"));
    String largo = "respaldo servidor ".repeat(2000);
    assertEquals(List.of("A"), ids(buscar(largo)));
  }

  // --- upsert and deletion -----------------------------------------------------------------------

  @Test
  void indexarElMismoIdReemplaza() {
    indexar(UnaEntrada.con("A").titulo("primera versión"));
    indexar(UnaEntrada.con("A").titulo("segunda versión"));
    assertEquals(1, indice.contar());
    assertTrue(ids(buscar("primera")).isEmpty());
    assertEquals(List.of("A"), ids(buscar("segunda")));
  }

  @Test
  void elMismoIdDosVecesEnUnLoteDejaElUltimo() {
    indexar(UnaEntrada.con("A").titulo("primera"), UnaEntrada.con("A").titulo("segunda"));
    assertEquals(1, indice.contar());
    assertEquals("segunda", buscar("segunda").hallazgos().get(0).titulo());
  }

  @Test
  void eliminarPorIdYPorExpediente() {
    indexar(
        UnaEntrada.con("EXP:1").expediente("EXP-2026-000001"),
        UnaEntrada.con("ARC:1").expediente("EXP-2026-000001"),
        UnaEntrada.con("EXP:2").expediente("EXP-2026-000002"),
        UnaEntrada.con("ARC:2").expediente("EXP-2026-000002"));
    indice.eliminarExpediente("EXP-2026-000001");
    indice.eliminar(List.of("ARC:2", "NO-EXISTE"));
    assertEquals(4, indice.contar(), "not visible before confirmar");
    indice.confirmar();
    assertEquals(1, indice.contar());
    assertEquals(List.of("EXP:2"), ids(buscar("")));
  }

  @Test
  void vaciarBorraTodo() {
    indexar(UnaEntrada.con("A"), UnaEntrada.con("B"));
    indice.vaciar();
    indice.confirmar();
    assertEquals(0, indice.contar());
    assertEquals(0, buscar("").total());
    assertEquals(Map.of(), indice.contarPorClase());
  }

  @Test
  void contarSoloLoConfirmado() {
    assertEquals(0, indice.contar());
    indice.indexar(List.of(UnaEntrada.con("A").crear()));
    assertEquals(0, indice.contar());
    assertEquals(0, buscar("").total());
    indice.confirmar();
    assertEquals(1, indice.contar());
  }

  @Test
  void contarPorClaseEsExactoConBorrados() {
    indexar(
        UnaEntrada.con("EXP:1").clase("EXPEDIENTE"),
        UnaEntrada.con("ARC:1").clase("ARCHIVO"),
        UnaEntrada.con("ARC:2").clase("ARCHIVO"),
        UnaEntrada.con("VER:1").clase("DOCUMENTO"));
    indice.eliminar(List.of("ARC:1"));
    indice.confirmar();
    assertEquals(Map.of("EXPEDIENTE", 1L, "ARCHIVO", 1L, "DOCUMENTO", 1L), indice.contarPorClase());
    indice.eliminar(List.of("VER:1"));
    indice.confirmar();
    assertEquals(Map.of("EXPEDIENTE", 1L, "ARCHIVO", 1L), indice.contarPorClase());
  }

  @Test
  void elIndiceSobreviveAlCierre() throws IOException {
    indexar(UnaEntrada.con("A").texto("respaldo"));
    indice.indexar(List.of(UnaEntrada.con("B").texto("respaldo").crear())); // close commits it
    indice.close();
    indice = abrirIndice();
    assertEquals(2, indice.contar());
    assertEquals(Set.of("A", "B"), idsSinOrden(buscar("respaldo")));
  }

  @Test
  void cerradoNoSeUsa() throws IOException {
    indice.close();
    indice.close(); // idempotent
    assertThrows(IllegalStateException.class, () -> buscar("x"));
  }

  // --- what a hit carries ------------------------------------------------------------------------

  @Test
  void unHallazgoTraeLoQueElPortalMuestra() {
    indexar(
        UnaEntrada.con("VER:2100")
            .clase("DOCUMENTO")
            .expediente("EXP-2026-000123")
            .numero("INFORME N° 0001-2026-MINEM/OTI")
            .titulo("Informe de respaldo")
            .texto("El respaldo se hizo.")
            .fecha(LocalDate.of(2026, 3, 2))
            .unidad("OTI")
            .tipo("INFORME")
            .estado("FIRMADO")
            .firmado(true)
            .nivel(Nivel.RESERVADO)
            .lectores("U:OTI")
            .referencia(2100L)
            .nombreArchivo("informe.pdf"));
    Resultado.Hallazgo h = buscar("respaldo").hallazgos().get(0);
    assertEquals("VER:2100", h.id());
    assertEquals("DOCUMENTO", h.clase());
    assertEquals("EXP-2026-000123", h.expediente());
    assertEquals("INFORME N° 0001-2026-MINEM/OTI", h.numeroDocumento());
    assertEquals("Informe de respaldo", h.titulo());
    assertEquals(LocalDate.of(2026, 3, 2), h.fecha());
    assertEquals("OTI", h.unidad());
    assertEquals("INFORME", h.tipoDocumento());
    assertEquals("FIRMADO", h.estado());
    assertTrue(h.firmado());
    assertEquals(Nivel.RESERVADO, h.nivel());
    assertEquals(2100L, h.referencia());
    assertEquals("informe.pdf", h.nombreArchivo());
    assertTrue(h.puntaje() > 0);
    assertEquals(1, h.pagina());
  }

  @Test
  void losCamposOpcionalesPuedenFaltar() {
    indexar(UnaEntrada.con("A").procedimiento(null).origen(null).tipo(null).titulo(null));
    Resultado r = buscar("");
    Resultado.Hallazgo h = r.hallazgos().get(0);
    assertNull(h.numeroDocumento());
    assertNull(h.referencia());
    assertNull(h.nombreArchivo());
    assertNull(h.tipoDocumento());
    assertEquals("", h.titulo());
    assertEquals("", h.fragmento());
    assertTrue(r.facetas().get(Facetas.PROCEDIMIENTO).isEmpty());
  }

  // --- snippets ----------------------------------------------------------------------------------

  @Test
  void elFragmentoMarcaLasPalabrasYEscapaElHtml() {
    indexar(
        UnaEntrada.con("A")
            .texto(
                "Se detectó <script>alert('x')</script> & un intento en el servidor de correo."));
    String f = buscar("servidores").hallazgos().get(0).fragmento();
    assertTrue(f.contains("<mark>servidor</mark>"), f);
    assertFalse(f.contains("<script>"), f);
    assertTrue(f.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; un"), f);
    assertEquals(f.length(), f.replace("<b>", "").length());
  }

  @Test
  void elFragmentoMarcaLaFraseEntera() {
    indexar(UnaEntrada.con("A").texto("Se aprobó el plan de contingencia informática."));
    String f = buscar("\"plan de contingencia\"").hallazgos().get(0).fragmento();
    assertTrue(f.contains("<mark>plan de contingencia</mark>"), f);
  }

  @Test
  void elFragmentoEsCortoYRodeaLaCoincidencia() {
    String relleno = "palabra ".repeat(500);
    indexar(UnaEntrada.con("A").texto(relleno + "el respaldo anual " + relleno));
    String f = buscar("respaldo").hallazgos().get(0).fragmento();
    assertTrue(f.contains("<mark>respaldo</mark>"), f);
    assertTrue(f.length() < 400, f);
    assertTrue(f.startsWith("…") && f.endsWith("…"), f);
  }

  @Test
  void laPaginaEsLaDeLaCoincidencia() {
    indexar(
        UnaEntrada.con("A")
            .texto(
                "Página uno, sin nada.\fPágina dos, tampoco.\fPágina tres: el respaldo.\fcuatro"));
    Resultado.Hallazgo h = buscar("respaldo").hallazgos().get(0);
    assertEquals(3, h.pagina());
    assertTrue(h.fragmento().contains("<mark>respaldo</mark>"), h.fragmento());
    assertFalse(h.fragmento().contains("\f"));
  }

  @Test
  void sinCoincidenciaEnElTextoElFragmentoEsSuInicioSinPagina() {
    indexar(UnaEntrada.con("A").titulo("Respaldo").texto("Primera línea del documento."));
    Resultado.Hallazgo h = buscar("respaldo").hallazgos().get(0);
    assertEquals("Primera línea del documento.", h.fragmento());
    assertNull(h.pagina());
  }

  @Test
  void sinTextoElFragmentoEsElTituloMarcado() {
    indexar(UnaEntrada.con("EXP:1").clase("EXPEDIENTE").titulo("Solicitud de <respaldo>"));
    Resultado.Hallazgo h = buscar("respaldo").hallazgos().get(0);
    assertEquals("Solicitud de &lt;<mark>respaldo</mark>&gt;", h.fragmento());
    assertNull(h.pagina());
  }

  @Test
  void laConsultaEnBlancoMuestraElInicioDelTexto() {
    indexar(UnaEntrada.con("A").texto("Inicio del documento."));
    assertEquals("Inicio del documento.", buscar("").hallazgos().get(0).fragmento());
  }

  // --- facets, filters, dates, order, pages ------------------------------------------------------

  private void indexarParaFacetas() {
    indexar(
        UnaEntrada.con("1")
            .texto("respaldo")
            .unidad("OTI")
            .tipo("INFORME")
            .firmado(true)
            .fecha(LocalDate.of(2025, 5, 1)),
        UnaEntrada.con("2")
            .texto("respaldo")
            .unidad("OTI")
            .tipo("OFICIO")
            .fecha(LocalDate.of(2026, 1, 1)),
        UnaEntrada.con("3")
            .texto("respaldo")
            .unidad("OGA")
            .tipo("INFORME")
            .fecha(LocalDate.of(2026, 2, 1)),
        UnaEntrada.con("4")
            .texto("respaldo")
            .unidad("DGM")
            .tipo("MEMORANDO")
            .fecha(LocalDate.of(2026, 3, 1)),
        UnaEntrada.con("5")
            .texto("otra cosa")
            .unidad("OTI")
            .tipo("INFORME")
            .fecha(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void lasFacetasCuentanTodasLasCoincidencias() {
    indexarParaFacetas();
    Resultado r = buscar("respaldo");
    assertEquals(4, r.total());
    assertEquals(Map.of("OTI", 2L, "OGA", 1L, "DGM", 1L), faceta(r, Facetas.UNIDAD));
    assertEquals(Map.of("INFORME", 2L, "OFICIO", 1L, "MEMORANDO", 1L), faceta(r, Facetas.TIPO));
    assertEquals(Map.of("2025", 1L, "2026", 3L), faceta(r, Facetas.ANIO));
    assertEquals(Map.of("si", 1L, "no", 3L), faceta(r, Facetas.FIRMADO));
    assertEquals(Map.of("ARCHIVO", 4L), faceta(r, Facetas.CLASE));
    assertEquals(Facetas.TODAS, List.copyOf(r.facetas().keySet()));
    // most frequent first
    assertEquals("OTI", r.facetas().get(Facetas.UNIDAD).get(0).valor());
  }

  @Test
  void filtrosOrDentroDeUnaFacetaYAndEntreFacetas() {
    indexarParaFacetas();
    assertEquals(
        Set.of("1", "2"), idsSinOrden(buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("OTI")))));
    assertEquals(
        Set.of("1", "2", "3"),
        idsSinOrden(buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("OTI", "OGA")))));
    Resultado r =
        buscar(
            "respaldo",
            Map.of(Facetas.UNIDAD, Set.of("OTI", "OGA"), Facetas.TIPO, Set.of("INFORME")));
    assertEquals(Set.of("1", "3"), idsSinOrden(r));
    assertEquals(2, r.total());
  }

  @Test
  void unaFacetaFiltradaCuentaSinSuPropioFiltro() {
    indexarParaFacetas();
    Resultado r = buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("OTI")));
    assertEquals(2, r.total());
    // drill sideways: the unit facet still offers the other units (with the other filters)
    assertEquals(Map.of("OTI", 2L, "OGA", 1L, "DGM", 1L), faceta(r, Facetas.UNIDAD));
    // the other facets count the filtered hits
    assertEquals(Map.of("INFORME", 1L, "OFICIO", 1L), faceta(r, Facetas.TIPO));

    Resultado dos =
        buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("OTI"), Facetas.TIPO, Set.of("INFORME")));
    assertEquals(1, dos.total());
    assertEquals(Map.of("OTI", 1L, "OGA", 1L), faceta(dos, Facetas.UNIDAD));
    assertEquals(Map.of("INFORME", 1L, "OFICIO", 1L), faceta(dos, Facetas.TIPO));
    assertEquals(Map.of("2025", 1L), faceta(dos, Facetas.ANIO));
  }

  @Test
  void filtrosDesconocidosOVaciosSeIgnoran() {
    indexarParaFacetas();
    assertEquals(4, buscar("respaldo", Map.of("color", Set.of("rojo"))).total());
    assertEquals(4, buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of())).total());
    assertEquals(0, buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("NADA"))).total());
  }

  @Test
  void rangoDeFechasInclusivo() {
    indexarParaFacetas();
    Resultado r =
        indice.buscar(
            new Consulta(
                "respaldo",
                Map.of(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1),
                Consulta.Orden.RELEVANCIA,
                0,
                20,
                ANALISTA_OTI));
    assertEquals(Set.of("2", "3"), idsSinOrden(r));
    assertEquals(Map.of("2026", 2L), faceta(r, Facetas.ANIO));
    Resultado desde =
        indice.buscar(
            new Consulta("", Map.of(), LocalDate.of(2026, 3, 1), null, null, 0, 20, ANALISTA_OTI));
    assertEquals(Set.of("4", "5"), idsSinOrden(desde));
  }

  @Test
  void ordenPorFecha() {
    indexarParaFacetas();
    assertEquals(List.of("5", "4", "3", "2", "1"), ids(buscar("")), "blank: most recent first");
    assertEquals(
        List.of("1", "2", "3", "4"),
        ids(
            indice.buscar(
                new Consulta(
                    "respaldo",
                    null,
                    null,
                    null,
                    Consulta.Orden.FECHA_ANTIGUA,
                    0,
                    20,
                    ANALISTA_OTI))));
    assertEquals(
        List.of("4", "3", "2", "1"),
        ids(
            indice.buscar(
                new Consulta(
                    "respaldo",
                    null,
                    null,
                    null,
                    Consulta.Orden.FECHA_RECIENTE,
                    0,
                    20,
                    ANALISTA_OTI))));
  }

  @Test
  void paginas() {
    List<EntradaIndice> entradas = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      entradas.add(
          UnaEntrada.con("E" + i)
              .texto("respaldo número " + i)
              .fecha(LocalDate.of(2026, 1, 1).plusDays(i))
              .crear());
    }
    indice.indexar(entradas);
    indice.confirmar();
    List<String> vistos = new ArrayList<>();
    for (int inicio = 0; inicio < 30; inicio += 10) {
      Resultado r =
          indice.buscar(new Consulta("respaldo", null, null, null, null, inicio, 10, ANALISTA_OTI));
      assertEquals(25, r.total());
      vistos.addAll(ids(r));
    }
    assertEquals(25, vistos.size());
    assertEquals(25, new HashSet<>(vistos).size());
    Resultado fuera =
        indice.buscar(new Consulta("respaldo", null, null, null, null, 100, 10, ANALISTA_OTI));
    assertEquals(25, fuera.total());
    assertTrue(fuera.hallazgos().isEmpty());
  }

  @Test
  void masAllaDeLaVentanaLaPaginaVieneVaciaConElTotal() {
    List<EntradaIndice> entradas = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      entradas.add(UnaEntrada.con("E" + i).texto("respaldo").crear());
    }
    indice.indexar(entradas);
    indice.confirmar();
    Resultado r =
        indice.buscar(
            new Consulta(
                "respaldo",
                null,
                null,
                null,
                null,
                LuceneSearchIndex.VENTANA_MAXIMA,
                10,
                ANALISTA_OTI));
    assertEquals(30, r.total());
    assertTrue(r.hallazgos().isEmpty());
  }

  @Test
  void unValorExactoEnormeNoHaceFallarElLote() {
    String enorme = "X".repeat(40_000);
    indexar(
        UnaEntrada.con("A").numero(enorme).unidad(enorme).texto("respaldo"),
        UnaEntrada.con("B").texto("respaldo"));
    assertEquals(2, indice.contar());
    assertEquals(List.of("A"), ids(buscar(enorme)));
    assertEquals(1, buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of(enorme))).total());
  }

  // --- permissions -------------------------------------------------------------------------------

  private void indexarConPermisos() {
    indexar(
        UnaEntrada.con("PUBLICO").texto("respaldo").unidad("OTI"),
        UnaEntrada.con("RESERVADO_OTI")
            .texto("respaldo")
            .unidad("OTI")
            .nivel(Nivel.RESERVADO)
            .lectores("U:OTI"),
        UnaEntrada.con("RESERVADO_DGM")
            .texto("respaldo")
            .unidad("DGM")
            .tipo("RESOLUCION")
            .nivel(Nivel.RESERVADO)
            .lectores("U:DGM"),
        UnaEntrada.con("CONFIDENCIAL_DGM")
            .texto("respaldo")
            .unidad("DGM")
            .tipo("RESOLUCION")
            .nivel(Nivel.CONFIDENCIAL)
            .lectores("P:analista.dgm", "D:DGM"));
  }

  @Test
  void loReservadoDeOtraUnidadNiSeEncuentraNiSeCuenta() {
    indexarConPermisos();
    Resultado r = buscar("respaldo");
    assertEquals(Set.of("PUBLICO", "RESERVADO_OTI"), idsSinOrden(r));
    assertEquals(2, r.total());
    assertEquals(Map.of("OTI", 2L), faceta(r, Facetas.UNIDAD));
    assertFalse(faceta(r, Facetas.TIPO).containsKey("RESOLUCION"));
    assertEquals(2, buscar("").total());
    // nor through a filter on its facet, nor by its id-like values
    assertEquals(0, buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("DGM"))).total());
    Resultado filtrado = buscar("respaldo", Map.of(Facetas.UNIDAD, Set.of("OTI")));
    assertEquals(Map.of("OTI", 2L), faceta(filtrado, Facetas.UNIDAD), "sideways counts too");
  }

  @Test
  void cadaLectorVeLoSuyo() {
    indexarConPermisos();
    Lector analistaDgm = new Lector("analista.dgm", Set.of("*", "U:DGM", "P:analista.dgm"));
    assertEquals(
        Set.of("PUBLICO", "RESERVADO_DGM", "CONFIDENCIAL_DGM"),
        idsSinOrden(indice.buscar(Consulta.simple("respaldo", analistaDgm))));
    Lector secretariaDgm = new Lector("secretaria.dgm", Set.of("*", "U:DGM"));
    assertEquals(
        Set.of("PUBLICO", "RESERVADO_DGM"),
        idsSinOrden(indice.buscar(Consulta.simple("respaldo", secretariaDgm))));
    Lector sinNada = new Lector("nadie", Set.of());
    Resultado nada = indice.buscar(Consulta.simple("respaldo", sinNada));
    assertEquals(0, nada.total());
    assertTrue(nada.facetas().get(Facetas.UNIDAD).isEmpty());
  }

  @Test
  void losPermisosSiguenAlIndiceEntreConfirmaciones() {
    Lector dgm = new Lector("secretaria.dgm", Set.of("U:DGM"));
    indexar(
        UnaEntrada.con("DGM1").texto("respaldo").lectores("U:DGM"),
        UnaEntrada.con("OTI1").texto("respaldo").lectores("U:OTI"));
    assertEquals(Set.of("DGM1"), idsSinOrden(indice.buscar(Consulta.simple("respaldo", dgm))));
    // a new segment, a deletion in the old one, and an entry that changes hands
    indexar(
        UnaEntrada.con("DGM2").texto("respaldo").lectores("U:DGM"),
        UnaEntrada.con("OTI1").texto("respaldo").lectores("U:OTI", "U:DGM"));
    indice.eliminar(List.of("DGM1"));
    indice.confirmar();
    Resultado r = indice.buscar(Consulta.simple("respaldo", dgm));
    assertEquals(Set.of("DGM2", "OTI1"), idsSinOrden(r));
    assertEquals(2, r.total());
    assertEquals(Map.of("OTI", 2L), faceta(r, Facetas.UNIDAD));
    assertEquals(2, indice.buscar(Consulta.simple("", dgm)).total());
    assertEquals(
        Set.of("OTI1"),
        idsSinOrden(indice.buscar(Consulta.simple("respaldo", new Lector("x", Set.of("U:OTI"))))));
  }

  @Test
  void muchasPersonasMasQueLasVistasGuardadas() {
    // more people than the sets of credenciales kept (Permisos.CREDENCIALES_EN_MEMORIA), each with
    // an entry only they may read, in two segments; asked twice, in an order that evicts them
    int personas = Permisos.CREDENCIALES_EN_MEMORIA + 36;
    List<UnaEntrada> primeras = new ArrayList<>();
    List<UnaEntrada> segundas = new ArrayList<>();
    primeras.add(UnaEntrada.con("PUBLICO").texto("respaldo").lectores("*"));
    for (int i = 0; i < personas; i++) {
      (i % 2 == 0 ? primeras : segundas)
          .add(UnaEntrada.con("SUYO" + i).texto("respaldo").lectores("P:persona" + i, "D:DGM"));
    }
    indexar(primeras.toArray(UnaEntrada[]::new));
    indexar(segundas.toArray(UnaEntrada[]::new));
    for (int vuelta = 0; vuelta < 2; vuelta++) {
      for (int i = 0; i < personas; i++) {
        Lector p = new Lector("persona" + i, Set.of("*", "U:DGM", "P:persona" + i));
        Resultado r = indice.buscar(Consulta.simple("respaldo", p));
        assertEquals(Set.of("PUBLICO", "SUYO" + i), idsSinOrden(r), "persona" + i);
        assertEquals(2, r.total());
      }
    }
    Lector director = new Lector("director.dgm", Set.of("*", "U:DGM", "D:DGM", "P:director.dgm"));
    assertEquals(personas + 1, indice.buscar(Consulta.simple("respaldo", director)).total());
  }

  @Test
  void sinRestriccionVeTodo() {
    indexarConPermisos();
    Resultado r = indice.buscar(Consulta.simple("respaldo", AUDITOR));
    assertEquals(4, r.total());
    assertEquals(Map.of("OTI", 2L, "DGM", 2L), faceta(r, Facetas.UNIDAD));
  }

  // --- concurrency -------------------------------------------------------------------------------

  @Test
  void indexarYBuscarALaVez() throws Exception {
    ExecutorService hilos = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tareas = new ArrayList<>();
      for (int h = 0; h < 2; h++) {
        int hilo = h;
        tareas.add(
            hilos.submit(
                () -> {
                  for (int lote = 0; lote < 20; lote++) {
                    List<EntradaIndice> entradas = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                      entradas.add(
                          UnaEntrada.con("H" + hilo + "-" + lote + "-" + i)
                              .texto("respaldo del servidor " + i)
                              .unidad(i % 2 == 0 ? "OTI" : "OGA")
                              .crear());
                    }
                    indice.indexar(entradas);
                    if (lote % 5 == 0) {
                      indice.confirmar();
                    }
                  }
                  return null;
                }));
      }
      for (int b = 0; b < 2; b++) {
        tareas.add(
            hilos.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    Resultado r = buscar(i % 2 == 0 ? "respaldo" : "");
                    assertTrue(r.total() >= r.hallazgos().size());
                    indice.contar();
                    indice.contarPorClase();
                  }
                  return null;
                }));
      }
      for (Future<?> t : tareas) {
        t.get(2, TimeUnit.MINUTES);
      }
    } finally {
      hilos.shutdownNow();
    }
    indice.confirmar();
    assertEquals(2000, indice.contar());
    Resultado r = buscar("servidores");
    assertEquals(2000, r.total());
    assertEquals(Map.of("OTI", 1000L, "OGA", 1000L), faceta(r, Facetas.UNIDAD));
  }
}
