package pe.gob.minem.tramite.domain.model.paso;

import java.util.Arrays;
import java.util.Optional;

/** Who signs a signing step's deliverable: one person, several in sequence, several in parallel. */
public enum Firmantes {
  UNO("uno"),
  SECUENCIA("secuencia"),
  PARALELO("paralelo");

  private final String nombre;

  Firmantes(String nombre) {
    this.nombre = nombre;
  }

  public String nombre() {
    return nombre;
  }

  public static Optional<Firmantes> de(String nombre) {
    return Arrays.stream(values()).filter(t -> t.nombre.equals(nombre)).findFirst();
  }
}
