package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos;
import pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos.DetalleVista;
import pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos.EntradaVista;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Frecuencia;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.MedioDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Programacion;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.TipoDeRespaldo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The catálogo de respaldos of P/OGA-TI-06 (ADR 0027) and the start of a new backup to program. */
@jakarta.enterprise.context.ApplicationScoped
@Path("respaldos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Copias de respaldo",
    description = "El catálogo de respaldos de la OTI y su historial (P/OGA-TI-06)")
public class RespaldosResource {

  @Inject CatalogoDeRespaldos catalogo;

  /** An entry as a client sends it. */
  public static class EntradaNueva {
    public String servidor;
    public String informacion;
    public String tipo;
    public String frecuencia;
    public Integer dia;
    public String hora;
    public Integer retencionDias;
    public String medio;
    public String custodia;
  }

  @GET
  @Path("catalogo")
  @Operation(summary = "Las entradas del catálogo de respaldos (personal de la OTI)")
  public List<EntradaVista> listar() {
    return catalogo.listar();
  }

  @GET
  @Path("catalogo/{id}")
  @Operation(
      summary = "Una entrada con su historial de cambios, sus copias programadas y sus ejecuciones")
  public DetalleVista ver(@PathParam("id") long id) {
    return catalogo.ver(id);
  }

  @POST
  @Path("catalogo")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Agregar una entrada (Director de TI, Especialista de Redes, administradores)",
      description =
          "JSON {servidor, informacion?, tipo: SERVIDOR|BASE_DE_DATOS|CARPETA, frecuencia:"
              + " DIARIA|SEMANAL|MENSUAL, dia (semanal: 1 = lunes … 7; mensual: 1 a 31), hora:"
              + " \"hh:mm\" (hora de Lima), retencionDias, medio: CINTA|DISCO|NUBE, custodia}.")
  public Response crear(EntradaNueva cuerpo, @Context UriInfo uri) {
    EntradaVista e = catalogo.crear(datos(cuerpo));
    return Response.created(
            uri.getBaseUriBuilder().path("respaldos/catalogo").path(e.id().toString()).build())
        .entity(e)
        .build();
  }

  @PUT
  @Path("catalogo/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cambiar una entrada (queda en su historial)")
  public EntradaVista actualizar(@PathParam("id") long id, EntradaNueva cuerpo) {
    return catalogo.actualizar(id, datos(cuerpo));
  }

  @POST
  @Path("catalogo/{id}/desactivar")
  @Operation(summary = "Desactivar una entrada: no se programan más copias")
  public EntradaVista desactivar(@PathParam("id") long id) {
    return catalogo.desactivar(id);
  }

  @POST
  @Path("catalogo/{id}/activar")
  @Operation(summary = "Activar de nuevo una entrada (desde ahora)")
  public EntradaVista activar(@PathParam("id") long id) {
    return catalogo.activar(id);
  }

  @POST
  @Path("nuevos")
  @Operation(
      summary = "Identificar una nueva información a respaldar (P/OGA-TI-06 desde la act. 1)",
      description =
          "Inicia P/OGA-TI-06 en el expediente de copias de respaldo del mes; responde su número.")
  public Response nuevo() {
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("numero", catalogo.iniciarNuevo()))
        .build();
  }

  static EntradaDeCatalogo.Datos datos(EntradaNueva c) {
    if (c == null) {
      throw new DatosInvalidosException("servidor", "Envíe la entrada del catálogo en JSON.");
    }
    return new EntradaDeCatalogo.Datos(
        c.servidor,
        c.informacion,
        valor(TipoDeRespaldo.class, c.tipo, "tipo", "SERVIDOR, BASE_DE_DATOS o CARPETA"),
        new Programacion(
            valor(Frecuencia.class, c.frecuencia, "frecuencia", "DIARIA, SEMANAL o MENSUAL"),
            c.dia,
            Programacion.hora(c.hora)),
        c.retencionDias == null ? 0 : c.retencionDias,
        valor(MedioDeRespaldo.class, c.medio, "medio", "CINTA, DISCO o NUBE"),
        c.custodia);
  }

  static <E extends Enum<E>> E valor(Class<E> tipo, String texto, String campo, String validos) {
    try {
      return Enum.valueOf(
          tipo, texto == null ? "" : texto.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DatosInvalidosException(campo, "«" + campo + "» debe ser " + validos + ".");
    }
  }
}
