package pe.gob.minem.tramite.application.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The CSV a spreadsheet opens safely, and the filter's Lima days. */
class ConsultaDeAuditoriaTest {

  @Test
  void unaCeldaQueUnaHojaDeCalculoTomariaPorFormulaEmpiezaConApostrofo() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ConsultaDeAuditoria.celda("=HYPERLINK(\"x\")"));
    assertEquals("\"José, «Oficio»\"", ConsultaDeAuditoria.celda("José, «Oficio»"));
    assertEquals("", ConsultaDeAuditoria.celda(null));
  }

  @Test
  void unaFilaTieneSusOchoColumnasConLaHoraDeLima() {
    var r =
        new RegistroVista(
            7L, 1007, Instant.parse("2026-12-01T15:00:00Z"), "admin", "INGRESO", null, null, "ab");
    assertEquals(
        "\"7\",\"1007\",\"2026-12-01 10:00:00.000\",\"admin\",\"INGRESO\",,,\"ab\"\r\n",
        ConsultaDeAuditoria.fila(r));
  }

  @Test
  void losDiasDelFiltroSonDiasDeLimaConAmbosExtremosIncluidos() {
    var f =
        ConsultaDeAuditoria.filtro(
            " ",
            "expediente_registrado",
            "EXP-2026-000001",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 1));
    assertEquals(null, f.usuario());
    assertEquals("EXPEDIENTE_REGISTRADO", f.evento());
    assertEquals(Instant.parse("2026-12-01T05:00:00Z"), f.desde());
    assertEquals(Instant.parse("2026-12-02T05:00:00Z"), f.hasta());
    assertThrows(
        DatosInvalidosException.class,
        () ->
            ConsultaDeAuditoria.filtro(
                null, null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
  }
}
