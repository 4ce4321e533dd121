package pe.gob.minem.tramite.interfaces.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person whose password was reset reaches only the account page and the change endpoint. */
class CambioDeClaveObligatorioTest {

  private final CambioDeClaveObligatorio filtro = new CambioDeClaveObligatorio();
  private final Map<String, Object> respuesta = new HashMap<>();
  private final StringWriter cuerpo = new StringWriter();
  private boolean siguio;

  {
    filtro.debeCambiar = "ana.perez"::equals;
  }

  private void pedir(String usuario, String metodo, String ruta, String cabeceraFaces)
      throws Exception {
    siguio = false;
    respuesta.clear();
    Principal p = usuario == null ? null : () -> usuario;
    var req =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (x, m, a) ->
                    switch (m.getName()) {
                      case "getRequestURI" -> ruta;
                      case "getContextPath" -> "";
                      case "getMethod" -> metodo;
                      case "getUserPrincipal" -> p;
                      case "getHeader" -> "Faces-Request".equals(a[0]) ? cabeceraFaces : null;
                      default -> null;
                    });
    var res =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (x, m, a) -> {
                  switch (m.getName()) {
                    case "setStatus" -> respuesta.put("status", a[0]);
                    case "sendRedirect" -> respuesta.put("redirect", a[0]);
                    case "setContentType" -> respuesta.put("tipo", a[0]);
                    case "getWriter" -> {
                      return new PrintWriter(cuerpo, true);
                    }
                    default -> {}
                  }
                  return null;
                });
    filtro.doFilter(req, res, (rq, rs) -> siguio = true);
  }

  @Test
  void lasPaginasLlevanALaCuenta() throws Exception {
    pedir("ana.perez", "GET", "/bandeja.xhtml", null);
    assertFalse(siguio);
    assertEquals("/cuenta.xhtml", respuesta.get("redirect"));
    pedir("ana.perez", "POST", "/admin/organizacion.xhtml", "partial/ajax");
    assertFalse(siguio);
    assertTrue(cuerpo.toString().contains("<redirect url=\"/cuenta.xhtml\"/>"), cuerpo::toString);
  }

  @Test
  void laApiContesta403EnEspanolSalvoElCambioDeClave() throws Exception {
    pedir("ana.perez", "GET", "/api/v1/expedientes", null);
    assertFalse(siguio);
    assertEquals(403, respuesta.get("status"));
    assertTrue(respuesta.get("tipo").toString().startsWith("application/problem+json"));
    assertTrue(cuerpo.toString().contains("cámbiela antes de continuar"), cuerpo::toString);
    pedir("ana.perez", "PUT", "/api/v1/cuenta/clave", null);
    assertTrue(siguio);
    pedir("ana.perez", "GET", "/api/v1/cuenta", null);
    assertTrue(siguio);
    pedir("ana.perez", "POST", "/api/v1/cuenta/clave", null);
    assertFalse(siguio, "solo PUT");
  }

  @Test
  void laPaginaDeCuentaYLosRecursosSiguen() throws Exception {
    for (String ruta :
        new String[] {"/cuenta.xhtml", "/login.xhtml", "/jakarta.faces.resource/x.css"}) {
      pedir("ana.perez", "GET", ruta, null);
      assertTrue(siguio, ruta);
      assertNull(respuesta.get("redirect"), ruta);
    }
  }

  @Test
  void quienNoDebeCambiarNiSeEntera() throws Exception {
    pedir("luis.rojas", "GET", "/bandeja.xhtml", null);
    assertTrue(siguio);
    pedir(null, "GET", "/bandeja.xhtml", null);
    assertTrue(siguio, "sin sesión decide el mecanismo de autenticación");
  }
}
