package pe.gob.minem.tramite.agente;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the agent speaks: objects become {@code Map<String, Object>} (insertion order),
 * arrays {@code List<Object>}, numbers {@code BigDecimal}. The agent has no dependencies, so that
 * its jar stays a few kilobytes and nothing but the JDK runs next to the signer's key.
 */
final class Json {

  private final String texto;
  private int pos;

  private Json(String texto) {
    this.texto = texto;
  }

  /** Parses a JSON text; a malformed one is an {@link IllegalArgumentException}. */
  static Object leer(String texto) {
    Json json = new Json(texto);
    Object valor = json.valor();
    json.espacios();
    if (json.pos != texto.length()) {
      throw json.error("texto sobrante");
    }
    return valor;
  }

  static String escribir(Object valor) {
    StringBuilder sb = new StringBuilder();
    escribir(valor, sb);
    return sb.toString();
  }

  private static void escribir(Object valor, StringBuilder sb) {
    if (valor == null) {
      sb.append("null");
    } else if (valor instanceof String s) {
      cadena(s, sb);
    } else if (valor instanceof Number || valor instanceof Boolean) {
      sb.append(valor);
    } else if (valor instanceof Map<?, ?> m) {
      sb.append('{');
      boolean primero = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        if (!primero) {
          sb.append(',');
        }
        primero = false;
        cadena(String.valueOf(e.getKey()), sb);
        sb.append(':');
        escribir(e.getValue(), sb);
      }
      sb.append('}');
    } else if (valor instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        escribir(l.get(i), sb);
      }
      sb.append(']');
    } else {
      cadena(valor.toString(), sb);
    }
  }

  private static void cadena(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private Object valor() {
    espacios();
    if (pos >= texto.length()) {
      throw error("falta un valor");
    }
    char c = texto.charAt(pos);
    return switch (c) {
      case '{' -> objeto();
      case '[' -> arreglo();
      case '"' -> cadena();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> numero();
    };
  }

  private Map<String, Object> objeto() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    espacios();
    if (consumir('}')) {
      return m;
    }
    do {
      espacios();
      if (pos >= texto.length() || texto.charAt(pos) != '"') {
        throw error("se esperaba un nombre entre comillas");
      }
      String clave = cadena();
      espacios();
      if (!consumir(':')) {
        throw error("se esperaba ':'");
      }
      m.put(clave, valor());
      espacios();
    } while (consumir(','));
    if (!consumir('}')) {
      throw error("se esperaba '}'");
    }
    return m;
  }

  private List<Object> arreglo() {
    List<Object> l = new ArrayList<>();
    pos++;
    espacios();
    if (consumir(']')) {
      return l;
    }
    do {
      l.add(valor());
      espacios();
    } while (consumir(','));
    if (!consumir(']')) {
      throw error("se esperaba ']'");
    }
    return l;
  }

  private String cadena() {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (pos < texto.length()) {
      char c = texto.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        if (pos >= texto.length()) {
          break;
        }
        char e = texto.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 > texto.length()) {
              throw error("escape \\u incompleto");
            }
            try {
              sb.append((char) Integer.parseInt(texto.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("escape \\u inválido");
            }
            pos += 4;
          }
          default -> throw error("escape inválido");
        }
      } else {
        sb.append(c);
      }
    }
    throw error("cadena sin cerrar");
  }

  private Object literal(String palabra, Object valor) {
    if (!texto.startsWith(palabra, pos)) {
      throw error("valor desconocido");
    }
    pos += palabra.length();
    return valor;
  }

  private BigDecimal numero() {
    int inicio = pos;
    while (pos < texto.length() && "+-0123456789.eE".indexOf(texto.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return new BigDecimal(texto.substring(inicio, pos));
    } catch (NumberFormatException e) {
      throw error("valor desconocido");
    }
  }

  private boolean consumir(char c) {
    if (pos < texto.length() && texto.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void espacios() {
    while (pos < texto.length() && Character.isWhitespace(texto.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String que) {
    return new IllegalArgumentException("JSON inválido en la posición " + pos + ": " + que);
  }
}
