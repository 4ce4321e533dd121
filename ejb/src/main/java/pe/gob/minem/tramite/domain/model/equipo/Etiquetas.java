package pe.gob.minem.tramite.domain.model.equipo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a value of the inventory's enums as a person writes it in a spreadsheet: its code or its
 * Spanish label, ignoring case, accents, spaces, hyphens and underscores.
 */
public final class Etiquetas {

  private Etiquetas() {}

  public static String clave(String texto) {
    if (texto == null) {
      return "";
    }
    String sin = Normalizer.normalize(texto.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return sin.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  static <E extends Enum<E>> Optional<E> de(
      Class<E> tipo, String texto, Function<E, String> etiqueta) {
    String buscada = clave(texto);
    if (buscada.isEmpty()) {
      return Optional.empty();
    }
    for (E e : tipo.getEnumConstants()) {
      if (clave(e.name()).equals(buscada) || clave(etiqueta.apply(e)).equals(buscada)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
