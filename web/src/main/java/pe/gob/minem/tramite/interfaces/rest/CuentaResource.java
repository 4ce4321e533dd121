package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.organizacion.CuentaService;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.interfaces.seguridad.IdentidadesDelPortal;

@jakarta.enterprise.context.ApplicationScoped
@Path("cuenta")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cuenta", description = "La cuenta de quien consulta: su contraseña")
public class CuentaResource {

  @Inject CuentaService cuentas;
  @Inject PersonaActual personaActual;
  @Inject IdentidadesDelPortal identidades;

  /** The caller's account. */
  public record CuentaVista(String usuario, boolean debeCambiarClave) {}

  /** The current password and the new one. */
  public static class CambioDeClave {
    public String actual;
    public String nueva;
  }

  @GET
  @Operation(summary = "Quién consulta y si debe cambiar su contraseña")
  public CuentaVista cuenta() {
    String usuario = personaActual.usuario();
    return new CuentaVista(usuario, cuentas.debeCambiarClave(usuario));
  }

  @PUT
  @Path("clave")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Cambiar la propia contraseña: la actual y la nueva (12 caracteres o más, no común)")
  public void cambiarClave(CambioDeClave cuerpo, @Context HttpServletRequest req) {
    cuentas.cambiarClave(
        cuerpo == null ? null : cuerpo.actual,
        cuerpo == null ? null : cuerpo.nueva,
        "api desde " + (req == null ? "?" : req.getRemoteAddr()));
    identidades.olvidar();
  }
}
