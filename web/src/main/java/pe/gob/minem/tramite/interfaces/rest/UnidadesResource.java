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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.organizacion.OrganizacionService;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.ImagenDeSello;

/** A unit's V°B° seal image (issue 11, item 6): read by anyone logged in, set by administrators. */
@jakarta.enterprise.context.ApplicationScoped
@Path("unidades/{codigo}/sello")
@Tag(name = "Organización", description = "Unidades orgánicas, cargos y personas")
public class UnidadesResource {

  @Inject OrganizacionService organizacion;

  @GET
  @Produces({"image/png", "image/jpeg"})
  @Operation(summary = "La imagen del sello de V°B° de la unidad")
  public Response sello(@PathParam("codigo") String codigo) {
    var s =
        organizacion
            .sello(codigo)
            .orElseThrow(
                () -> new NoEncontradoException("La unidad " + codigo + " no tiene sello."));
    return Response.ok(s.getImagen(), s.getTipo())
        .header("Cache-Control", "private, no-cache")
        .header("ETag", "\"" + s.getSha256() + "\"")
        .build();
  }

  @PUT
  @Consumes({"image/png", "image/jpeg"})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Subir o reemplazar el sello de V°B° de la unidad (administradores)")
  public Map<String, Object> guardar(@PathParam("codigo") String codigo, InputStream cuerpo)
      throws IOException {
    // read one byte past the limit: a larger body is refused without reading it all
    byte[] datos =
        cuerpo == null ? new byte[0] : cuerpo.readNBytes(ImagenDeSello.TAMANO_MAXIMO + 1);
    if (datos.length > ImagenDeSello.TAMANO_MAXIMO) {
      throw new DatosInvalidosException(
          "sello",
          "La imagen del sello debe pesar a lo más " + ImagenDeSello.TAMANO_MAXIMO / 1024 + " KB.");
    }
    var s = organizacion.guardarSello(codigo, datos);
    return Map.of("unidad", codigo.toUpperCase(), "tipo", s.getTipo(), "sha256", s.getSha256());
  }

  @DELETE
  @Operation(summary = "Quitar el sello de V°B° de la unidad (administradores)")
  public void quitar(@PathParam("codigo") String codigo) {
    organizacion.quitarSello(codigo);
  }
}
