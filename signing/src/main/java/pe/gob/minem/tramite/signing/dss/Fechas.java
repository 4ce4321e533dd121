package pe.gob.minem.tramite.signing.dss;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates in the refusals' messages, as people read them in Peru: 26/11/2026 10:15 (hora de Lima).
 */
final class Fechas {

  private static final DateTimeFormatter FORMATO = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Fechas() {}

  static String texto(Instant instante, ZoneId zona) {
    return FORMATO.format(instante.atZone(zona));
  }
}
