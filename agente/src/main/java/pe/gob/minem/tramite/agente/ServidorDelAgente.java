package pe.gob.minem.tramite.agente;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's HTTP API on the loopback interface only: {@code GET /estado}, {@code GET
 * /certificados}, {@code POST /firmas}, each behind the {@link PoliticaDeOrigen}.
 */
final class ServidorDelAgente implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ServidorDelAgente.class.getName());
  private static final int MAXIMO_CUERPO = 16 * 1024 * 1024;
  static final String VERSION =
      String.valueOf(
          ServidorDelAgente.class.getPackage().getImplementationVersion() == null
              ? "desarrollo"
              : ServidorDelAgente.class.getPackage().getImplementationVersion());

  private final HttpServer servidor;
  private final ExecutorService hilos;
  private final ServicioDeFirma servicio;
  private final PoliticaDeOrigen politica;
  private final ReentrantLock unaFirmaALaVez = new ReentrantLock();

  /** Binds 127.0.0.1:{@code puerto} (0: any free port, for the tests). */
  static ServidorDelAgente iniciar(
      int puerto, java.util.Set<String> origenes, ServicioDeFirma servicio) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), puerto), 16);
    return new ServidorDelAgente(
        http, new PoliticaDeOrigen(origenes, http.getAddress().getPort()), servicio);
  }

  private ServidorDelAgente(
      HttpServer servidor, PoliticaDeOrigen politica, ServicioDeFirma servicio) {
    this.servidor = servidor;
    this.politica = politica;
    this.servicio = servicio;
    this.hilos = Executors.newFixedThreadPool(4);
    servidor.setExecutor(hilos);
    servidor.createContext("/", this::atender);
    servidor.start();
  }

  int puerto() {
    return servidor.getAddress().getPort();
  }

  @Override
  public void close() {
    servidor.stop(0);
    hilos.shutdownNow();
  }

  private void atender(HttpExchange x) throws IOException {
    try (x) {
      responder(x);
    }
  }

  private void responder(HttpExchange x) throws IOException {
    try {
      String metodo = x.getRequestMethod();
      String ruta = x.getRequestURI().getPath();
      Headers pedido = x.getRequestHeaders();
      String origen = pedido.getFirst("Origin");
      if (!politica.hostPermitido(pedido.getFirst("Host"))) {
        LOG.warning(
            () -> "Rechazado: Host " + pedido.getFirst("Host") + " (origen " + origen + ")");
        error(
            x,
            new ErrorDelAgente(
                Codigo.HOST_NO_PERMITIDO, "El agente solo atiende en 127.0.0.1 o localhost."));
        return;
      }
      if (origen == null
          ? !PoliticaDeOrigen.sinOrigenSePermite(metodo, ruta)
          : !politica.origenPermitido(origen)) {
        LOG.warning(() -> "Rechazado: origen " + origen + " " + metodo + " " + ruta);
        error(
            x,
            new ErrorDelAgente(
                Codigo.ORIGEN_NO_PERMITIDO,
                origen == null
                    ? "El agente atiende solo pedidos de las páginas del portal."
                    : "El agente no fue instalado para " + origen + "."));
        return;
      }
      if (origen != null) {
        x.getResponseHeaders().set("Access-Control-Allow-Origin", origen);
        x.getResponseHeaders().set("Vary", "Origin");
      }
      if ("OPTIONS".equals(metodo)) {
        preflight(x);
        return;
      }
      switch (metodo + " " + ruta) {
        case "GET /estado" -> json(x, 200, estado());
        case "GET /certificados" -> json(x, 200, certificados());
        case "POST /firmas" -> firmar(x, origen);
        default -> error(x, rutas(metodo, ruta));
      }
    } catch (ErrorDelAgente e) {
      error(x, e);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Error del agente", e);
      error(x, new ErrorDelAgente(Codigo.ERROR_INTERNO, "Error interno del agente."));
    }
  }

  private static ErrorDelAgente rutas(String metodo, String ruta) {
    if (List.of("/estado", "/certificados", "/firmas").contains(ruta)) {
      return new ErrorDelAgente(
          Codigo.METODO_NO_PERMITIDO, metodo + " no se admite en " + ruta + ".");
    }
    return new ErrorDelAgente(Codigo.RUTA_DESCONOCIDA, "El agente no tiene " + ruta + ".");
  }

  private static void preflight(HttpExchange x) throws IOException {
    Headers h = x.getResponseHeaders();
    h.set("Access-Control-Allow-Methods", "GET, POST");
    h.set("Access-Control-Allow-Headers", "Content-Type");
    h.set("Access-Control-Max-Age", "600");
    if ("true"
        .equalsIgnoreCase(
            x.getRequestHeaders().getFirst("Access-Control-Request-Private-Network"))) {
      // Private Network Access: a public page may reach this loopback service, for these origins
      // only
      h.set("Access-Control-Allow-Private-Network", "true");
    }
    x.sendResponseHeaders(204, -1);
  }

  private Map<String, Object> estado() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("agente", "tramite-agente");
    r.put("version", VERSION);
    r.put("tokenPresente", servicio.tokenPresente());
    r.put("almacenes", servicio.almacenes().stream().map(Almacen::nombre).toList());
    return r;
  }

  private Map<String, Object> certificados() throws ErrorDelAgente {
    List<Object> lista = new ArrayList<>();
    for (Certificado c : servicio.certificados()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("titular", c.titular());
      m.put("sujeto", nombre(c.certificado().getSubjectX500Principal()));
      m.put("emisor", nombre(c.certificado().getIssuerX500Principal()));
      m.put("numeroDeSerie", c.numeroDeSerie());
      m.put("validoDesde", c.certificado().getNotBefore().toInstant().toString());
      m.put("validoHasta", c.certificado().getNotAfter().toInstant().toString());
      m.put("noRepudio", c.noRepudio());
      m.put("token", c.token());
      List<String> cadena = new ArrayList<>();
      for (var cert : c.cadena()) {
        try {
          cadena.add(Base64.getEncoder().encodeToString(cert.getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
          throw new IllegalStateException(e);
        }
      }
      m.put("certificados", cadena);
      lista.add(m);
    }
    return Map.of("certificados", lista);
  }

  /** RFC 2253 with the DNIe's attributes by name (SERIALNUMBER holds the DNI), not as hex. */
  private static String nombre(javax.security.auth.x500.X500Principal p) {
    return p.getName(
        javax.security.auth.x500.X500Principal.RFC2253,
        Map.of(
            "2.5.4.5",
            "SERIALNUMBER",
            "2.5.4.12",
            "T",
            "2.5.4.42",
            "GIVENNAME",
            "2.5.4.4",
            "SURNAME"));
  }

  private void firmar(HttpExchange x, String origen) throws IOException, ErrorDelAgente {
    String tipo = x.getRequestHeaders().getFirst("Content-Type");
    if (tipo == null || !tipo.toLowerCase().startsWith("application/json")) {
      // a "simple" cross-site request (text/plain, form) skips the preflight: never accepted
      throw new ErrorDelAgente(Codigo.TIPO_DE_CONTENIDO, "Envíe el pedido como application/json.");
    }
    PedidoDeFirma pedido;
    try {
      pedido = PedidoDeFirma.de(Json.leer(cuerpo(x)));
    } catch (IllegalArgumentException e) {
      throw new ErrorDelAgente(Codigo.SOLICITUD_INVALIDA, e.getMessage());
    }
    if (!unaFirmaALaVez.tryLock()) {
      throw new ErrorDelAgente(
          Codigo.OCUPADO, "El agente está atendiendo otra firma: termínela o cancélela primero.");
    }
    List<ServicioDeFirma.Resultado> resultados;
    try {
      resultados = servicio.firmar(origen, pedido);
    } finally {
      unaFirmaALaVez.unlock();
    }
    List<Object> lista = new ArrayList<>();
    for (ServicioDeFirma.Resultado r : resultados) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      if (r.firma() != null) {
        m.put("firma", Base64.getEncoder().encodeToString(r.firma()));
      } else {
        m.put(
            "error",
            Map.of("codigo", r.error().codigo().name(), "mensaje", r.error().getMessage()));
      }
      lista.add(m);
    }
    json(x, 200, Map.of("resultados", lista));
  }

  private static String cuerpo(HttpExchange x) throws IOException, ErrorDelAgente {
    try (InputStream in = x.getRequestBody()) {
      byte[] b = in.readNBytes(MAXIMO_CUERPO + 1);
      if (b.length > MAXIMO_CUERPO) {
        throw new ErrorDelAgente(Codigo.DEMASIADO_GRANDE, "El pedido es demasiado grande.");
      }
      return new String(b, StandardCharsets.UTF_8);
    }
  }

  /** RFC 9457 problem details, with the agent's {@code codigo} for the page to act on. */
  private static void error(HttpExchange x, ErrorDelAgente e) throws IOException {
    if (e.codigo() == Codigo.ORIGEN_NO_PERMITIDO || e.codigo() == Codigo.HOST_NO_PERMITIDO) {
      x.getResponseHeaders().remove("Access-Control-Allow-Origin");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "urn:tramite:agente:" + e.codigo().name().toLowerCase().replace('_', '-'));
    m.put("title", e.getMessage());
    m.put("status", e.codigo().estado());
    m.put("codigo", e.codigo().name());
    m.put("mensaje", e.getMessage());
    m.put("intentosRestantes", e.intentosRestantes());
    x.getResponseHeaders().set("Content-Type", "application/problem+json; charset=utf-8");
    enviar(x, e.codigo().estado(), m);
  }

  private static void json(HttpExchange x, int estado, Object cuerpo) throws IOException {
    x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    enviar(x, estado, cuerpo);
  }

  private static void enviar(HttpExchange x, int estado, Object cuerpo) throws IOException {
    byte[] b = Json.escribir(cuerpo).getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Cache-Control", "no-store");
    x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    x.sendResponseHeaders(estado, b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }
}
