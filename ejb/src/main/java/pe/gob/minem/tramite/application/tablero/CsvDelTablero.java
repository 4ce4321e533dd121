package pe.gob.minem.tramite.application.tablero;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;

/**
 * Each table of the dashboard as CSV (ADR 0035): UTF-8 with a byte-order mark (so a spreadsheet
 * reads the accents), a header row, semicolons between fields, CRLF line ends, fields quoted when
 * they hold a semicolon, a quote or a line end; numbers as in the JSON (durations in seconds beside
 * their words, decimals with a point).
 */
public final class CsvDelTablero {

  private CsvDelTablero() {}

  /** The tables, by the name their URL uses. */
  public static final List<String> TABLAS =
      List.of(
          "instancias-por-procedimiento",
          "pasos-por-actividad",
          "tiempo-por-actividad",
          "vencidos-por-unidad",
          "vencidos-por-persona",
          "expedientes-por-mes",
          "tickets-por-categoria",
          "encuestas");

  private static final Map<String, Function<Tablero, List<List<Object>>>> FILAS =
      Map.of(
          "instancias-por-procedimiento",
          t ->
              filas(
                  t.instanciasPorProcedimiento(),
                  List.of("Código", "Procedimiento", "Instancias abiertas"),
                  x -> List.of(nulo(x.codigo()), x.procedimiento(), x.abiertas())),
          "pasos-por-actividad",
          t ->
              filas(
                  t.pasosPorActividad(),
                  List.of("Código", "Procedimiento", "Actividad", "Nombre", "Pasos abiertos"),
                  x ->
                      List.of(
                          nulo(x.codigo()),
                          x.procedimiento(),
                          x.actividad(),
                          nulo(x.nombre()),
                          x.abiertos())),
          "tiempo-por-actividad",
          t ->
              filas(
                  t.tiempoPorActividad(),
                  List.of(
                      "Código",
                      "Procedimiento",
                      "Actividad",
                      "Nombre",
                      "Pasos terminados",
                      "Mediana (s)",
                      "Percentil 95 (s)",
                      "Mediana",
                      "Percentil 95"),
                  x ->
                      List.of(
                          nulo(x.codigo()),
                          x.procedimiento(),
                          x.actividad(),
                          nulo(x.nombre()),
                          x.terminados(),
                          x.p50Segundos(),
                          x.p95Segundos(),
                          x.p50(),
                          x.p95())),
          "vencidos-por-unidad",
          t ->
              filas(
                  t.vencidosPorUnidad(),
                  List.of("Unidad", "Nombre", "Pasos vencidos"),
                  x -> List.of(nulo(x.unidad()), x.nombre(), x.vencidos())),
          "vencidos-por-persona",
          t ->
              filas(
                  t.vencidosPorPersona(),
                  List.of("Usuario", "Persona", "Pasos vencidos"),
                  x -> List.of(nulo(x.usuario()), x.nombre(), x.vencidos())),
          "expedientes-por-mes",
          t ->
              filas(
                  t.expedientesPorMes(),
                  List.of("Mes", "Nombre del mes", "Expedientes registrados"),
                  x -> List.of(x.mes(), x.etiqueta(), x.registrados())),
          "tickets-por-categoria",
          t ->
              filas(
                  t.ticketsPorCategoria(),
                  List.of("Categoría", "Tickets"),
                  x -> List.of(x.categoria(), x.tickets())),
          "encuestas",
          t ->
              filas(
                  t.encuestas(),
                  List.of("Pregunta", "Respuestas", "Promedio", "Mediana", "En palabras"),
                  x ->
                      List.of(
                          x.pregunta(),
                          x.respuestas(),
                          nulo(x.promedio()),
                          nulo(x.mediana()),
                          x.enPalabras())));

  /**
   * One table of this dashboard; "not found" for a table that does not exist or that this viewer
   * does not have (the Mesa de Ayuda's, outside the OTI).
   */
  public static String csv(Tablero t, String tabla) {
    var f = tabla == null ? null : FILAS.get(tabla);
    List<List<Object>> filas = f == null ? null : f.apply(t);
    if (filas == null) {
      throw new NoEncontradoException(
          "No existe la tabla «"
              + tabla
              + "» en su tablero. Las tablas son: "
              + String.join(", ", TABLAS)
              + ".");
    }
    StringBuilder sb = new StringBuilder("\uFEFF");
    for (List<Object> fila : filas) {
      for (int i = 0; i < fila.size(); i++) {
        if (i > 0) {
          sb.append(';');
        }
        sb.append(campo(fila.get(i)));
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  private static <T> List<List<Object>> filas(
      List<T> datos, List<Object> cabecera, Function<T, List<Object>> fila) {
    if (datos == null) {
      return null;
    }
    List<List<Object>> l = new ArrayList<>();
    l.add(cabecera);
    datos.forEach(d -> l.add(fila.apply(d)));
    return l;
  }

  private static Object nulo(Object o) {
    return o == null ? "" : o;
  }

  static String campo(Object valor) {
    String s = String.valueOf(valor);
    if (Arrays.stream(new String[] {";", "\"", "\n", "\r"}).anyMatch(s::contains)) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
