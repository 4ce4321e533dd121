package pe.gob.minem.tramite.archivo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same queries through the portal's REST API ({@code GET /api/v1/archivo?q=…}), one client
 * thread, HTTP Basic. The lector is the authenticated user (the API builds it from the login), so
 * the query's own lector is ignored; filters go as query parameters named like the facets.
 */
final class Http {
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  private final HttpClient cliente =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;
  private final String autorizacion;

  Http(String url, String ruta, String usuario, String clave) {
    this.base = url.replaceAll("/+$", "") + ruta;
    this.autorizacion =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((usuario + ":" + clave).getBytes(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  String url(Consultas.Caso c) {
    StringBuilder sb = new StringBuilder(base).append("?q=").append(enc(c.texto()));
    sb.append("&tamano=20");
    if (c.unidad() != null) {
      sb.append("&unidad=").append(enc(c.unidad()));
    }
    if (c.desde() != null) {
      sb.append("&desde=").append(c.desde());
    }
    if (c.hasta() != null) {
      sb.append("&hasta=").append(c.hasta());
    }
    return sb.toString();
  }

  /** Sends the query; returns the "total" of the JSON answer (-1 if absent). */
  long buscar(Consultas.Caso c) throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url(c)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", autorizacion)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> r = cliente.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      String cuerpo = r.body();
      throw new IOException(
          "HTTP "
              + r.statusCode()
              + " en "
              + req.uri()
              + ": "
              + cuerpo.substring(0, Math.min(300, cuerpo.length())));
    }
    Matcher m = TOTAL.matcher(r.body());
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
