package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.archivo.ArchivoService;
import pe.gob.minem.tramite.archivo.Consulta;
import pe.gob.minem.tramite.archivo.Nivel;
import pe.gob.minem.tramite.archivo.Resultado;
import pe.gob.minem.tramite.archivo.Resultado.Faceta;
import pe.gob.minem.tramite.archivo.Resultado.Hallazgo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** {@code GET /archivo}: query parameters into a search, and a page of results into JSON. */
class ArchivoResourceTest {

  /** Keeps what the resource asked for; answers with a fixed page. */
  static class ArchivoDePrueba extends ArchivoService {
    Busqueda pedida;
    Resultado respuesta = new Resultado(0, List.of(), Map.of(), 3);
    Map<String, String> etiquetas = Map.of();

    @Override
    public Resultado buscar(Busqueda b) {
      pedida = b;
      return respuesta;
    }

    @Override
    public Map<String, String> etiquetas() {
      return etiquetas;
    }

    @Override
    public Guardada guardarBusqueda(String nombre, String consulta) {
      return new Guardada(9, nombre, consulta, Instant.EPOCH);
    }
  }

  private final ArchivoDePrueba servicio = new ArchivoDePrueba();
  private final ArchivoResource recurso = new ArchivoResource();
  private final MultivaluedHashMap<String, String> consulta = new MultivaluedHashMap<>();

  {
    recurso.archivo = servicio;
  }

  private ArchivoService.Busqueda buscar(
      String q, String desde, String hasta, String orden, int inicio, int tamano) {
    recurso.buscar(q, desde, hasta, orden, inicio, tamano, UriDePrueba.con(consulta));
    return servicio.pedida;
  }

  private ArchivoService.Busqueda buscar() {
    return buscar(null, null, null, null, 0, 20);
  }

  private DatosInvalidosException rechazo(
      String desde, String hasta, String orden, int inicio, int tamano) {
    return assertThrows(
        DatosInvalidosException.class,
        () -> recurso.buscar("q", desde, hasta, orden, inicio, tamano, UriDePrueba.base()));
  }

  private static Hallazgo hallazgo(String clase, Long referencia, Integer pagina, Nivel nivel) {
    return new Hallazgo(
        "id-1",
        clase,
        "EXP-2025-000123",
        "OFICIO-12",
        "Título",
        "<mark>minería</mark>",
        pagina,
        1.5f,
        LocalDate.of(2025, 3, 4),
        "OGA",
        "OFICIO",
        "EN_TRAMITE",
        true,
        nivel,
        referencia,
        "oficio.pdf");
  }

  @Test
  void sinParametrosBuscaPorRelevanciaSinFiltros() {
    consulta.add("q", "minería"); // q arrives as its own parameter, never as a facet
    var b = buscar("minería", null, "  ", null, 0, 20);
    assertEquals("minería", b.texto());
    assertEquals(Map.of(), b.filtros());
    assertNull(b.desde());
    assertNull(b.hasta());
    assertEquals(Consulta.Orden.RELEVANCIA, b.orden());
    assertEquals(0, b.inicio());
    assertEquals(20, b.tamano());
  }

  @Test
  void lasFacetasRepetidasSeJuntanSinBlancosNiRepetidos() {
    consulta.add("unidad", " OGA ");
    consulta.add("unidad", "DGM");
    consulta.add("unidad", "OGA");
    consulta.add("unidad", "   ");
    consulta.add("anio", "2024");
    consulta.add("estado", "");
    consulta.add("desconocida", "x");
    consulta.add("tamano", "5");

    var f = buscar().filtros();

    assertEquals(List.of("anio", "unidad"), List.copyOf(f.keySet()), "orden de Facetas.TODAS");
    assertEquals(List.of("OGA", "DGM"), List.copyOf(f.get("unidad")));
    assertEquals(Set.of("2024"), f.get("anio"));
  }

  @Test
  void elTamanoDePaginaVaDe1A100() {
    assertEquals(1, buscar(null, null, null, null, 0, 1).tamano());
    assertEquals(100, buscar(null, null, null, null, 40, 100).tamano());
    for (int t : new int[] {0, -1, 101, Integer.MAX_VALUE}) {
      var e = rechazo(null, null, null, 0, t);
      assertEquals("tamano", e.getCampo());
      assertEquals("El tamaño de página va de 1 a 100.", e.getMessage());
    }
  }

  @Test
  void lasFechasSonIso() {
    var b = buscar(null, " 2024-01-31 ", "2024-12-31", null, 0, 20);
    assertEquals(LocalDate.of(2024, 1, 31), b.desde());
    assertEquals(LocalDate.of(2024, 12, 31), b.hasta());
  }

  @Test
  void unaFechaNoValidaNombraSuCampo() {
    var e = rechazo("31/01/2024", null, null, 0, 20);
    assertEquals("desde", e.getCampo());
    assertEquals("Fecha no válida: use AAAA-MM-DD.", e.getMessage());
    assertEquals("hasta", rechazo(null, "2024-02-30", null, 0, 20).getCampo());
  }

  @Test
  void elOrdenNoDistingueMayusculas() {
    assertEquals(
        Consulta.Orden.FECHA_RECIENTE, buscar(null, null, null, " fecha_reciente", 0, 20).orden());
    assertEquals(
        Consulta.Orden.FECHA_ANTIGUA, buscar(null, null, null, "FECHA_ANTIGUA", 0, 20).orden());
  }

  @Test
  void unOrdenDesconocidoDiceLosAdmitidos() {
    var e = rechazo(null, null, "antiguos", 0, 20);
    assertEquals("orden", e.getCampo());
    assertEquals("Orden no válido: RELEVANCIA, FECHA_RECIENTE o FECHA_ANTIGUA.", e.getMessage());
  }

  @Test
  void laRespuestaLlevaLaPaginaPedidaYLasEtiquetasDeLasFacetas() {
    servicio.respuesta =
        new Resultado(
            41,
            List.of(hallazgo("DOCUMENTO", 77L, 3, Nivel.RESERVADO)),
            Map.of("unidad", List.of(new Faceta("OGA", 30), new Faceta("DGM", 11))),
            12);
    servicio.etiquetas = Map.of("unidad:OGA", "OGA — Oficina General de Administración");

    var r = recurso.buscar("minería", null, null, null, 20, 10, UriDePrueba.base());

    assertEquals(41, r.total());
    assertEquals(20, r.inicio());
    assertEquals(10, r.tamano());
    assertEquals(12, r.milisegundos());
    var v = r.resultados().get(0);
    assertEquals("RESERVADO", v.nivel());
    assertEquals("/expediente.xhtml?numero=EXP-2025-000123&documento=77&pagina=3", v.enlace());
    assertEquals("<mark>minería</mark>", v.fragmento());
    assertEquals(
        List.of(
            new ArchivoResource.ValorDeFaceta("OGA", "OGA — Oficina General de Administración", 30),
            new ArchivoResource.ValorDeFaceta("DGM", "DGM", 11)),
        r.facetas().get("unidad"));
  }

  @Test
  void sinNivelElResultadoLoDejaVacio() {
    var r =
        ArchivoResource.respuesta(
            new Resultado(1, List.of(hallazgo("EXPEDIENTE", null, null, null)), Map.of(), 1),
            0,
            20,
            Map.of());
    assertNull(r.resultados().get(0).nivel());
  }

  @Test
  void elEnlaceAbreElArchivoOElDocumentoEnSuPagina() {
    assertEquals(
        "/expediente.xhtml?numero=EXP-2025-000123&archivo=5&pagina=2",
        ArchivoResource.enlace(hallazgo("ARCHIVO", 5L, 2, null)));
    assertEquals(
        "/expediente.xhtml?numero=EXP-2025-000123&documento=5",
        ArchivoResource.enlace(hallazgo("DOCUMENTO", 5L, null, null)));
    assertEquals(
        "/expediente.xhtml?numero=EXP-2025-000123",
        ArchivoResource.enlace(hallazgo("EXPEDIENTE", 5L, null, null)));
    assertEquals(
        "/expediente.xhtml?numero=EXP-2025-000123&pagina=4",
        ArchivoResource.enlace(hallazgo("ARCHIVO", null, 4, null)));
  }

  @Test
  void guardarSinCuerpoPideElNombre() {
    var e = assertThrows(DatosInvalidosException.class, () -> recurso.guardar(null));
    assertEquals("nombre", e.getCampo());
  }

  @Test
  void guardarResponde201ConLaBusquedaGuardada() {
    var b = new ArchivoResource.BusquedaNueva();
    b.nombre = "Oficios 2024";
    b.consulta = "q=oficio&anio=2024";
    var r = recurso.guardar(b);
    assertEquals(201, r.getStatus());
    var g = (ArchivoService.Guardada) r.getEntity();
    assertEquals("Oficios 2024", g.nombre());
    assertSame(b.consulta, g.consulta());
  }
}
