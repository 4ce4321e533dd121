package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the portal opened by a person who may open it, so that axe-core and the look for
 * codes ({@link Accesibilidad}) see each one at least once, also those no journey of the other
 * browser tests passes through; the list is held to the pages in {@code web/src/main/webapp}: a new
 * page not added here fails this test.
 */
class PaginasNavegadorIT extends PruebaEnNavegador {

  /** Pages by who opens them; the expediente, task and new-document pages need one to show. */
  private static final Map<String, List<String>> PAGINAS =
      Map.of(
          "",
          List.of("/login.xhtml", "/verificar.xhtml", "/encuesta.xhtml", "/error.xhtml"),
          SECRETARIA_OGA,
          List.of(
              "/bandeja.xhtml",
              "/registrar.xhtml",
              "/expedientes.xhtml",
              "/archivo.xhtml",
              "/cuenta.xhtml"),
          ADMIN,
          List.of(
              "/admin/organizacion.xhtml",
              "/admin/archivo.xhtml",
              "/admin/auditoria.xhtml",
              "/admin/conciliacion.xhtml",
              "/admin/feriados.xhtml"),
          "operador.mda",
          List.of("/mesa-de-ayuda.xhtml", "/equipos.xhtml"),
          "analista.redes",
          List.of("/respaldos.xhtml"),
          DIRECTOR_OTI,
          List.of("/tablero.xhtml"),
          // a unit's document without an expediente yet (ADR 0038)
          "analista.dgm",
          List.of("/documento-nuevo.xhtml"));

  /** Reached only from an expediente or a task, which the journeys open. */
  private static final Set<String> CON_CONTEXTO = Set.of("/expediente.xhtml", "/tarea.xhtml");

  @Test
  void cadaPaginaPasaAxeYNoMuestraCodigos() throws IOException {
    Set<String> enLaLista = new TreeSet<>(CON_CONTEXTO);
    PAGINAS.values().forEach(enLaLista::addAll);
    Set<String> delPortal = paginasDelPortal();
    assertTrue(
        enLaLista.containsAll(delPortal),
        () -> "páginas sin revisar aquí: " + diferencia(delPortal, enLaLista));

    for (var quien :
        List.of(
            "",
            SECRETARIA_OGA,
            ADMIN,
            "operador.mda",
            "analista.redes",
            DIRECTOR_OTI,
            "analista.dgm")) {
      if (!quien.isEmpty()) {
        ingresar(quien);
      }
      for (String pagina : PAGINAS.get(quien)) {
        navegador.get(base() + pagina);
        espera.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        accesibilidad.revisar();
      }
      if (!quien.isEmpty()) {
        salir();
      }
    }
  }

  private static Set<String> paginasDelPortal() throws IOException {
    Path webapp = Path.of("..", "web", "src", "main", "webapp");
    try (Stream<Path> s = Files.walk(webapp)) {
      return s.filter(p -> p.toString().endsWith(".xhtml"))
          .filter(p -> !webapp.relativize(p).startsWith("WEB-INF"))
          .filter(p -> !webapp.relativize(p).startsWith("resources"))
          .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<String> diferencia(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
