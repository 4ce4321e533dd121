package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The login page's form as a browser fills it, for ITs that log in through the page without a
 * browser: where it posts, its view state, the page's CSP nonce (PrimeFaces' script sends it with
 * every postback and the server refuses a postback without it), and the body of a login.
 */
record FormularioDeIngreso(String accion, String estadoDeVista, String nonce) {

  /** The form of the login page {@code html}. */
  static FormularioDeIngreso de(String html) {
    return new FormularioDeIngreso(
        grupo(html, "<form id=\"login\"[^>]*action=\"([^\"]+)\"").replace("&amp;", "&"),
        grupo(html, "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .replace("&#58;", ":"),
        grupo(html, "PrimeFaces\\.csp\\.init\\('([^']+)'\\)").replace("\\/", "/"));
  }

  /** The urlencoded body that logs in {@code usuario} with {@code clave}. */
  String cuerpo(String usuario, String clave) {
    Map<String, String> campos = new LinkedHashMap<>();
    campos.put("login", "login");
    campos.put("login:usuario", usuario);
    campos.put("login:clave", clave);
    campos.put("login:ingresar", "");
    campos.put("jakarta.faces.ViewState", estadoDeVista);
    if (nonce != null) {
      campos.put("primefaces.nonce", nonce);
    }
    return urlencoded(campos);
  }

  static String urlencoded(Map<String, String> campos) {
    return campos.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String grupo(String html, String patron) {
    Matcher m = Pattern.compile(patron).matcher(html);
    assertTrue(m.find(), () -> patron + " no aparece en la página de ingreso: " + html);
    return m.group(1);
  }
}
