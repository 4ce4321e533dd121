package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.respaldo.CopiaDeLaBaseDeDatos;
import pe.gob.minem.tramite.application.respaldo.RespaldoService;

@ApplicationScoped
@Path("respaldo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Respaldo",
    description = "Copia de la base de datos para bin/tramite backup (administradores)")
public class RespaldoResource {

  @Inject RespaldoService respaldo;

  @POST
  @Path("base-de-datos")
  @Operation(
      summary = "Copiar la base de datos H2 en marcha",
      description =
          "Hace una copia transaccionalmente consistente de la base de datos H2 del portal (SQL"
              + " comprimido, de una sola instantánea) en respaldo/ del directorio de datos, de donde"
              + " bin/tramite backup la toma. Devuelve su ruta relativa al directorio de datos, su"
              + " tamaño y cuándo se hizo;"
              + " 409 si el portal usa PostgreSQL (pg_dump la copia sin el portal) o si ya hay una"
              + " copia en curso.")
  public CopiaDeLaBaseDeDatos copiar() {
    return respaldo.copiarBaseDeDatos();
  }
}
