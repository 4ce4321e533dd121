package pe.gob.minem.tramite.interfaces.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;
import pe.gob.minem.tramite.application.Auditoria;

/** PrimeFaces' refusal of a postback without its page's nonce becomes a Spanish 400, audited. */
class FormulariosSinSelloTest {

  private final StringWriter cuerpo = new StringWriter();
  private final int[] estado = {200};
  private final List<String> auditados = new ArrayList<>();

  private HttpServletRequest peticion() {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getRequestURI" -> "/login.xhtml";
                  case "getContextPath" -> "";
                  case "getRemoteAddr" -> "10.0.0.9";
                  default -> null;
                });
  }

  private HttpServletResponse respuesta() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (p, m, a) -> {
              switch (m.getName()) {
                case "setStatus" -> estado[0] = (Integer) a[0];
                case "getWriter" -> {
                  return new PrintWriter(cuerpo);
                }
                case "isCommitted" -> {
                  return false;
                }
                default -> {}
              }
              return null;
            });
  }

  private FormulariosSinSello filtro() {
    var f = new FormulariosSinSello();
    f.auditoria =
        new Auditoria() {
          @Override
          public void registrarAparte(String usuario, String evento, String objeto, String d) {
            auditados.add(evento + " " + objeto);
          }
        };
    return f;
  }

  @Test
  void unEnvioSinElSelloDeSuPaginaEsUn400EnCastellanoYSeAudita() throws Exception {
    filtro()
        .doFilter(
            peticion(),
            respuesta(),
            (req, res) -> {
              throw new ServletException(new CspException("CSP nonce mismatch"));
            });
    assertEquals(400, estado[0]);
    assertTrue(cuerpo.toString().contains("sello de seguridad"), cuerpo.toString());
    assertFalse(cuerpo.toString().contains("Payara"));
    assertEquals(List.of("RECHAZO_FORMULARIO_SIN_SELLO /login.xhtml"), auditados);
  }

  @Test
  void otroErrorSigueSuCamino() {
    var otro = new ServletException("otra cosa");
    var e =
        assertThrows(
            ServletException.class,
            () ->
                filtro()
                    .doFilter(
                        peticion(),
                        respuesta(),
                        (req, res) -> {
                          throw otro;
                        }));
    assertSame(otro, e);
    assertTrue(auditados.isEmpty());
  }
}
