package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.archivo.ArchivoService;
import pe.gob.minem.tramite.archivo.Consulta;
import pe.gob.minem.tramite.archivo.Resultado;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** A saved search is a query string: written from the page's state and read back into it. */
class BuscarEnArchivoTest {

  static class ArchivoDePrueba extends ArchivoService {
    Busqueda pedida;
    RuntimeException falla;

    @Override
    public Resultado buscar(Busqueda b) {
      pedida = b;
      if (falla != null) {
        throw falla;
      }
      return new Resultado(
          7, List.of(), Map.of("unidad", List.of(new Resultado.Faceta("OGA", 7))), 2);
    }
  }

  private final ArchivoDePrueba archivo = new ArchivoDePrueba();
  private final BuscarEnArchivo pagina = new BuscarEnArchivo();

  {
    pagina.archivo = archivo;
  }

  private static ArchivoService.Guardada guardada(String consulta) {
    return new ArchivoService.Guardada(1, "mi búsqueda", consulta, Instant.EPOCH);
  }

  @Test
  void elTextoGuardadoLlevaTodoCodificado() {
    pagina.setTexto("concesión & \"minera\"");
    pagina.setOrden(Consulta.Orden.FECHA_ANTIGUA.name());
    pagina.setDesde(LocalDate.of(2024, 1, 1));
    pagina.getSeleccion().put("unidad", new String[] {"OGA", "DGM"});
    pagina.getSeleccion().put("firmado", List.of("si"));

    String texto = pagina.comoTexto();

    assertTrue(
        texto.startsWith("q=concesi%C3%B3n+%26+%22minera%22&orden=FECHA_ANTIGUA&desde=2024-01-01&"),
        texto);
    assertTrue(texto.contains("unidad=OGA&unidad=DGM"), texto);
    assertTrue(texto.contains("firmado=si"), texto);
    assertFalse(texto.contains("hasta="), "lo vacío no se guarda");
  }

  @Test
  void aplicarLeeLoGuardadoYBusca() {
    pagina.aplicar(
        guardada(
            "q=concesi%C3%B3n+%26+minera&orden=FECHA_RECIENTE&desde=2024-01-01&hasta=2024-06-30"
                + "&unidad=OGA&unidad=DGM&anio=2024&otra=x&sinvalor&=huerfano"));

    var b = archivo.pedida;
    assertEquals("concesión & minera", b.texto());
    assertEquals(Consulta.Orden.FECHA_RECIENTE, b.orden());
    assertEquals(LocalDate.of(2024, 1, 1), b.desde());
    assertEquals(LocalDate.of(2024, 6, 30), b.hasta());
    assertEquals(Map.of("unidad", Set.of("OGA", "DGM"), "anio", Set.of("2024")), b.filtros());
    assertEquals(List.of("OGA", "DGM"), List.copyOf(b.filtros().get("unidad")));
    assertTrue(pagina.isBuscado());
    assertEquals(7, pagina.getTotal());
  }

  @Test
  void loGuardadoYLoLeidoSonLaMismaBusqueda() {
    String original = "q=resoluci%C3%B3n+directoral&orden=RELEVANCIA&unidad=OGA&unidad=DGM";
    pagina.aplicar(guardada(original));
    assertEquals(original, pagina.comoTexto());
  }

  @Test
  void aplicarOlvidaLaBusquedaAnterior() {
    pagina.setTexto("anterior");
    pagina.setOrden(Consulta.Orden.FECHA_ANTIGUA.name());
    pagina.setHasta(LocalDate.of(2020, 1, 1));
    pagina.getSeleccion().put("estado", new String[] {"ARCHIVADO"});

    pagina.aplicar(guardada("anio=2025"));

    var b = archivo.pedida;
    assertNull(b.texto());
    assertEquals(Consulta.Orden.RELEVANCIA, b.orden());
    assertNull(b.hasta());
    assertEquals(Map.of("anio", Set.of("2025")), b.filtros());
  }

  @Test
  void unaBusquedaRechazadaLoDiceYNoMuestraResultadosViejos() {
    try (var faces = FacesDePrueba.instalar()) {
      pagina.aplicar(guardada("q=algo"));
      assertTrue(pagina.isBuscado());

      archivo.falla =
          new DatosInvalidosException("q", "La búsqueda no puede pasar de 500 caracteres.");
      pagina.buscar();

      assertFalse(pagina.isBuscado());
      assertEquals(0, pagina.getTotal());
      assertEquals(List.of(), pagina.getNombresDeFacetas());
      assertEquals(
          List.of("La búsqueda no puede pasar de 500 caracteres."),
          faces.mensajes.stream().map(m -> m.getSummary()).toList());
    }
  }
}
