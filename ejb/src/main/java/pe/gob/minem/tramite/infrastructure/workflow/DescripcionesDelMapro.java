package pe.gob.minem.tramite.infrastructure.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * What the MAPRO says of each activity (ADR 0036): its text ({@code action}), its responsable
 * ({@code actor}, {@code unit}) and the words of the conditions of its branches ({@code
 * next[].when}), from {@code mapro/actividades.properties}, a resource generated from the MAPRO's
 * {@code procedures.yaml} and kept equal to it by {@code DescripcionesDelMaproTest}.
 */
public final class DescripcionesDelMapro {

  public static final String RECURSO = "pe/gob/minem/tramite/mapro/actividades.properties";

  /** One activity of the MAPRO: what it does and who does it. */
  public record Descripcion(String accion, String actor, String unidad) {

    public String responsable() {
      return unidad == null || unidad.isBlank() ? actor : actor + " — " + unidad;
    }
  }

  private static final Properties TEXTOS = cargar();

  private DescripcionesDelMapro() {}

  private static Properties cargar() {
    Properties p = new Properties();
    try (InputStream in =
        DescripcionesDelMapro.class.getClassLoader().getResourceAsStream(RECURSO)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Activity {@code numero} of procedure {@code procedimiento} (P/OGA-TI-04), if the MAPRO has it.
   */
  public static Optional<Descripcion> de(String procedimiento, int numero) {
    String clave = procedimiento + "." + numero + ".";
    String accion = TEXTOS.getProperty(clave + "accion");
    if (accion == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Descripcion(
            accion, TEXTOS.getProperty(clave + "actor"), TEXTOS.getProperty(clave + "unidad")));
  }

  /** The MAPRO's words for the branch from activity {@code desde} to {@code hacia}, if any. */
  public static Optional<String> condicion(String procedimiento, int desde, int hacia) {
    return Optional.ofNullable(
        TEXTOS.getProperty(procedimiento + "." + desde + ".siguiente." + hacia));
  }
}
