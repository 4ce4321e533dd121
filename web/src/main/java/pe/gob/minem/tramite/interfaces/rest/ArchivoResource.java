package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.archivo.ArchivoService;
import pe.gob.minem.tramite.archivo.Consulta;
import pe.gob.minem.tramite.archivo.Facetas;
import pe.gob.minem.tramite.archivo.Resultado;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * The archive through the API: the same search, filters and facets as the portal's page, only what
 * the caller may see; saved searches; and for administrators the index's health, failed extractions
 * and a rebuild.
 */
@jakarta.enterprise.context.ApplicationScoped
@Path("archivo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Archivo", description = "Búsqueda en el archivo: texto completo, metadatos y facetas")
public class ArchivoResource {

  @Inject ArchivoService archivo;

  /** One result, with the portal's address that opens it. */
  public record ResultadoVista(
      String id,
      String clase,
      String expediente,
      String numeroDocumento,
      String titulo,
      String fragmento,
      Integer pagina,
      float puntaje,
      LocalDate fecha,
      String unidad,
      String tipoDocumento,
      String estado,
      boolean firmado,
      String nivel,
      String nombreArchivo,
      String enlace) {}

  /** A facet value with its count and the words to show. */
  public record ValorDeFaceta(String valor, String etiqueta, long cuenta) {}

  /** A page of results. */
  public record Respuesta(
      long total,
      int inicio,
      int tamano,
      long milisegundos,
      List<ResultadoVista> resultados,
      Map<String, List<ValorDeFaceta>> facetas) {}

  @GET
  @Operation(
      summary =
          "Busca en el archivo (texto, frases entre comillas, números exactos) con filtros por"
              + " faceta (anio, unidad, procedimiento, tipo, estado, firmado, origen, clase; se"
              + " repiten para elegir varios valores), fechas (desde, hasta: AAAA-MM-DD), orden"
              + " (RELEVANCIA, FECHA_RECIENTE, FECHA_ANTIGUA) y página (inicio, tamano ≤ 100)")
  public Respuesta buscar(
      @QueryParam("q") String q,
      @QueryParam("desde") String desde,
      @QueryParam("hasta") String hasta,
      @QueryParam("orden") String orden,
      @QueryParam("inicio") @DefaultValue("0") int inicio,
      @QueryParam("tamano") @DefaultValue("20") int tamano,
      @Context UriInfo uri) {
    Map<String, Set<String>> filtros = new LinkedHashMap<>();
    for (String f : Facetas.TODAS) {
      List<String> valores = uri.getQueryParameters().get(f);
      if (valores != null) {
        Set<String> v = new LinkedHashSet<>();
        valores.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> v.add(s.strip()));
        if (!v.isEmpty()) {
          filtros.put(f, v);
        }
      }
    }
    if (tamano < 1 || tamano > 100) {
      throw new DatosInvalidosException("tamano", "El tamaño de página va de 1 a 100.");
    }
    var r =
        archivo.buscar(
            new ArchivoService.Busqueda(
                q,
                filtros,
                fecha(desde, "desde"),
                fecha(hasta, "hasta"),
                orden(orden),
                inicio,
                tamano));
    return respuesta(r, inicio, tamano, archivo.etiquetas());
  }

  static Respuesta respuesta(Resultado r, int inicio, int tamano, Map<String, String> etiquetas) {
    List<ResultadoVista> items = new ArrayList<>();
    for (var h : r.hallazgos()) {
      items.add(
          new ResultadoVista(
              h.id(),
              h.clase(),
              h.expediente(),
              h.numeroDocumento(),
              h.titulo(),
              h.fragmento(),
              h.pagina(),
              h.puntaje(),
              h.fecha(),
              h.unidad(),
              h.tipoDocumento(),
              h.estado(),
              h.firmado(),
              h.nivel() == null ? null : h.nivel().name(),
              h.nombreArchivo(),
              enlace(h)));
    }
    Map<String, List<ValorDeFaceta>> facetas = new LinkedHashMap<>();
    r.facetas()
        .forEach(
            (f, valores) ->
                facetas.put(
                    f,
                    valores.stream()
                        .map(
                            v ->
                                new ValorDeFaceta(
                                    v.valor(),
                                    etiquetas.getOrDefault(f + ":" + v.valor(), v.valor()),
                                    v.cuenta()))
                        .toList()));
    return new Respuesta(r.total(), inicio, tamano, r.milisegundos(), items, facetas);
  }

  /** The expediente's page, opening the matching file or document at the matching page. */
  public static String enlace(Resultado.Hallazgo h) {
    var s = new StringBuilder("/expediente.xhtml?numero=").append(h.expediente());
    if ("ARCHIVO".equals(h.clase()) && h.referencia() != null) {
      s.append("&archivo=").append(h.referencia());
    } else if ("DOCUMENTO".equals(h.clase()) && h.referencia() != null) {
      s.append("&documento=").append(h.referencia());
    }
    if (h.pagina() != null) {
      s.append("&pagina=").append(h.pagina());
    }
    return s.toString();
  }

  private static LocalDate fecha(String texto, String campo) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(texto.strip());
    } catch (DateTimeParseException ex) {
      throw new DatosInvalidosException(campo, "Fecha no válida: use AAAA-MM-DD.");
    }
  }

  private static Consulta.Orden orden(String texto) {
    if (texto == null || texto.isBlank()) {
      return Consulta.Orden.RELEVANCIA;
    }
    try {
      return Consulta.Orden.valueOf(texto.strip().toUpperCase());
    } catch (IllegalArgumentException ex) {
      throw new DatosInvalidosException(
          "orden", "Orden no válido: RELEVANCIA, FECHA_RECIENTE o FECHA_ANTIGUA.");
    }
  }

  // ------------------------------------------------------------------ saved searches

  /** Body of {@code POST /archivo/busquedas}. */
  public static class BusquedaNueva {
    public String nombre;
    public String consulta;
  }

  @GET
  @Path("busquedas")
  @Operation(summary = "Las búsquedas guardadas de quien consulta")
  public List<ArchivoService.Guardada> busquedas() {
    return archivo.busquedasGuardadas();
  }

  @POST
  @Path("busquedas")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Guarda (o reemplaza, con el mismo nombre) una búsqueda")
  public Response guardar(BusquedaNueva b) {
    if (b == null) {
      throw new DatosInvalidosException("nombre", "Indique el nombre y la búsqueda.");
    }
    return Response.status(Response.Status.CREATED)
        .entity(archivo.guardarBusqueda(b.nombre, b.consulta))
        .build();
  }

  @DELETE
  @Path("busquedas/{id}")
  @Operation(summary = "Elimina una búsqueda guardada propia")
  public Response eliminar(@PathParam("id") long id) {
    archivo.eliminarBusqueda(id);
    return Response.noContent().build();
  }

  // ------------------------------------------------------------------ administration

  @GET
  @Path("estado")
  @Operation(summary = "Salud del índice: conteos frente a la base de datos, cola y extracción")
  public ArchivoService.Estado estado() {
    return archivo.estado();
  }

  @GET
  @Path("fallas")
  @Operation(summary = "Archivos cuyo texto no se pudo extraer, con el motivo")
  public List<ArchivoService.Falla> fallas() {
    return archivo.fallas();
  }

  @POST
  @Path("fallas/{id}/reintento")
  @Operation(summary = "Vuelve a intentar la extracción de un archivo")
  public Response reintentar(@PathParam("id") long id) {
    archivo.reintentar(id);
    return Response.accepted().build();
  }

  @POST
  @Path("reconstruccion")
  @Operation(summary = "Vacía el índice y lo reconstruye desde la base de datos y los documentos")
  public Response reconstruir() {
    return Response.accepted(archivo.reconstruir()).build();
  }
}
