package pe.gob.minem.tramite.domain.model.organizacion;

import java.util.List;
import java.util.Optional;

/** The persons who work in the portal, with their cargos (ADR 0015). */
public interface PersonaRepository {

  /** The person with this user name, active or not. */
  Optional<Persona> porUsuario(String usuario);

  /** The active persons holding some cargo of the unit, each once, by surname. */
  List<Persona> deUnidad(String codigoUnidad);

  /** Everyone, by surname and names. */
  List<Persona> todas();

  long contar();

  /** The demo-seeded accounts still enabled, read from the database. */
  List<Persona> deDemostracionActivas();

  void guardar(Persona persona);
}
