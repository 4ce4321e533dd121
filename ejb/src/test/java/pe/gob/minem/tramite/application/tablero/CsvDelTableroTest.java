package pe.gob.minem.tramite.application.tablero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;

/** Each table of the dashboard as CSV: BOM, header, semicolons, quoted fields. */
class CsvDelTableroTest {

  private static Tablero tablero(List<Tablero.TicketsPorCategoria> tickets) {
    return new Tablero(
        "todo",
        "02/12/2026 10:00",
        List.of(new Tablero.InstanciasPorProcedimiento("P/OGA-TI-01", "Derivación; atención", 3)),
        List.of(),
        List.of(
            new Tablero.TiempoPorActividad(
                "P/OGA-TI-01",
                "Derivación",
                1,
                "Recibir \"y\" registrar",
                2,
                60,
                8100,
                "1 min",
                "2 h 15 min")),
        List.of(),
        List.of(),
        List.of(),
        tickets,
        null);
  }

  @Test
  void cabeceraYFilasConPuntoYComa() {
    String csv = CsvDelTablero.csv(tablero(null), "tiempo-por-actividad");
    String[] lineas = csv.substring(1).split("\r\n");
    assertEquals('\uFEFF', csv.charAt(0));
    assertEquals(
        "Código;Procedimiento;Actividad;Nombre;Pasos terminados;Mediana (s);Percentil 95 (s);"
            + "Mediana;Percentil 95",
        lineas[0]);
    assertEquals(
        "P/OGA-TI-01;Derivación;1;\"Recibir \"\"y\"\" registrar\";2;60;8100;1 min;2 h 15 min",
        lineas[1]);
    assertEquals(
        "P/OGA-TI-01;\"Derivación; atención\";3",
        CsvDelTablero.csv(tablero(null), "instancias-por-procedimiento")
            .substring(1)
            .split("\r\n")[1]);
  }

  @Test
  void unaTablaQueElTableroNoTieneNoExiste() {
    assertThrows(
        NoEncontradoException.class,
        () -> CsvDelTablero.csv(tablero(null), "tickets-por-categoria"));
    assertThrows(NoEncontradoException.class, () -> CsvDelTablero.csv(tablero(null), "nada"));
    assertEquals(
        "\uFEFFCategoría;Tickets\r\nImpresión;4\r\n",
        CsvDelTablero.csv(
            tablero(List.of(new Tablero.TicketsPorCategoria("Impresión", 4))),
            "tickets-por-categoria"));
  }
}
