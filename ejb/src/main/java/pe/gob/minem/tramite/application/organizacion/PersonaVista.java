package pe.gob.minem.tramite.application.organizacion;

import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * A person as the administration page lists her: what the page shows and acts on, and nothing of
 * her credentials (password hash, failed attempts, lock). The page keeps the list in a view-scoped
 * bean, that is in the HTTP session, which the cluster copies to another instance.
 */
public record PersonaVista(
    String usuario,
    String nombres,
    String apellidos,
    String nombreCompleto,
    String dni,
    String correo,
    boolean activa,
    boolean administrador,
    List<CargoDePersona> cargos)
    implements Serializable {

  /** One of her cargos: its code, its name and its unit's code. */
  public record CargoDePersona(String codigo, String nombre, String unidad)
      implements Serializable {}

  public static PersonaVista de(Persona p) {
    return new PersonaVista(
        p.getUsuario(),
        p.getNombres(),
        p.getApellidos(),
        p.getNombreCompleto(),
        p.getDni(),
        p.getCorreo(),
        p.isActiva(),
        p.isAdministrador(),
        p.getCargos().stream().map(PersonaVista::cargo).toList());
  }

  private static CargoDePersona cargo(Cargo c) {
    return new CargoDePersona(c.getCodigo(), c.getNombre(), c.getUnidad().getCodigo());
  }
}
