package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.documento.VerificacionService;
import pe.gob.minem.tramite.application.documento.VerificacionService.InformeDeValidacion;
import pe.gob.minem.tramite.application.documento.VerificacionService.Verificacion;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * Public verification, without login (web.xml leaves {@code /api/v1/verificacion/*} open): a code
 * of a cargo or of a document, the public document's signed PDF, and the validation of any PDF. An
 * empty {@code @SecurityRequirementsSet} on each operation tells the OpenAPI document so ({@code
 * security: [{}]}: no credentials needed), instead of the API's HTTP Basic requirement.
 */
@Path("verificacion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Verificación",
    description =
        "Verificación pública (sin autenticación): código de un cargo o de un documento y"
            + " validación de las firmas de cualquier PDF")
@ApplicationScoped
public class VerificacionResource {

  @Inject VerificacionService verificacion;

  @GET
  @SecurityRequirementsSet
  @Path("{codigo}")
  @Operation(
      summary = "Qué certifica un código de verificación",
      description =
          "El cargo de recepción de un expediente («expediente») o un documento con sus firmas"
              + " validadas en este momento («documento»). Sin autenticación.")
  public Verificacion porCodigo(@PathParam("codigo") String codigo) {
    return verificacion.porCodigo(codigo);
  }

  @GET
  @SecurityRequirementsSet
  @Path("{codigo}/pdf")
  @Produces({"application/pdf", "application/problem+json"})
  @Operation(
      summary = "El PDF firmado de un documento público",
      description = "403 si el documento no es público. Sin autenticación.")
  public Response pdf(@PathParam("codigo") String codigo) {
    var d = verificacion.descargar(codigo);
    String seguro = d.nombre().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return Response.ok(d.contenido(), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + seguro.replaceAll("[^A-Za-z0-9._ -]", "_")
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(seguro, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @SecurityRequirementsSet
  @Path("{codigo}/informe")
  @Produces({"application/pdf", "application/problem+json"})
  @Operation(
      summary = "El informe de validación guardado con la versión vigente de un documento",
      description =
          "El PDF del informe hecho al firmar la versión vigente (sus firmas, certificados y sellos"
              + " de tiempo; nada del contenido), también si el documento no es público. 404 si"
              + " la versión no está firmada o su informe aún se prepara. Sin autenticación.")
  public Response informe(@PathParam("codigo") String codigo) {
    var d = verificacion.descargarInforme(codigo);
    return Response.ok(d.contenido(), "application/pdf")
        .header("Content-Disposition", ExpedientesResource.disposicion(d.nombre(), false))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @SecurityRequirementsSet
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Valida las firmas de un PDF",
      description =
          "Multipart con el PDF en la parte «archivo». Responde el informe por firma"
              + " (indication, subIndication, signer, signingTime, level…). Sin autenticación.")
  public InformeDeValidacion validar(List<EntityPart> partes) {
    EntityPart archivo =
        partes.stream()
            .filter(p -> "archivo".equals(p.getName()))
            .findFirst()
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "archivo", "Adjunte el PDF firmado en la parte «archivo»."));
    return verificacion.validar(
        new ArchivoRecibido(archivo.getFileName().orElse("documento.pdf"), archivo.getContent()));
  }
}
