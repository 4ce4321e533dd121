package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import pe.gob.minem.tramite.application.mesadeayuda.MesaDeAyuda;
import pe.gob.minem.tramite.application.mesadeayuda.MesaDeAyuda.NuevoTicket;
import pe.gob.minem.tramite.application.mesadeayuda.MesaDeAyuda.Registrado;
import pe.gob.minem.tramite.application.mesadeayuda.MesaDeAyuda.TicketVista;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The Mesa de Ayuda's tickets (P/OGA-TI-09, ADR 0031). */
@ApplicationScoped
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Mesa de Ayuda",
    description = "Tickets de atención a los usuarios (P/OGA-TI-09) y su encuesta de satisfacción")
public class TicketsResource {

  @Inject MesaDeAyuda mesaDeAyuda;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registrar una solicitud recibida por teléfono o en persona",
      description =
          "Solo el Operador de Mesa de Ayuda. JSON {canal: TELEFONO | PRESENCIAL, asunto,"
              + " descripcion, solicitanteNombre, solicitanteCorreo (opcional: para avisos y la"
              + " encuesta), solicitanteUsuario, unidad, codigoPatrimonial}. Abre un expediente de"
              + " la OTI con P/OGA-TI-09; los correos del buzón de la Mesa de Ayuda abren sus"
              + " tickets solos.")
  public Response registrar(NuevoTicket nuevo) {
    if (nuevo == null) {
      throw new DatosInvalidosException("asunto", "Envíe un JSON con los datos de la solicitud.");
    }
    Registrado r = mesaDeAyuda.registrar(nuevo);
    return Response.created(URI.create("tickets/" + r.numero())).entity(r).build();
  }

  @GET
  @Operation(summary = "Tickets recientes (personas de la OTI)")
  public List<TicketVista> recientes(@QueryParam("size") @DefaultValue("50") int size) {
    return mesaDeAyuda.recientes(size);
  }

  @GET
  @Path("{numero}")
  @Operation(summary = "Un ticket con su historial (la OTI y quien lo solicitó)")
  public TicketVista ver(@PathParam("numero") String numero) {
    return mesaDeAyuda.ver(numero);
  }
}
