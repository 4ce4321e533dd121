package pe.gob.minem.tramite.application;

import java.util.Locale;

/**
 * The words a person types in a search box, as a JPQL {@code LIKE} pattern that finds them
 * anywhere: their {@code %} and {@code _} are taken literally (a search for «100%» finds «100%»,
 * not everything that contains «100»). Use the pattern with {@link #ESCAPE} after each {@code
 * LIKE}.
 */
public final class TextoBuscado {

  /** The escape clause that goes after each {@code LIKE :parametro}. */
  public static final String ESCAPE = " ESCAPE '!'";

  private TextoBuscado() {}

  /** {@code %texto%}, lower-cased, with LIKE's wildcards and the escape character escaped. */
  public static String contiene(String texto) {
    String literal =
        texto
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + literal + "%";
  }
}
