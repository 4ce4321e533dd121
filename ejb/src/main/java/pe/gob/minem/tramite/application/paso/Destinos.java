package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pe.gob.minem.tramite.application.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/**
 * Where a step may send an expediente: the units of a {@code unidad} field and the people of a
 * {@code responsable} field; the page offers them and the handlers check the choice against them.
 */
@ApplicationScoped
public class Destinos {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  /** Units an expediente can be derived to: staffed units with a director, other than the OGA. */
  public List<UnidadOrganica> unidades() {
    return em.createQuery(
            "SELECT DISTINCT c.unidad FROM Persona p JOIN p.cargos c WHERE p.activa = TRUE AND"
                + " c.rol = :rol AND c.unidad.activa = TRUE AND c.unidad.codigo <> :oga ORDER BY"
                + " c.unidad.nombre",
            UnidadOrganica.class)
        .setParameter("rol", Rol.DIRECTOR)
        .setParameter("oga", MesaDePartesService.UNIDAD_DE_REGISTRO)
        .getResultList();
  }

  /** People of the unit who can be named responsable (not its director nor its secretary). */
  public List<Persona> responsables(String codigoUnidad) {
    return em.createNamedQuery("Persona.deUnidad", Persona.class)
        .setParameter("unidad", codigoUnidad)
        .getResultStream()
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
