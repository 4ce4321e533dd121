package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.application.documento.InformesGuardados;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.idempotencia.Respuesta;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

@Path("documentos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Documentos",
    description =
        "Documentos de un expediente: versiones y visto bueno o suscripción (P/OGA-TI-02)")
@jakarta.enterprise.context.ApplicationScoped
public class DocumentosResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ConsultaDeDocumentos documentos;
  @Inject ElaboracionDeDocumentos elaboracion;
  @Inject RespuestasIdempotentes idempotentes;

  /** The JSON part {@code documento}. */
  public static class DocumentoNuevo {
    public String tipo;
    public String asunto;
    public Boolean publico;
  }

  /** {@code POST /expedientes/{numero}/documentos}, routed here by {@link ExpedientesResource}. */
  public Response crear(String numero, List<EntityPart> partes, UriInfo uri, String clave) {
    DocumentoNuevo nuevo = null;
    ArchivoRecibido archivo = null;
    var huella =
        new HuellaDePeticion(
            numero == null ? "POST documentos" : "POST expedientes/" + numero + "/documentos");
    try {
      for (EntityPart p : partes) {
        switch (p.getName()) {
          case "documento" -> {
            String json = p.getContent(String.class);
            huella.texto("documento", json);
            nuevo = leer(json);
          }
          case "archivo" -> {
            String nombre = p.getFileName().orElse("documento.pdf");
            archivo = new ArchivoRecibido(nombre, huella.archivo(nombre, p.getContent()));
          }
          default ->
              throw new DatosInvalidosException(
                  p.getName(), "Parte no reconocida: «" + p.getName() + "».");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (nuevo == null || archivo == null) {
      throw new DatosInvalidosException(
          "documento", "Envíe la parte JSON «documento» y el PDF «archivo».");
    }
    TipoDocumentoInterno tipo;
    try {
      tipo = TipoDocumentoInterno.valueOf(String.valueOf(nuevo.tipo).strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new DatosInvalidosException(
          "tipo",
          "Tipo de documento no válido: OFICIO, MEMORANDO, INFORME_TECNICO, ACTA, TERMINOS_DE_REFERENCIA o PLAN.");
    }
    var asunto = nuevo.asunto;
    boolean publico = Boolean.TRUE.equals(nuevo.publico);
    var pdf = archivo;
    if (clave == null) {
      DocumentoVista d = elaboracion.crear(numero, tipo, asunto, publico, pdf);
      return Response.created(
              uri.getBaseUriBuilder().path("documentos").path(String.valueOf(d.id())).build())
          .entity(d)
          .build();
    }
    return idempotentes.responder(
        clave,
        huella,
        () -> {
          DocumentoVista d = elaboracion.crear(numero, tipo, asunto, publico, pdf);
          return Respuesta.creada("documentos/" + d.id(), JSON.toJson(d));
        },
        uri);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Elaborar un documento de la unidad sin expediente previo",
      description =
          "Parte JSON «documento» ({tipo, asunto, publico}) y el PDF «archivo». Abre un expediente"
              + " de la unidad de quien lo elabora, a su cargo, y el documento inicia su camino de"
              + " firma (P/OGA-TI-02 en la OTI, su Director en otra unidad).")
  public Response crearEnLaUnidad(
      List<EntityPart> partes,
      @jakarta.ws.rs.core.Context UriInfo uri,
      @jakarta.ws.rs.HeaderParam(RespuestasIdempotentes.CABECERA) String clave) {
    return crear(null, partes, uri, clave);
  }

  /** A document without Idempotency-Key. */
  Response crear(String numero, List<EntityPart> partes, UriInfo uri) {
    return crear(numero, partes, uri, null);
  }

  public List<DocumentoVista> deExpediente(String numero) {
    return documentos.deExpediente(numero);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Un documento con sus versiones y firmas")
  public DocumentoVista buscar(@PathParam("id") long id) {
    return documentos.buscar(id);
  }

  @POST
  @Path("{id}/versiones")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Subir una nueva versión (PDF «archivo»); anula los V°B° dados")
  public DocumentoVista nuevaVersion(@PathParam("id") long id, List<EntityPart> partes) {
    for (EntityPart p : partes) {
      if ("archivo".equals(p.getName())) {
        return elaboracion.nuevaVersion(
            id, new ArchivoRecibido(p.getFileName().orElse("documento.pdf"), p.getContent()));
      }
    }
    throw new DatosInvalidosException("archivo", "Envíe el PDF en la parte «archivo».");
  }

  @GET
  @Path("{id}/contenido")
  @Produces("application/pdf")
  @Operation(summary = "El PDF de una versión (la actual si no se indica)")
  public Response contenido(
      @PathParam("id") long id, @QueryParam("version") @DefaultValue("0") int version) {
    return ExpedientesResource.pdf(
        documentos.contenido(id, version), "documento-" + id + ".pdf", false);
  }

  @GET
  @Path("{id}/versiones/{numero}/informe")
  @Produces({"application/pdf", "application/xml", "application/problem+json"})
  @Operation(
      summary = "El informe de validación guardado con una versión firmada",
      description =
          "Hecho al firmar la versión, con las firmas que contiene: formato «pdf» (por omisión,"
              + " legible), «simple» o «detallado» (los informes XML de DSS, ETSI EN 319 102-1)."
              + " Lo lee quien puede leer el contenido del documento. 404 si la versión no está"
              + " firmada o, firmada antes de que se guardaran los informes, el suyo aún se"
              + " prepara.")
  public Response informe(
      @PathParam("id") long id,
      @PathParam("numero") int numero,
      @QueryParam("formato") String formato) {
    var informe = documentos.informe(id, numero, InformesGuardados.Formato.de(formato));
    boolean pdf = "application/pdf".equals(informe.tipo());
    return Response.ok(informe.contenido(), informe.tipo())
        .header("Content-Disposition", ExpedientesResource.disposicion(informe.nombre(), !pdf))
        .build();
  }

  private static DocumentoNuevo leer(String json) {
    try {
      DocumentoNuevo n = JSON.fromJson(json, DocumentoNuevo.class);
      if (n == null) {
        throw new DatosInvalidosException("documento", "La parte «documento» está vacía.");
      }
      return n;
    } catch (JsonbException e) {
      throw new DatosInvalidosException("documento", "La parte «documento» no es un JSON válido.");
    }
  }
}
