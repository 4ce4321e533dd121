package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.Vistas.Pagina;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ClasificacionService;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.expediente.ImpresosDelExpediente;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.idempotencia.Respuesta;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

@jakarta.enterprise.context.ApplicationScoped
@Path("expedientes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expedientes", description = "Mesa de partes, consulta y hoja de ruta")
public class ExpedientesResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject MesaDePartesService mesaDePartes;
  @Inject ConsultaExpedientes consulta;
  @Inject pe.gob.minem.tramite.application.plazo.PlazosService plazos;
  @Inject ClasificacionService clasificacion;
  @Inject DocumentosResource documentos;
  @Inject ImpresosDelExpediente impresos;
  @Inject RespuestasIdempotentes idempotentes;
  @Inject pe.gob.minem.tramite.application.procedimiento.ProcedimientosService procedimientos;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Registrar un expediente",
      description =
          "Multipart: parte JSON «expediente» y una o más partes de archivo «archivos» (PDF, DOCX,"
              + " PNG o JPEG). Responde 201 con el expediente y su número EXP-AAAA-NNNNNN. Con la"
              + " cabecera Idempotency-Key, repetir la solicitud en 24 horas devuelve la misma"
              + " respuesta sin registrar otro expediente (otra solicitud con la misma clave: 422).")
  public Response registrar(
      List<EntityPart> partes,
      @jakarta.ws.rs.core.Context UriInfo uri,
      @HeaderParam(RespuestasIdempotentes.CABECERA) String clave) {
    ExpedienteNuevo nuevo = null;
    List<ArchivoRecibido> archivos = new ArrayList<>();
    var huella = new HuellaDePeticion("POST expedientes");
    try {
      for (EntityPart p : partes) {
        switch (p.getName()) {
          case "expediente" -> {
            String json = p.getContent(String.class);
            huella.texto("expediente", json);
            nuevo = leer(json);
          }
          case "archivos" -> {
            String nombre = p.getFileName().orElse("archivo");
            archivos.add(new ArchivoRecibido(nombre, huella.archivo(nombre, p.getContent())));
          }
          default ->
              throw new DatosInvalidosException(
                  p.getName(),
                  "Parte no reconocida: «"
                      + p.getName()
                      + "» (se esperan «expediente» y «archivos»).");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (nuevo == null) {
      throw new DatosInvalidosException("expediente", "Falta la parte JSON «expediente».");
    }
    var datos = nuevo.comoDatos();
    if (clave == null) {
      ExpedienteVista e = mesaDePartes.registrar(datos, archivos);
      return Response.created(uri.getBaseUriBuilder().path("expedientes").path(e.numero()).build())
          .entity(e)
          .build();
    }
    return idempotentes.responder(
        clave,
        huella,
        () -> {
          ExpedienteVista e = mesaDePartes.registrar(datos, archivos);
          return Respuesta.creada("expedientes/" + e.numero(), JSON.toJson(e));
        },
        uri);
  }

  /** A registration without Idempotency-Key. */
  Response registrar(List<EntityPart> partes, UriInfo uri) {
    return registrar(partes, uri, null);
  }

  @GET
  @Path("{numero}")
  @Operation(summary = "Un expediente por su número")
  public ExpedienteVista buscar(@PathParam("numero") String numero) {
    return consulta.buscar(numero);
  }

  /** The body of a change of confidentiality. */
  public static class CambioDeNivel {
    public String nivel;
    public String motivo;
  }

  @PUT
  @Path("{numero}/confidencialidad")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cambiar la confidencialidad de un expediente",
      description =
          "JSON {\"nivel\": \"PUBLICO\" | \"RESERVADO\" | \"CONFIDENCIAL\", \"motivo\": …}. Solo"
              + " el director de la unidad que tiene el expediente, o un administrador; el motivo"
              + " (10 a 500 caracteres) queda en la hoja de ruta y en la auditoría, sus documentos"
              + " no públicos toman el nivel nuevo y el archivo lo vuelve a indexar.")
  public ExpedienteVista clasificar(@PathParam("numero") String numero, CambioDeNivel cambio) {
    if (cambio == null) {
      throw new DatosInvalidosException("nivel", "Envíe un JSON con «nivel» y «motivo».");
    }
    return clasificacion.clasificar(
        numero,
        ExpedienteNuevo.valor(
            Confidencialidad.class, cambio.nivel, "nivel", "PUBLICO, RESERVADO o CONFIDENCIAL"),
        cambio.motivo);
  }

  /** The body of a procedure's start. */
  public static class InicioDeProcedimiento {
    public String procedimiento;
    public String areaUsuaria;
    public Integer iteracionesMaximas;
  }

  @POST
  @Path("{numero}/procedimientos")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Iniciar un procedimiento de la OTI sobre el expediente",
      description =
          "JSON {\"procedimiento\": \"P/OGA-TI-03\" | \"P/OGA-TI-04\" | \"P/OGA-TI-05\","
              + " \"areaUsuaria\": código de la unidad que hizo el requerimiento}. Solo el"
              + " Director de Tecnologías de la Información o su secretaria; 409 si el mismo"
              + " procedimiento ya está en curso en el expediente. P/OGA-TI-03 empieza con la"
              + " derivación (P/OGA-TI-01): solo sobre un expediente recién registrado, y lo"
              + " puede iniciar también la Secretaria de Administración. iteracionesMaximas"
              + " (1 a 10, opcional): rondas de pruebas de P/OGA-TI-05 antes del informe final"
              + " con observaciones.")
  public Response iniciarProcedimiento(
      @PathParam("numero") String numero, InicioDeProcedimiento inicio) {
    if (inicio == null) {
      throw new DatosInvalidosException(
          "procedimiento", "Envíe un JSON con «procedimiento» y «areaUsuaria».");
    }
    var hecho =
        procedimientos.iniciar(
            numero, inicio.procedimiento, inicio.areaUsuaria, inicio.iteracionesMaximas);
    return Response.status(Response.Status.CREATED).entity(hecho).build();
  }

  @GET
  @Operation(summary = "Expedientes visibles para quien consulta, con filtros y paginación")
  public Pagina<ExpedienteVista> listar(
      @QueryParam("q") String q,
      @QueryParam("estado") String estado,
      @QueryParam("prioridad") String prioridad,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return consulta.listar(q, estado, prioridad, page, size);
  }

  @GET
  @Path("{numero}/pasos-pendientes")
  @Operation(
      summary =
          "Los pasos que esperan en el expediente, con su plazo en días hábiles y su vencimiento")
  public List<pe.gob.minem.tramite.application.plazo.PlazosService.PasoPendiente> pasosPendientes(
      @PathParam("numero") String numero) {
    return plazos.pendientes(numero);
  }

  @GET
  @Path("{numero}/hoja-de-ruta")
  @Operation(summary = "La hoja de ruta: cada movimiento y acción, en orden")
  public List<MovimientoVista> hojaDeRuta(@PathParam("numero") String numero) {
    return consulta.hojaDeRuta(numero);
  }

  @GET
  @Path("{numero}/hoja-de-ruta.pdf")
  @Produces("application/pdf")
  @Operation(summary = "La hoja de ruta en PDF")
  public Response hojaDeRutaPdf(@PathParam("numero") String numero) {
    return pdf(impresos.hojaDeRuta(numero));
  }

  @GET
  @Path("{numero}/cargo-de-recepcion")
  @Produces("application/pdf")
  @Operation(summary = "El cargo de recepción (PDF con código de verificación y QR)")
  public Response cargoDeRecepcion(@PathParam("numero") String numero) {
    return pdf(impresos.cargoDeRecepcion(numero));
  }

  @GET
  @Path("{numero}/archivos/{id}")
  @Operation(summary = "El contenido de un archivo del expediente")
  public Response archivo(
      @PathParam("numero") String numero,
      @PathParam("id") long id,
      @QueryParam("descargar") @DefaultValue("false") boolean descargar) {
    var c = consulta.archivo(numero, id);
    StreamingOutput cuerpo =
        out -> {
          try (var in = c.bytes()) {
            in.transferTo(out);
          }
        };
    return Response.ok(cuerpo, c.archivo().tipoMime())
        .header("Content-Disposition", disposicion(c.archivo().nombre(), descargar))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .build();
  }

  @POST
  @Path("{numero}/documentos")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Elaborar un documento en el expediente",
      description =
          "Parte JSON «documento» ({tipo, asunto, publico}) y el PDF «archivo»; inicia P/OGA-TI-02.")
  public Response crearDocumento(
      @PathParam("numero") String numero,
      List<EntityPart> partes,
      @jakarta.ws.rs.core.Context UriInfo uri,
      @HeaderParam(RespuestasIdempotentes.CABECERA) String clave) {
    return documentos.crear(numero, partes, uri, clave);
  }

  @GET
  @Path("{numero}/documentos")
  @Operation(summary = "Documentos del expediente, con sus versiones y firmas")
  public List<pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista>
      documentos(@PathParam("numero") String numero) {
    return documentos.deExpediente(numero);
  }

  /** A printed document, shown in the browser. */
  static Response pdf(ImpresosDelExpediente.Impreso impreso) {
    return pdf(impreso.pdf(), impreso.nombre(), false);
  }

  static Response pdf(byte[] pdf, String nombre, boolean descargar) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", disposicion(nombre, descargar))
        .build();
  }

  static String disposicion(String nombre, boolean descargar) {
    String seguro = nombre.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    String ascii = seguro.replaceAll("[^A-Za-z0-9._ -]", "_");
    return (descargar ? "attachment" : "inline")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + java.net.URLEncoder.encode(seguro, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  private static ExpedienteNuevo leer(String json) {
    try {
      ExpedienteNuevo n = JSON.fromJson(json, ExpedienteNuevo.class);
      if (n == null) {
        throw new DatosInvalidosException("expediente", "La parte «expediente» está vacía.");
      }
      return n;
    } catch (JsonbException e) {
      throw new DatosInvalidosException(
          "expediente", "La parte «expediente» no es un JSON válido con los campos esperados.");
    }
  }
}
