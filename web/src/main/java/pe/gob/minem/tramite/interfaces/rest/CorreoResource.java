package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.correo.AdministracionDelCorreo;
import pe.gob.minem.tramite.application.correo.AdministracionDelCorreo.CorreoEnBandeja;

/** The portal's outbox for administrators (ADR 0029): what was sent, what waits, a test mail. */
@ApplicationScoped
@Path("correos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Correo",
    description =
        "La bandeja de salida del correo del portal y el correo de prueba (administradores)")
public class CorreoResource {

  @Inject AdministracionDelCorreo correo;

  /** Where to send a test mail. */
  public record Prueba(String para) {}

  @GET
  @Path("salida")
  @Operation(
      summary = "Correos de la bandeja de salida, los más recientes primero (administradores)",
      description =
          "estado: PENDIENTE, ENVIANDO, ENVIADO o FALLIDO (todos si se omite); limite: de 1 a 1000"
              + " (100 si se omite). Muestra destinatario, asunto, referencia, intentos y el último"
              + " error; nunca el cuerpo.")
  public List<CorreoEnBandeja> listar(
      @QueryParam("estado") String estado, @QueryParam("limite") Integer limite) {
    return correo.listar(estado, limite);
  }

  @GET
  @Path("salida/{id}")
  @Operation(summary = "Un correo de la bandeja de salida, con su estado (administradores)")
  public CorreoEnBandeja ver(@PathParam("id") long id) {
    return correo.ver(id);
  }

  @POST
  @Path("salida/{id}/reintentar")
  @Operation(
      summary = "Reintentar un correo FALLIDO (administradores)",
      description =
          "Lo devuelve a PENDIENTE con los intentos en cero; se envía en seguida. 409 si el correo"
              + " no está FALLIDO; 404 si no existe.")
  public CorreoEnBandeja reintentar(@PathParam("id") long id) {
    return correo.reintentar(id);
  }

  @POST
  @Path("prueba")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enviar un correo de prueba (administradores)",
      description =
          "JSON {para}: la dirección a la que se envía, con la plantilla «aviso» (la del"
              + " administrador si se omite). Devuelve el correo encolado (201); su estado pasa a"
              + " ENVIADO cuando el servidor SMTP lo acepta.")
  public Response probar(Prueba prueba) {
    CorreoEnBandeja c = correo.probar(prueba == null ? null : prueba.para());
    return Response.created(URI.create("correos/salida/" + c.id())).entity(c).build();
  }
}
