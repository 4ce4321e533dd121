package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.application.tablero.Tablero;
import pe.gob.minem.tramite.application.tablero.Tableros;

/**
 * The dashboards' page (ADR 0035): each figure as a chart (Chart.js through p:chart) beside the
 * table with its numbers and a link to its CSV. Whoever has no dashboard gets the refusal page
 * (403).
 */
@Named
@RequestScoped
public class TableroPagina {

  /** The portal's colours (portal.css): guinda and a dark blue, both above 4.5:1 on white. */
  private static final String GUINDA = "#8b1a1a";

  private static final String AZUL = "#0b5cad";

  @Inject Tableros tableros;
  @Inject PersonaActual personaActual;

  private Tablero tablero;

  /** Before rendering: anyone without a dashboard gets the Spanish refusal page. */
  public void exigirAcceso() throws IOException {
    if (!Tableros.puedeVer(personaActual.persona())) {
      String motivo;
      try {
        tableros.tablero(); // refuses, and audits the refusal
        return;
      } catch (pe.gob.minem.tramite.domain.model.AccesoDenegadoException e) {
        motivo = e.getMessage();
      }
      var fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(403, motivo);
      fc.responseComplete();
    }
  }

  public Tablero getTablero() {
    if (tablero == null) {
      tablero = tableros.tablero();
    }
    return tablero;
  }

  public String getGraficoInstancias() {
    return barras(
        getTablero().instanciasPorProcedimiento(),
        x -> x.codigo() == null ? x.procedimiento() : x.codigo(),
        "Instancias abiertas",
        x -> x.abiertas(),
        true);
  }

  public String getGraficoActividades() {
    return barras(
        getTablero().pasosPorActividad(),
        x -> (x.codigo() == null ? "" : x.codigo() + " · ") + "act. " + x.actividad(),
        "Pasos abiertos",
        x -> x.abiertos(),
        true);
  }

  public String getGraficoTiempos() {
    var l = getTablero().tiempoPorActividad();
    Function<Tablero.TiempoPorActividad, String> etiqueta =
        x -> (x.codigo() == null ? "" : x.codigo() + " · ") + "act. " + x.actividad();
    return grafico(
        "bar",
        etiquetas(l, etiqueta),
        Json.createArrayBuilder()
            .add(serie("Mediana (horas)", l, x -> x.p50Segundos() / 3600.0, AZUL))
            .add(serie("Percentil 95 (horas)", l, x -> x.p95Segundos() / 3600.0, GUINDA)),
        true);
  }

  public String getGraficoVencidos() {
    return barras(
        getTablero().vencidosPorUnidad(),
        x -> x.unidad() == null ? x.nombre() : x.unidad(),
        "Pasos vencidos",
        x -> x.vencidos(),
        true);
  }

  public String getGraficoMeses() {
    return barras(
        getTablero().expedientesPorMes(),
        Tablero.ExpedientesPorMes::etiqueta,
        "Expedientes registrados",
        x -> x.registrados(),
        false);
  }

  public String getGraficoTickets() {
    var l = getTablero().ticketsPorCategoria();
    return l == null
        ? null
        : barras(l, Tablero.TicketsPorCategoria::categoria, "Tickets", x -> x.tickets(), true);
  }

  public String getGraficoEncuestas() {
    var l = getTablero().encuestas();
    return l == null
        ? null
        : barras(
            l,
            x -> x.pregunta(),
            "Promedio (1 a 5)",
            x -> x.promedio() == null ? 0 : x.promedio(),
            true);
  }

  /** What the chart shows, for a screen reader: the table beside it has the numbers. */
  public String descripcion(String que) {
    return "Gráfico de barras: " + que + ". Los números están en la tabla siguiente.";
  }

  private static <T> String barras(
      List<T> datos,
      Function<T, String> etiqueta,
      String serie,
      ToDoubleFunction<T> valor,
      boolean horizontal) {
    return grafico(
        "bar",
        etiquetas(datos, etiqueta),
        Json.createArrayBuilder().add(serie(serie, datos, valor, GUINDA)),
        horizontal);
  }

  private static <T> JsonArrayBuilder etiquetas(List<T> datos, Function<T, String> etiqueta) {
    var a = Json.createArrayBuilder();
    datos.forEach(d -> a.add(String.valueOf(etiqueta.apply(d))));
    return a;
  }

  private static <T> jakarta.json.JsonObjectBuilder serie(
      String nombre, List<T> datos, ToDoubleFunction<T> valor, String color) {
    var v = Json.createArrayBuilder();
    datos.forEach(d -> v.add(Math.round(valor.applyAsDouble(d) * 100) / 100.0));
    return Json.createObjectBuilder()
        .add("label", nombre)
        .add("data", v)
        .add("backgroundColor", color);
  }

  private static String grafico(
      String tipo, JsonArrayBuilder etiquetas, JsonArrayBuilder series, boolean horizontal) {
    var opciones =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false);
    if (horizontal) {
      opciones.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", tipo)
        .add("data", Json.createObjectBuilder().add("labels", etiquetas).add("datasets", series))
        .add("options", opciones)
        .build()
        .toString();
  }

  public String getContexto() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }
}
