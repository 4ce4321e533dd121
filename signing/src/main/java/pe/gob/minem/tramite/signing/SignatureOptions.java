package pe.gob.minem.tramite.signing;

/**
 * What to sign with: the level, the reason written in the signature and its stamp, and the stamp
 * itself ({@code null} for an invisible signature).
 */
public record SignatureOptions(PadesLevel level, String motivo, String lugar, Stamp stamp) {

  public static final String MOTIVO_VISTO_BUENO = "Doy V°B°";
  public static final String MOTIVO_CONFORMIDAD = "Firmo en señal de conformidad";

  public SignatureOptions {
    if (level == null) {
      throw new IllegalArgumentException("Falta el nivel PAdES");
    }
  }

  /** A V°B° with an automatically placed stamp. */
  public static SignatureOptions vistoBueno(PadesLevel level) {
    return new SignatureOptions(level, MOTIVO_VISTO_BUENO, null, Stamp.automatic());
  }

  /** The final signature ("Firmo en señal de conformidad") with an automatically placed stamp. */
  public static SignatureOptions conformidad(PadesLevel level) {
    return new SignatureOptions(level, MOTIVO_CONFORMIDAD, null, Stamp.automatic());
  }

  public static SignatureOptions invisible(PadesLevel level, String motivo) {
    return new SignatureOptions(level, motivo, null, null);
  }

  public SignatureOptions withStamp(Stamp newStamp) {
    return new SignatureOptions(level, motivo, lugar, newStamp);
  }

  public SignatureOptions withMotivo(String newMotivo) {
    return new SignatureOptions(level, newMotivo, lugar, stamp);
  }

  public SignatureOptions withLugar(String newLugar) {
    return new SignatureOptions(level, motivo, newLugar, stamp);
  }

  public boolean visible() {
    return stamp != null;
  }
}
