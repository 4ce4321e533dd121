package pe.gob.minem.tramite.infrastructure.directorio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LDAP search filters built from a configured template and values someone typed: every value is
 * escaped as RFC 4515 requires, so that a user name such as {@code *)(uid=*} stays one literal
 * value and cannot widen or rewrite the filter (LDAP injection).
 */
final class FiltroLdap {

  private static final Pattern MARCADOR = Pattern.compile("\\{(\\d)}");

  private FiltroLdap() {}

  /**
   * The template with {@code {0}}, {@code {1}}… replaced by the escaped values; a marker without a
   * value is an error in the configuration.
   */
  static String formatear(String plantilla, String... valores) {
    Matcher m = MARCADOR.matcher(plantilla);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = m.group(1).charAt(0) - '0';
      if (i >= valores.length) {
        throw new IllegalArgumentException(
            "el filtro " + plantilla + " usa {" + i + "}, que no tiene valor");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(escapar(valores[i])));
    }
    m.appendTail(sb);
    String filtro = sb.toString();
    return filtro.startsWith("(") ? filtro : "(" + filtro + ")";
  }

  /**
   * A filter's assertion value (RFC 4515, section 3): {@code *}, {@code (}, {@code )}, {@code \}
   * and NUL become {@code \2a}, {@code \28}, {@code \29}, {@code \5c}, {@code \00}; the other
   * characters, accents included, stay as they are (UTF-8 on the wire).
   */
  static String escapar(String valor) {
    StringBuilder sb = new StringBuilder(valor.length() + 8);
    for (char c : valor.toCharArray()) {
      switch (c) {
        case '*' -> sb.append("\\2a");
        case '(' -> sb.append("\\28");
        case ')' -> sb.append("\\29");
        case '\\' -> sb.append("\\5c");
        case '\0' -> sb.append("\\00");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
