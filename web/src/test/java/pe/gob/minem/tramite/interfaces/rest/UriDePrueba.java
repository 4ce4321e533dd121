package pe.gob.minem.tramite.interfaces.rest;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;

/** The request's base address and query parameters; any other question fails the test. */
final class UriDePrueba {

  static final URI BASE = URI.create("https://tramite.minem.gob.pe/tramite/api/v1/");

  private UriDePrueba() {}

  static UriInfo con(MultivaluedMap<String, String> consulta) {
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, metodo, args) ->
                switch (metodo.getName()) {
                  case "getQueryParameters" -> consulta;
                  case "getBaseUri" -> BASE;
                  case "getBaseUriBuilder" -> UriBuilder.fromUri(BASE);
                  case "toString" -> "UriDePrueba" + consulta;
                  default -> throw new UnsupportedOperationException(metodo.getName());
                });
  }

  static UriInfo base() {
    return con(new MultivaluedHashMap<>());
  }
}
