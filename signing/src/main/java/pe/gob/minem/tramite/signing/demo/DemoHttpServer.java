package pe.gob.minem.tramite.signing.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Serves the demo PKI on loopback with the JDK's HTTP server: certificates, CRLs, OCSP and TSA.
 * Paths are relative to {@link #PREFIX}.
 */
final class DemoHttpServer implements AutoCloseable {

  static final String PREFIX = "/demo-pki";
  private static final int MAX_BODY = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;

  DemoHttpServer(int port, Routes routes) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "demo-pki-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    get("/root.cer", "application/pkix-cert", routes.rootCertificate());
    get("/issuing.cer", "application/pkix-cert", routes.issuingCertificate());
    get("/root.crl", "application/pkix-crl", routes.rootCrl());
    get("/issuing.crl", "application/pkix-crl", routes.issuingCrl());
    post("/ocsp", "application/ocsp-response", routes.ocsp());
    post("/tsa", "application/timestamp-reply", routes.tsa());
    server.start();
  }

  /** What the server answers; each supplier is called for every request. */
  record Routes(
      Supplier<byte[]> rootCertificate,
      Supplier<byte[]> issuingCertificate,
      Supplier<byte[]> rootCrl,
      Supplier<byte[]> issuingCrl,
      UnaryOperator<byte[]> ocsp,
      UnaryOperator<byte[]> tsa) {}

  int port() {
    return server.getAddress().getPort();
  }

  private void get(String path, String contentType, Supplier<byte[]> body) {
    server.createContext(
        PREFIX + path,
        exchange -> {
          try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
              exchange.sendResponseHeaders(405, -1);
              return;
            }
            send(exchange, contentType, body.get());
          }
        });
  }

  private void post(String path, String contentType, UnaryOperator<byte[]> handler) {
    server.createContext(
        PREFIX + path,
        exchange -> {
          try (exchange) {
            byte[] response;
            try {
              response = handler.apply(requestOf(exchange, PREFIX + path));
            } catch (RuntimeException e) {
              exchange.sendResponseHeaders(400, -1);
              return;
            }
            if (response == null) {
              exchange.sendResponseHeaders(405, -1);
              return;
            }
            send(exchange, contentType, response);
          }
        });
  }

  /** The DER request of a POST, or of the RFC 6960 GET form {@code .../ocsp/{base64}}. */
  private static byte[] requestOf(HttpExchange exchange, String context) throws IOException {
    if ("POST".equals(exchange.getRequestMethod())) {
      return readBody(exchange);
    }
    if ("GET".equals(exchange.getRequestMethod())) {
      String tail = exchange.getRequestURI().getRawPath().substring(context.length());
      String base64 = URLDecoder.decode(tail.replaceFirst("^/", ""), StandardCharsets.UTF_8);
      return Base64.getDecoder().decode(base64);
    }
    throw new IllegalArgumentException("method not allowed");
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new IllegalArgumentException("request too large");
      }
      return body;
    }
  }

  private static void send(HttpExchange exchange, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
