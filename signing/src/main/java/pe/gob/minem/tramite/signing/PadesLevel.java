package pe.gob.minem.tramite.signing;

import java.util.Locale;

/** PAdES baseline levels of ETSI EN 319 142-1. */
public enum PadesLevel {
  /** Basic signature: signed attributes only. */
  B_B("B-B"),
  /** B-B plus a signature timestamp from a trusted timestamp authority. */
  B_T("B-T"),
  /** B-T plus the certificates and revocation data needed to validate it (DSS dictionary). */
  B_LT("B-LT"),
  /** B-LT plus a document timestamp that protects the validation data over time. */
  B_LTA("B-LTA");

  private final String label;

  PadesLevel(String label) {
    this.label = label;
  }

  /** The short name used in the CLI and in reports: {@code B-B}, {@code B-T}, ... */
  public String label() {
    return label;
  }

  public boolean needsTimestamp() {
    return this != B_B;
  }

  /** Parses {@code B-LT}, {@code b_lt}, {@code PAdES-BASELINE-LT} or {@code BASELINE_LT}. */
  public static PadesLevel parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT).replace('_', '-');
    t = t.replace("PADES-", "").replace("BASELINE-", "B-");
    for (PadesLevel level : values()) {
      if (level.label.equals(t)) {
        return level;
      }
    }
    throw new IllegalArgumentException("Nivel PAdES desconocido: " + text);
  }
}
