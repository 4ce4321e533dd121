package pe.gob.minem.tramite.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.Vistas.Pagina;
import pe.gob.minem.tramite.application.equipo.CriteriosDeEquipo;
import pe.gob.minem.tramite.application.equipo.ImportacionDeEquipos;
import pe.gob.minem.tramite.application.equipo.InformeDeImportacion;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos.DetalleDeEquipo;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos.EquipoVista;
import pe.gob.minem.tramite.application.equipo.LecturaDeInventario;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.equipo.DatosDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEventoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;

/**
 * The OTI's equipment inventory (ADR 0030): search, an item with its history, register and edit
 * (the OTI), its state and notes, and the CSV import with its per-row report.
 */
@ApplicationScoped
@Path("equipos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Equipos",
    description =
        "Inventario de equipos informáticos de la OTI, su historia (tickets, mantenimientos) y la"
            + " importación desde CSV")
public class EquiposResource {

  @Inject InventarioDeEquipos inventario;
  @Inject ImportacionDeEquipos importacion;
  @Inject PersonaActual personaActual;

  /** An item as a client sends it; {@code version} is the one read (PUT only). */
  public static class EquipoNuevo {
    public String codigoPatrimonial;
    public String tipo;
    public String marca;
    public String modelo;
    public String serie;
    public String usuarioAsignado;
    public String unidad;
    public String ubicacion;
    public String garantiaHasta;
    public String estado;
    public Long version;
  }

  /** A new state, or a note, with what happened and its expediente or ticket. */
  public static class Anotacion {
    public String estado;
    public String tipo;
    public String descripcion;
    public String referencia;
  }

  @GET
  @Operation(
      summary = "Buscar equipos",
      description =
          "q: palabras en código patrimonial, serie, marca, modelo, usuario o ubicación; tipo y"
              + " estado: código o nombre; unidad: código; garantia: vigente | vencida; pagina"
              + " (desde 0), tamano (hasta 200), orden: codigo, tipo, marca, usuario, unidad,"
              + " ubicacion, garantia o estado («-» delante: descendente). Fuera de la OTI solo se"
              + " ven los equipos asignados a uno mismo.")
  public Pagina<EquipoVista> buscar(
      @QueryParam("q") String q,
      @QueryParam("tipo") String tipo,
      @QueryParam("unidad") String unidad,
      @QueryParam("estado") String estado,
      @QueryParam("garantia") String garantia,
      @QueryParam("usuario") String usuario,
      @QueryParam("pagina") Integer pagina,
      @QueryParam("tamano") Integer tamano,
      @QueryParam("orden") String orden) {
    var criterios =
        CriteriosDeEquipo.de(q, tipo, unidad, estado, garantia, usuario, pagina, tamano, orden);
    var p = inventario.buscar(criterios, personaActual.persona());
    var hoy = inventario.hoy();
    return new Pagina<>(
        p.items().stream().map(e -> EquipoVista.de(e, hoy)).toList(),
        p.total(),
        p.page(),
        p.size());
  }

  @GET
  @Path("{codigo}")
  @Operation(
      summary = "Un equipo con su historia",
      description = "403 si no es de la OTI y el equipo no le está asignado.")
  public DetalleDeEquipo ver(@PathParam("codigo") String codigo) {
    return inventario.ver(codigo, personaActual.persona());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registrar un equipo (personal de la OTI)",
      description =
          "JSON {codigoPatrimonial (6 a 20 letras, dígitos o guiones), tipo, marca, modelo?,"
              + " serie?, usuarioAsignado?, unidad? (si falta, la de la persona asignada),"
              + " ubicacion?, garantiaHasta? (aaaa-mm-dd o dd/mm/aaaa), estado? (OPERATIVO por"
              + " omisión)}. 409 si el código ya existe.")
  public Response registrar(EquipoNuevo cuerpo, @Context UriInfo uri) {
    var e = inventario.registrar(datos(cuerpo, null), personaActual.persona());
    return Response.created(
            uri.getBaseUriBuilder().path("equipos").path(e.getCodigoPatrimonial()).build())
        .entity(EquipoVista.de(e, inventario.hoy()))
        .build();
  }

  @PUT
  @Path("{codigo}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cambiar los datos de un equipo (personal de la OTI)",
      description =
          "El mismo JSON que al registrar, con la «version» leída: 409 si otra persona lo cambió"
              + " después. Los cambios quedan en su historia.")
  public EquipoVista actualizar(@PathParam("codigo") String codigo, EquipoNuevo cuerpo) {
    if (cuerpo == null || cuerpo.version == null) {
      throw new DatosInvalidosException(
          "version", "Envíe la «version» del equipo que leyó (GET /equipos/{codigo}).");
    }
    var e =
        inventario.actualizar(
            codigo, datos(cuerpo, codigo), cuerpo.version, personaActual.persona());
    return EquipoVista.de(e, inventario.hoy());
  }

  @POST
  @Path("{codigo}/estado")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cambiar el estado de un equipo (personal de la OTI)",
      description =
          "JSON {estado: OPERATIVO | EN_REPARACION | EN_PRESTAMO | DADO_DE_BAJA (o su nombre),"
              + " descripcion?, referencia? (expediente o ticket)}. Responde el equipo con su"
              + " historia.")
  public DetalleDeEquipo cambiarEstado(@PathParam("codigo") String codigo, Anotacion cuerpo) {
    if (cuerpo == null) {
      throw new DatosInvalidosException("estado", "Envíe el nuevo estado en JSON.");
    }
    EstadoDeEquipo estado =
        EstadoDeEquipo.de(cuerpo.estado)
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "estado",
                        "«estado» debe ser OPERATIVO, EN_REPARACION, EN_PRESTAMO o DADO_DE_BAJA."));
    var p = personaActual.persona();
    inventario.cambiarEstado(codigo, estado, cuerpo.descripcion, cuerpo.referencia, p);
    return inventario.ver(codigo, p);
  }

  @POST
  @Path("{codigo}/eventos")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Anotar un hecho en la historia de un equipo",
      description =
          "JSON {tipo: TICKET | MANTENIMIENTO_CORRECTIVO | MANTENIMIENTO_PREVENTIVO | PRESTAMO |"
              + " GARANTIA | …, descripcion, referencia? (expediente o ticket)}. El personal de la"
              + " OTI anota cualquier hecho; los demás, solo un ticket de un equipo que tienen"
              + " asignado. Responde el equipo con su historia.")
  public DetalleDeEquipo anotar(@PathParam("codigo") String codigo, Anotacion cuerpo) {
    if (cuerpo == null) {
      throw new DatosInvalidosException("tipo", "Envíe la anotación en JSON.");
    }
    TipoDeEventoDeEquipo tipo =
        TipoDeEventoDeEquipo.de(cuerpo.tipo)
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "tipo", "«tipo» no es un tipo de anotación conocido (p. ej. TICKET)."));
    var p = personaActual.persona();
    inventario.anotar(codigo, tipo, cuerpo.descripcion, cuerpo.referencia, p);
    return inventario.ver(codigo, p);
  }

  @POST
  @Path("importacion")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Produces({MediaType.APPLICATION_JSON, Problema.TIPO})
  @Operation(
      summary = "Importar equipos desde un CSV (personal de la OTI)",
      description =
          "Cuerpo text/csv en UTF-8 (con o sin BOM), separado por «;» o «,», con la cabecera"
              + " codigo_patrimonial;tipo;marca;modelo;serie;usuario;unidad;ubicacion;"
              + "garantia_hasta;estado (las tres primeras obligatorias; mayúsculas y tildes dan"
              + " igual). Cada fila se valida por sí sola: las buenas se importan juntas, las"
              + " malas vuelven en «errores» con su línea (la cabecera es la línea 1), su columna"
              + " y el motivo. 200 aunque haya filas con errores; 400 si el archivo entero no se"
              + " puede leer; 413 si pasa de tramite.equipos.importacion.tamano-maximo.")
  public InformeDeImportacion importarCsv(@Context HttpServletRequest req, InputStream cuerpo)
      throws IOException {
    long declarado = req == null ? -1 : req.getContentLengthLong();
    if (declarado > importacion.tamanoMaximo()) {
      throw new ContenidoDemasiadoGrandeException(importacion.tamanoMaximo());
    }
    return importacion.importar(leer(cuerpo), personaActual.persona());
  }

  @POST
  @Path("importacion")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.APPLICATION_JSON, Problema.TIPO})
  @Operation(
      summary = "Importar equipos desde un CSV adjunto (personal de la OTI)",
      description = "Multipart con el CSV en la parte «archivo»; lo demás como con text/csv.")
  public InformeDeImportacion importarArchivo(List<EntityPart> partes) throws IOException {
    EntityPart archivo =
        partes.stream()
            .filter(p -> "archivo".equals(p.getName()))
            .findFirst()
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "archivo", "Adjunte el CSV del inventario en la parte «archivo»."));
    return importacion.importar(leer(archivo.getContent()), personaActual.persona());
  }

  /** The body, refused (413) as soon as it passes the limit. */
  private byte[] leer(InputStream cuerpo) throws IOException {
    long maximo = importacion.tamanoMaximo();
    byte[] leido =
        cuerpo == null
            ? new byte[0]
            : cuerpo.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximo + 1));
    if (leido.length > maximo) {
      throw new ContenidoDemasiadoGrandeException(maximo);
    }
    return leido;
  }

  static DatosDeEquipo datos(EquipoNuevo c, String codigo) {
    if (c == null) {
      throw new DatosInvalidosException("codigoPatrimonial", "Envíe el equipo en JSON.");
    }
    return new DatosDeEquipo(
        codigo != null && (c.codigoPatrimonial == null || c.codigoPatrimonial.isBlank())
            ? codigo
            : c.codigoPatrimonial,
        LecturaDeInventario.tipo(c.tipo),
        c.marca,
        c.modelo,
        c.serie,
        c.usuarioAsignado,
        c.unidad,
        c.ubicacion,
        LecturaDeInventario.fecha(c.garantiaHasta),
        LecturaDeInventario.estado(c.estado));
  }
}
