package pe.gob.minem.tramite.application.conciliacion;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a reconciliation run saw: who ran it (or {@code sistema} for the background run), when, how
 * much it looked at, each finding, and the quarantine folders it purged.
 */
public record InformeDeConciliacion(
    Instant inicio,
    Instant fin,
    String usuario,
    long archivosRevisados,
    long filasRevisadas,
    long procesosRevisados,
    List<Hallazgo> hallazgos,
    List<String> cuarentenaPurgada)
    implements Serializable {

  /** Findings per kind (only the kinds found). */
  public Map<TipoDeHallazgo, Long> porTipo() {
    Map<TipoDeHallazgo, Long> m = new EnumMap<>(TipoDeHallazgo.class);
    for (Hallazgo h : hallazgos) {
      m.merge(h.tipo(), 1L, Long::sum);
    }
    return m;
  }

  public boolean sinHallazgos() {
    return hallazgos.isEmpty();
  }

  /** One line for the log and the audit trail. */
  public String resumen() {
    return hallazgos.isEmpty()
        ? "sin hallazgos (" + archivosRevisados + " archivos, " + filasRevisadas + " filas)"
        : hallazgos.size() + " hallazgos " + porTipo();
  }
}
