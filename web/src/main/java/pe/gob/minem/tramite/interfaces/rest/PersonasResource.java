package pe.gob.minem.tramite.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pe.gob.minem.tramite.application.organizacion.OrganizacionService;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.interfaces.seguridad.IdentidadesDelPortal;

/** Persons' accounts, for administrators (checked in {@link OrganizacionService}). */
@jakarta.enterprise.context.ApplicationScoped
@Path("personas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cuenta", description = "Cuentas de las personas (administradores)")
public class PersonasResource {

  @Inject OrganizacionService organizacion;
  @Inject IdentidadesDelPortal identidades;

  /** A new person with a first password, which they replace at their first login. */
  public static class PersonaNueva {
    public String usuario;
    public String nombres;
    public String apellidos;
    public String dni;
    public String clave;
  }

  /** An optional temporary password; when absent one is generated. */
  public static class ClaveTemporal {
    public String clave;
  }

  public record PersonaVista(
      String usuario, String nombreCompleto, boolean activa, boolean debeCambiarClave) {
    static PersonaVista de(Persona p) {
      return new PersonaVista(
          p.getUsuario(), p.getNombreCompleto(), p.isActiva(), p.isDebeCambiarClave());
    }
  }

  public record ClaveRestablecida(String usuario, String claveTemporal) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Crear una persona (administradores); cambia la contraseña al ingresar")
  public PersonaVista crear(PersonaNueva p) {
    var cuerpo = p == null ? new PersonaNueva() : p;
    return PersonaVista.de(
        organizacion.crearPersona(
            cuerpo.usuario, cuerpo.nombres, cuerpo.apellidos, cuerpo.dni, cuerpo.clave));
  }

  /** A person's mail address. */
  public static class Correo {
    public String correo;
  }

  @PUT
  @Path("{usuario}/correo")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Registrar el correo de una persona (administradores): adonde va su resumen diario;"
              + " vacío lo quita")
  public PersonaVista correo(@PathParam("usuario") String usuario, Correo c) {
    return PersonaVista.de(organizacion.cambiarCorreo(usuario, c == null ? null : c.correo));
  }

  @POST
  @Path("{usuario}/clave-temporal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Restablecer la contraseña (administradores): una temporal, que la persona debe cambiar"
              + " al ingresar; se muestra una sola vez")
  public ClaveRestablecida restablecer(@PathParam("usuario") String usuario, ClaveTemporal c) {
    String temporal = organizacion.restablecerClave(usuario, c == null ? null : c.clave);
    identidades.olvidar();
    return new ClaveRestablecida(usuario, temporal);
  }
}
