package pe.gob.minem.tramite.domain.model.paso;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of input a step may declare ({@code <mapro:campo tipo="…">}). */
public enum TipoDeCampo {
  TEXTO("texto"),
  TEXTO_LARGO("texto-largo"),
  NUMERO("numero"),
  FECHA("fecha"),
  /** A time of day, {@code HH:mm} (America/Lima). */
  HORA("hora"),
  SI_NO("si-no"),
  /** One of the declared {@code opciones}. */
  OPCION("opcion"),
  /** A unit of the organisation that can receive expedientes (its code). */
  UNIDAD("unidad"),
  /** A person of the step's unit who can be responsable (its user name). */
  RESPONSABLE("responsable"),
  /** A file uploaded with the step. */
  ARCHIVO("archivo");

  private final String nombre;

  TipoDeCampo(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }

  public static Optional<TipoDeCampo> de(String nombre) {
    return Arrays.stream(values()).filter(t -> t.nombre.equals(nombre)).findFirst();
  }
}
