package pe.gob.minem.tramite.application.tablero;

import java.util.List;

/**
 * The figures of the dashboards (ADR 0035) that one viewer may see: running instances and waiting
 * steps, time per activity from the completed steps, overdue steps, expedientes per month and, for
 * the OTI, the Mesa de Ayuda's tickets and survey scores ({@code null} for those who do not see
 * them). Words for people beside the numbers: no enum constant, no process key.
 */
public record Tablero(
    String alcance,
    String calculado,
    List<InstanciasPorProcedimiento> instanciasPorProcedimiento,
    List<PasosPorActividad> pasosPorActividad,
    List<TiempoPorActividad> tiempoPorActividad,
    List<VencidosPorUnidad> vencidosPorUnidad,
    List<VencidosPorPersona> vencidosPorPersona,
    List<ExpedientesPorMes> expedientesPorMes,
    List<TicketsPorCategoria> ticketsPorCategoria,
    List<PuntajeDeEncuesta> encuestas) {

  /** Running instances of one procedure ({@code codigo} null: a process of the portal's own). */
  public record InstanciasPorProcedimiento(String codigo, String procedimiento, long abiertas) {}

  /** Steps waiting at one MAPRO activity (number 0: a step outside the MAPRO). */
  public record PasosPorActividad(
      String codigo, String procedimiento, int actividad, String nombre, long abiertos) {}

  /**
   * How long the steps of one activity completed in the last 12 months took, from their creation to
   * their completion: the median and the 95th percentile (nearest rank), in seconds and in words.
   */
  public record TiempoPorActividad(
      String codigo,
      String procedimiento,
      int actividad,
      String nombre,
      long terminados,
      long p50Segundos,
      long p95Segundos,
      String p50,
      String p95) {}

  public record VencidosPorUnidad(String unidad, String nombre, long vencidos) {}

  /** {@code usuario} null: steps nobody took yet, waiting in their cargo's bandeja. */
  public record VencidosPorPersona(String usuario, String nombre, long vencidos) {}

  /** {@code mes} as {@code 2026-12}, {@code etiqueta} as «diciembre de 2026» (America/Lima). */
  public record ExpedientesPorMes(String mes, String etiqueta, long registrados) {}

  public record TicketsPorCategoria(String categoria, long tickets) {}

  /** One question of the satisfaction survey over the answers of the last 12 months (1 to 5). */
  public record PuntajeDeEncuesta(
      String pregunta, long respuestas, Double promedio, Double mediana, String enPalabras) {}
}
