package pe.gob.minem.tramite.signing.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Just enough JSON for the CLI's output: maps, lists, strings, numbers, booleans, null. */
final class Json {

  private Json() {}

  static String write(Object value, String indent) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, indent, "");
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object value, String step, String indent) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof Boolean || value instanceof Number) {
      sb.append(value);
    } else if (value instanceof Instant instant) {
      string(sb, instant.toString());
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      String inner = indent + step;
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(first ? "" : ",").append('\n').append(inner);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), step, inner);
        first = false;
      }
      sb.append(map.isEmpty() ? "" : "\n" + indent).append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      String inner = indent + step;
      boolean first = true;
      for (Object item : list) {
        sb.append(first ? "" : ",").append('\n').append(inner);
        write(sb, item, step, inner);
        first = false;
      }
      sb.append(list.isEmpty() ? "" : "\n" + indent).append(']');
    } else {
      string(sb, value.toString());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
