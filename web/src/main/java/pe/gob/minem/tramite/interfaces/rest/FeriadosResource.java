package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.plazo.PlazosService;
import pe.gob.minem.tramite.application.plazo.PlazosService.FeriadoVista;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

@jakarta.enterprise.context.ApplicationScoped
@Path("feriados")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Plazos",
    description = "Los feriados nacionales que los plazos en días hábiles excluyen")
public class FeriadosResource {

  @Inject PlazosService plazos;

  /** The name of a holiday. */
  public static class NombreDeFeriado {
    public String nombre;
  }

  @GET
  @Operation(summary = "Los feriados nacionales que los días hábiles excluyen")
  public List<FeriadoVista> feriados() {
    return plazos.feriados();
  }

  @PUT
  @Path("{fecha}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Agregar o renombrar un feriado (administradores)")
  public FeriadoVista guardar(@PathParam("fecha") String fecha, NombreDeFeriado cuerpo) {
    return plazos.guardarFeriado(fecha(fecha), cuerpo == null ? null : cuerpo.nombre);
  }

  @DELETE
  @Path("{fecha}")
  @Operation(summary = "Quitar un feriado (administradores)")
  public void quitar(@PathParam("fecha") String fecha) {
    plazos.quitarFeriado(fecha(fecha));
  }

  static LocalDate fecha(String texto) {
    try {
      return LocalDate.parse(texto);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new DatosInvalidosException("fecha", "La fecha debe tener la forma aaaa-mm-dd.");
    }
  }
}
