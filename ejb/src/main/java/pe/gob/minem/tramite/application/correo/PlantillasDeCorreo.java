package pe.gob.minem.tramite.application.correo;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's mail templates (ADR 0029), in {@code correo/<nombre>.txt} (first line: the subject;
 * then the text) and {@code correo/<nombre>.html} (the HTML body), put inside the ministry's frame
 * ({@code correo/marco.html}, {@code correo/pie.txt}). {@code ${variable}} is replaced once: HTML
 * escaped in the HTML part (line breaks kept), as is in the text; a missing one renders empty. No
 * external images: a mail client shows it whole without fetching anything.
 */
@ApplicationScoped
public class PlantillasDeCorreo {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)\\}");
  private static final Pattern NOMBRE = Pattern.compile("[a-z0-9-]{1,60}");

  private final Map<String, String> recursos = new ConcurrentHashMap<>();

  public Mensaje render(String plantilla, Map<String, String> variables) {
    if (plantilla == null || !NOMBRE.matcher(plantilla).matches()) {
      throw new IllegalArgumentException("Nombre de plantilla de correo inválido: " + plantilla);
    }
    Map<String, String> v = variables == null ? Map.of() : variables;
    String txt = recurso(plantilla + ".txt").replace("\r\n", "\n");
    int salto = txt.indexOf('\n');
    String asunto = salto < 0 ? txt : txt.substring(0, salto);
    String cuerpo = salto < 0 ? "" : txt.substring(salto + 1).strip();
    String texto =
        sustituir(cuerpo, v, false)
            + "\n\n"
            + sustituir(recurso("pie.txt"), v, false).strip()
            + "\n";
    String contenido = sustituir(recurso(plantilla + ".html"), v, true);
    String asuntoFinal = sustituir(asunto, v, false).replaceAll("[\\r\\n\\t]+", " ").strip();
    // one pass over the frame: what the variables brought in is never read as a placeholder
    Map<String, String> marco = Map.of("asunto", escapar(asuntoFinal), "contenido", contenido);
    Matcher m = VARIABLE.matcher(recurso("marco.html"));
    StringBuilder html = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(html, Matcher.quoteReplacement(marco.getOrDefault(m.group(1), "")));
    }
    m.appendTail(html);
    return new Mensaje(asuntoFinal, texto, html.toString());
  }

  static String sustituir(String plantilla, Map<String, String> v, boolean html) {
    Matcher m = VARIABLE.matcher(plantilla);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String nombre = m.group(1);
      String valor = v.get(nombre);
      if (valor == null) {
        valor = "";
      }
      if (nombre.equals("enlace") && !valor.matches("(?i)https?://\\S+")) {
        valor = ""; // only web links: never javascript: or data: in an href
      }
      if (html) {
        valor = escapar(valor).replace("\r\n", "\n").replace("\n", "<br>\n");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(valor));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String escapar(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private String recurso(String nombre) {
    return recursos.computeIfAbsent(
        nombre,
        n -> {
          try (InputStream in =
              PlantillasDeCorreo.class.getClassLoader().getResourceAsStream("correo/" + n)) {
            if (in == null) {
              throw new IllegalArgumentException("No existe la plantilla de correo " + n);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
