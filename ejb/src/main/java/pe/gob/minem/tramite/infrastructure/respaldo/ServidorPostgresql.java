package pe.gob.minem.tramite.infrastructure.respaldo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Host, port and database of the portal's JDBC URL ({@code jdbc:postgresql://host:port/base?…}),
 * for pg_dump and pg_restore, which do not read JDBC URLs. Of the URL's parameters only {@code
 * sslmode} has a pg_dump equivalent (PGSSLMODE); the others are for the driver only.
 */
record ServidorPostgresql(String host, int puerto, String base, String parametros) {

  private static final String PREFIJO = "jdbc:postgresql:";

  static ServidorPostgresql de(String url) {
    if (url == null || !url.startsWith(PREFIJO)) {
      throw new ErrorDeRespaldo(
          "TRAMITE_DB_URL debe ser una URL jdbc:postgresql://servidor:puerto/base: " + url);
    }
    String resto = url.substring(PREFIJO.length());
    String parametros = "";
    int q = resto.indexOf('?');
    if (q >= 0) {
      parametros = resto.substring(q + 1);
      resto = resto.substring(0, q);
    }
    if (!resto.startsWith("//")) { // jdbc:postgresql:base
      return new ServidorPostgresql("localhost", 5432, decodificar(resto), parametros);
    }
    resto = resto.substring(2);
    int barra = resto.indexOf('/');
    String anfitrion = barra < 0 ? resto : resto.substring(0, barra);
    String base = barra < 0 ? "" : decodificar(resto.substring(barra + 1));
    if (anfitrion.contains(",")) {
      throw new ErrorDeRespaldo(
          "TRAMITE_DB_URL nombra varios servidores (" + anfitrion + "): indique uno solo.");
    }
    String host = anfitrion;
    int puerto = 5432;
    int dosPuntos = anfitrion.lastIndexOf(':');
    if (dosPuntos >= 0 && dosPuntos > anfitrion.lastIndexOf(']')) {
      host = anfitrion.substring(0, dosPuntos);
      try {
        puerto = Integer.parseInt(anfitrion.substring(dosPuntos + 1));
      } catch (NumberFormatException e) {
        throw new ErrorDeRespaldo("Puerto no válido en TRAMITE_DB_URL: " + anfitrion);
      }
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      host = "localhost";
    }
    if (base.isEmpty()) {
      throw new ErrorDeRespaldo("TRAMITE_DB_URL no nombra la base de datos: " + url);
    }
    return new ServidorPostgresql(host, puerto, base, parametros);
  }

  /** The same server and parameters, another database (the scratch one). */
  ServidorPostgresql conBase(String otra) {
    return new ServidorPostgresql(host, puerto, otra, parametros);
  }

  String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "jdbc:postgresql://"
        + h
        + ":"
        + puerto
        + "/"
        + base
        + (parametros.isEmpty() ? "" : "?" + parametros);
  }

  Optional<String> sslmode() {
    for (String p : parametros.split("&")) {
      if (p.startsWith("sslmode=")) {
        return Optional.of(decodificar(p.substring("sslmode=".length())));
      }
    }
    return Optional.empty();
  }

  private static String decodificar(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
