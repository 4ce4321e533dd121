package pe.gob.minem.tramite.application.organizacion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/** A PersonaRepository over a map (AuditoriaDePrueba's), without a database. */
class PersonasDePrueba implements PersonaRepository {

  final Map<String, Persona> personas;

  PersonasDePrueba(Map<String, Persona> personas) {
    this.personas = personas;
  }

  @Override
  public Optional<Persona> porUsuario(String usuario) {
    return Optional.ofNullable(personas.get(usuario));
  }

  @Override
  public List<Persona> deUnidad(String codigoUnidad) {
    return List.of();
  }

  @Override
  public List<Persona> todas() {
    return List.copyOf(personas.values());
  }

  @Override
  public long contar() {
    return personas.size();
  }

  @Override
  public List<Persona> deDemostracionActivas() {
    return personas.values().stream()
        .filter(p -> p.isDeDemostracion() && p.isActiva())
        .sorted(java.util.Comparator.comparing(Persona::getUsuario))
        .toList();
  }

  @Override
  public void guardar(Persona persona) {
    personas.put(persona.getUsuario(), persona);
  }
}
