package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;

/**
 * Where a step may send an expediente: the units of a {@code unidad} field and the people of a
 * {@code responsable} field; the page offers them and the handlers check the choice against them.
 */
@ApplicationScoped
public class Destinos {

  @Inject UnidadOrganicaRepository unidades;
  @Inject PersonaRepository personas;

  /** Units an expediente can be derived to: staffed units with a director, other than the OGA. */
  public List<UnidadOrganica> unidades() {
    return unidades.activasConCargoOcupado(Rol.DIRECTOR, MesaDePartesService.UNIDAD_DE_REGISTRO);
  }

  /** People of the unit who can be named responsable (not its director nor its secretary). */
  public List<Persona> responsables(String codigoUnidad) {
    return personas.deUnidad(codigoUnidad).stream()
        .filter(p -> !p.tieneRolEn(Rol.DIRECTOR, codigoUnidad))
        .filter(p -> !p.tieneRolEn(Rol.SECRETARIA, codigoUnidad))
        .toList();
  }

  UnidadOrganica unidad(String campo, String codigo) {
    return unidades().stream()
        .filter(u -> u.getCodigo().equalsIgnoreCase(codigo))
        .findFirst()
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    campo,
                    "La unidad «"
                        + codigo
                        + "» no existe o no tiene director para recibir expedientes."));
  }

  Persona responsable(String campo, String unidad, String usuario) {
    return responsables(unidad).stream()
        .filter(p -> p.getUsuario().equals(usuario))
        .findFirst()
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    campo,
                    "«"
                        + usuario
                        + "» no es una persona de la unidad "
                        + unidad
                        + " que pueda ser responsable."));
  }
}
