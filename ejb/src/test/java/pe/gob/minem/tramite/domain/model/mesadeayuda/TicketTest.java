package pe.gob.minem.tramite.domain.model.mesadeayuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {

  private final Instant t0 = Instant.parse("2026-12-02T15:00:00Z");

  private Ticket ticket() {
    return new Ticket(
        "TCK-2026-000001",
        new Ticket.Solicitud(
            CanalDeTicket.TELEFONO,
            "No imprime",
            null,
            "Gabriela Núñez",
            "gnunez@minem.gob.pe",
            "usuario.area",
            "DGH",
            null,
            null),
        "EXP-2026-000010",
        "operador.mda",
        t0);
  }

  @Test
  void elNumeroEsDelAnioDeLimaConSeisCifras() {
    // 1 January 03:00 UTC is still 31 December in Lima
    assertEquals("TCK-2026-000042", Ticket.numero(Instant.parse("2027-01-01T03:00:00Z"), 42));
    assertEquals("TCK-2027-000001", Ticket.numero(Instant.parse("2027-01-01T06:00:00Z"), 1));
    assertTrue(Ticket.NUMERO.matcher("Re: [TCK-2026-000042] No imprime").find());
  }

  @Test
  void clasificarLoPoneEnAtencionYCerrarLoCierraUnaVez() {
    var t = ticket();
    assertEquals(EstadoDeTicket.REGISTRADO, t.getEstado());
    t.clasificar(
        CategoriaDeTicket.IMPRESION,
        ImpactoDeTicket.USUARIO,
        PrioridadDeTicket.MEDIA,
        "DGH",
        "ab-1234567");
    assertEquals(EstadoDeTicket.EN_ATENCION, t.getEstado());
    assertEquals("AB-1234567", t.getCodigoPatrimonial());
    t.cerrar(t0.plusSeconds(60));
    assertTrue(t.isCerrado());
    assertThrows(IllegalStateException.class, () -> t.cerrar(t0.plusSeconds(120)));
    assertThrows(
        IllegalStateException.class,
        () ->
            t.clasificar(
                CategoriaDeTicket.OTRO, ImpactoDeTicket.AREA, PrioridadDeTicket.ALTA, null, null));
  }

  @Test
  void laEncuestaSeRespondeUnaVezDentroDeSuPlazoYEnLaEscala() {
    var e = new EncuestaDeServicio(ticket(), "a".repeat(64), t0, t0.plusSeconds(3600));
    assertTrue(e.abierta(t0.plusSeconds(10)));
    assertFalse(e.abierta(t0.plusSeconds(3600)));
    assertThrows(
        IllegalArgumentException.class, () -> e.responder(new int[] {1, 2, 3, 6}, null, t0));
    assertThrows(IllegalArgumentException.class, () -> e.responder(new int[] {1, 2}, null, t0));
    e.responder(new int[] {5, 4, 5, 4}, "  Muy amables  ", t0.plusSeconds(5));
    assertArrayEquals(new Integer[] {5, 4, 5, 4}, e.respuestas());
    assertEquals("Muy amables", e.getComentario());
    assertFalse(e.abierta(t0.plusSeconds(6)));
    assertThrows(IllegalStateException.class, () -> e.responder(new int[] {1, 1, 1, 1}, null, t0));
  }

  @Test
  void elRecordatorioEsUnoYCambiaElEnlace() {
    var e = new EncuestaDeServicio(ticket(), "a".repeat(64), t0, t0.plusSeconds(3600));
    e.recordar(t0.plusSeconds(60), "b".repeat(64));
    assertEquals(t0.plusSeconds(60), e.getRecordatorio());
    assertThrows(IllegalStateException.class, () -> e.recordar(t0.plusSeconds(61), "c".repeat(64)));
  }

  @Test
  void lasEtiquetasSonPalabras() {
    assertEquals("Memorándum electrónico", CanalDeTicket.MEMORANDUM.etiqueta());
    assertEquals(CategoriaDeTicket.RED, CategoriaDeTicket.de(" red ").orElseThrow());
    assertTrue(PrioridadDeTicket.de("URGENTISIMA").isEmpty());
  }
}
