package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.documento.PkiDeDemostracionService;
import pe.gob.minem.tramite.application.documento.PkiDeDemostracionService.Certificado;
import pe.gob.minem.tramite.application.documento.PkiDeDemostracionService.Tsa;

/**
 * The demo PKI's administration (ADR 0010): only in demo mode (404 otherwise), only for the
 * portal's administrators (403), each use audited.
 */
@ApplicationScoped
@Path("demo/pki")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "PKI de demostración",
    description =
        "Solo en modo demostración y para administradores: revocar y emitir certificados de"
            + " demostración, simular una TSA inalcanzable")
public class PkiDeDemostracionResource {

  @Inject PkiDeDemostracionService pki;

  /** {@code {"motivo": "…"}} */
  public static class Revocacion {
    public String motivo;
  }

  /** {@code {"vencido": true}} issues one that expired yesterday (to show the refusal). */
  public static class Emision {
    public boolean vencido;
  }

  /** {@code {"url": "http://…"}} */
  public static class CambioDeTsa {
    public String url;
  }

  @GET
  @Path("personas/{usuario}/certificado")
  @Operation(summary = "El certificado de demostración vigente de una persona")
  public Certificado certificado(@PathParam("usuario") String usuario) {
    return pki.certificado(usuario);
  }

  @POST
  @Path("personas/{usuario}/certificado/revocacion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revocar el certificado de una persona (p. ej. token perdido)",
      description = "Su próxima firma se rechaza hasta que se le emita uno nuevo.")
  public Certificado revocar(@PathParam("usuario") String usuario, Revocacion r) {
    return pki.revocar(usuario, r == null ? null : r.motivo);
  }

  @POST
  @Path("personas/{usuario}/certificado")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Emitir un certificado nuevo a una persona",
      description = "Vigente dos años; con vencido=true, uno que venció ayer (demostración).")
  public Response emitir(@PathParam("usuario") String usuario, Emision e) {
    return Response.status(Response.Status.CREATED)
        .entity(pki.emitir(usuario, e != null && e.vencido))
        .build();
  }

  @GET
  @Path("tsa")
  @Operation(summary = "Qué autoridad de sellado de tiempo usa el portal")
  public Tsa tsa() {
    return pki.tsa();
  }

  @PUT
  @Path("tsa")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Usar otra URL de TSA hasta restablecerla",
      description = "Para mostrar qué pasa cuando la TSA no responde.")
  public Tsa usarTsa(CambioDeTsa c) {
    return pki.usarTsa(c == null ? null : c.url);
  }

  @DELETE
  @Path("tsa")
  @Operation(summary = "Volver a la TSA configurada")
  public Tsa restablecerTsa() {
    return pki.restablecerTsa();
  }
}
