package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.monitoreo.FuentesDeMonitoreo;
import pe.gob.minem.tramite.application.monitoreo.FuentesDeMonitoreo.FuenteConToken;
import pe.gob.minem.tramite.application.monitoreo.FuentesDeMonitoreo.FuenteVista;
import pe.gob.minem.tramite.application.monitoreo.RecepcionDeAlertas;

/**
 * The monitoring software's webhook (P/OGA-TI-08, ADR 0028) and the administration of its sources.
 * {@code POST /monitoreo/alertas} is outside the portal's login (web.xml leaves it open): the
 * caller is a source, known by its bearer token.
 */
@ApplicationScoped
@Path("monitoreo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Monitoreo",
    description =
        "Alertas de Prometheus Alertmanager y Zabbix como procedimientos P/OGA-TI-08, y sus fuentes")
public class MonitoreoResource {

  @Inject RecepcionDeAlertas recepcion;
  @Inject FuentesDeMonitoreo fuentes;

  @Inject
  @ConfigProperty(name = "tramite.monitoreo.tamano-maximo", defaultValue = "1048576")
  long tamanoMaximo;

  @POST
  @Path("alertas")
  @Consumes(MediaType.WILDCARD)
  @Produces({MediaType.APPLICATION_JSON, Problema.TIPO})
  @org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement(name = "tokenDeFuente")
  @Operation(
      summary = "Recibir alertas del software de monitoreo",
      description =
          "Cuerpo: el webhook de Prometheus Alertmanager (versión 4) o el objeto JSON de un tipo de"
              + " medio webhook de Zabbix, según el tipo de la fuente. Autenticación:"
              + " «Authorization: Bearer <token de la fuente>» (no la del portal). Cada alerta nueva"
              + " abre un expediente en la OTI con P/OGA-TI-08; la misma alerta de nuevo solo se"
              + " cuenta; su resolución se anota. 201 si se abrió algún expediente, 200 si no; 401"
              + " sin un token válido de una fuente activa; 400 si el cuerpo no tiene la forma"
              + " esperada; 413 si pasa de tramite.monitoreo.tamano-maximo.")
  public Response recibir(
      @HeaderParam("Authorization") String authorization,
      @Context HttpServletRequest req,
      InputStream cuerpo)
      throws IOException {
    String origen = "webhook desde " + (req == null ? "?" : req.getRemoteAddr());
    var fuente = fuentes.autenticar(authorization, origen);
    if (fuente.isEmpty()) {
      Response r =
          Problema.respuesta(
              401,
              "No autenticado",
              "Envíe el token de una fuente de monitoreo activa en la cabecera «Authorization:"
                  + " Bearer <token>».",
              null);
      return Response.fromResponse(r)
          .header("WWW-Authenticate", "Bearer realm=\"Tramite\"")
          .build();
    }
    long declarado = req == null ? -1 : req.getContentLengthLong();
    if (declarado > tamanoMaximo) {
      return demasiadoGrande();
    }
    byte[] leido = cuerpo.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, tamanoMaximo + 1));
    if (leido.length > tamanoMaximo) {
      return demasiadoGrande();
    }
    var resultado = recepcion.recibir(fuente.get(), leido);
    if (resultado.abiertas().isEmpty()) {
      return Response.ok(resultado).build();
    }
    return Response.created(URI.create("expedientes/" + resultado.abiertas().get(0).expediente()))
        .entity(resultado)
        .build();
  }

  private Response demasiadoGrande() {
    return Problema.respuesta(
        413,
        "Cuerpo demasiado grande",
        "El cuerpo pasa de "
            + tamanoMaximo
            + " bytes (tramite.monitoreo.tamano-maximo): divida las alertas en varios envíos.",
        "cuerpo");
  }

  /** A source to create: its code and kind (ALERTMANAGER or ZABBIX). */
  public record FuenteNueva(String codigo, String tipo) {}

  /** Whether a source may post. */
  public record Activacion(boolean activa) {}

  @GET
  @Path("fuentes")
  @Operation(summary = "Fuentes de monitoreo (administradores); nunca sus tokens")
  public List<FuenteVista> listar() {
    return fuentes.listar();
  }

  @POST
  @Path("fuentes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Crear una fuente de monitoreo (administradores)",
      description =
          "Devuelve el token de la fuente esta única vez: el portal guarda solo su SHA-256.")
  public Response crear(FuenteNueva nueva) {
    FuenteConToken f =
        fuentes.crear(nueva == null ? null : nueva.codigo(), nueva == null ? null : nueva.tipo());
    return Response.created(URI.create("monitoreo/fuentes/" + f.fuente().codigo()))
        .entity(f)
        .build();
  }

  @POST
  @Path("fuentes/{codigo}/token")
  @Operation(
      summary = "Rotar el token de una fuente (administradores)",
      description =
          "El token anterior deja de valer en el acto; el nuevo se muestra esta única vez.")
  public FuenteConToken rotar(@PathParam("codigo") String codigo) {
    return fuentes.rotar(codigo);
  }

  @PUT
  @Path("fuentes/{codigo}/activa")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Activar o desactivar una fuente (administradores)")
  public FuenteVista activar(@PathParam("codigo") String codigo, Activacion activacion) {
    return fuentes.activar(codigo, activacion != null && activacion.activa());
  }
}
