package pe.gob.minem.tramite.application.tablero;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/**
 * What one person's dashboard covers (ADR 0035): an administrator, everything; the OTI's director
 * and its coordinators, every instance and step of the OTI's procedures (the MAPRO's P/OGA-TI-xx,
 * whichever unit a step is in) and the Mesa de Ayuda; a unit's director, the steps of their unit
 * (the organisation has no units under units: a director sees their own). Nobody else has one.
 */
public record Alcance(
    boolean todo, boolean procedimientosDeLaOti, Set<String> unidades, String descripcion) {

  public static final String OTI = "OTI";

  public static Optional<Alcance> de(Persona p) {
    if (p.isAdministrador()) {
      return Optional.of(new Alcance(true, true, Set.of(), "Todo el portal (administrador)."));
    }
    Set<String> unidades = new TreeSet<>();
    p.getCargos().stream()
        .filter(c -> c.getRol() == Rol.DIRECTOR)
        .forEach(c -> unidades.add(c.getUnidad().getCodigo()));
    boolean coordinadorOti = p.tieneRolEn(Rol.COORDINADOR, OTI);
    if (coordinadorOti) {
      unidades.add(OTI);
    }
    if (unidades.isEmpty()) {
      return Optional.empty();
    }
    boolean oti = unidades.contains(OTI);
    String descripcion =
        (oti
                ? "Los procedimientos de la OTI (P/OGA-TI-01 a 12), la Mesa de Ayuda y los pasos de "
                : "Los pasos de ")
            + (unidades.size() == 1 ? "la unidad " : "las unidades ")
            + String.join(", ", unidades)
            + "; los expedientes que usted puede ver.";
    return Optional.of(new Alcance(false, oti, Set.copyOf(unidades), descripcion));
  }

  /**
   * Whether a step of this procedure ({@code codigo} null: the portal's own) in this unit counts.
   */
  public boolean incluye(String codigo, String unidad) {
    return todo
        || (procedimientosDeLaOti && codigo != null)
        || (unidad != null && unidades.contains(unidad));
  }

  /** The Mesa de Ayuda's tickets and surveys: the OTI's (ADR 0031) and the administrators. */
  public boolean mesaDeAyuda() {
    return todo || procedimientosDeLaOti;
  }
}
