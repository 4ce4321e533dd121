package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.auditoria.ConsultaDeAuditoria;
import pe.gob.minem.tramite.application.auditoria.Verificacion;
import pe.gob.minem.tramite.application.auditoria.VerificacionDeAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.FiltroAuditoria;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

@ApplicationScoped
@Path("auditoria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Auditoría",
    description =
        "El registro de auditoría encadenado (administradores): consulta, CSV y verificación")
public class AuditoriaResource {

  @Inject ConsultaDeAuditoria consulta;
  @Inject VerificacionDeAuditoria verificacion;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      summary = "Registros de auditoría con filtros, los más recientes primero",
      description =
          "Filtros: usuario, evento, objeto (p. ej. el número de expediente), desde y hasta"
              + " (aaaa-mm-dd, días de Lima, ambos incluidos). Paginado (page, size ≤ 200)."
              + " Con formato=csv, todos los registros seleccionados en CSV (UTF-8).")
  public Response buscar(
      @QueryParam("usuario") String usuario,
      @QueryParam("evento") String evento,
      @QueryParam("objeto") String objeto,
      @QueryParam("expediente") String expediente,
      @QueryParam("desde") String desde,
      @QueryParam("hasta") String hasta,
      @QueryParam("formato") @DefaultValue("json") String formato,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    FiltroAuditoria filtro =
        ConsultaDeAuditoria.filtro(
            usuario,
            evento,
            objeto != null ? objeto : expediente,
            fecha("desde", desde),
            fecha("hasta", hasta));
    if ("csv".equalsIgnoreCase(formato)) {
      // the refusal (403) must come before the first byte: the service checks before writing
      var salida = new java.io.StringWriter();
      consulta.exportarCsv(filtro, salida);
      StreamingOutput cuerpo =
          out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\ufeff'); // so that a spreadsheet reads the accents as UTF-8
            w.write(salida.toString());
            w.flush();
          };
      return Response.ok(cuerpo, "text/csv;charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"auditoria.csv\"")
          .build();
    }
    return Response.ok(consulta.buscar(filtro, page, size), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("verificacion")
  @Operation(
      summary = "Verificar la cadena de auditoría",
      description =
          "Recorre la cadena y nombra cada registro alterado, faltante, reordenado o fuera de la"
              + " cadena, y una cola cortada; si está intacta, guarda un punto de control.")
  public Verificacion verificar() {
    return verificacion.verificar();
  }

  static LocalDate fecha(String campo, String texto) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(texto.strip());
    } catch (DateTimeParseException e) {
      throw new DatosInvalidosException(campo, "La fecha debe tener la forma aaaa-mm-dd.");
    }
  }
}
