package pe.gob.minem.tramite.application.bandeja;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.infrastructure.workflow.DescripcionesDelMapro;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos.PasoEnCurso;
import pe.gob.minem.tramite.infrastructure.workflow.RumboDelPaso;
import pe.gob.minem.tramite.infrastructure.workflow.SiguientesPasos.Siguiente;

/**
 * The task page's guide (ADR 0036): what the MAPRO says of the step (its activity's text, number
 * and responsable) and who acts next — each following activity with its branch's condition in words
 * and the cargo and unit (or the person) that will act. Only for a step the caller may act on.
 */
@Stateless
public class GuiaDelPaso {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([a-zA-Z_]\\w*)\\s*}");

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject BandejaService bandeja;
  @Inject Flujos flujos;
  @Inject RumboDelPaso rumbo;
  @Inject PersonaRepository personas;

  /** What comes after: an activity (number 0 outside the MAPRO), who acts, on what condition. */
  public record Despues(int actividad, String nombre, String quien, String condicion, boolean fin)
      implements java.io.Serializable {

    /** The condition as the start of a sentence: «Si «Desarrollo interno»», «Si el desarrollo…». */
    public String enFrase() {
      if (condicion == null) {
        return null;
      }
      return condicion.regionMatches(true, 0, "si ", 0, 3)
          ? "Si " + condicion.substring(3)
          : "Si " + condicion;
    }

    /** «Actividad 12: Nombre», or the name alone. */
    public String titulo() {
      return actividad > 0 ? "Actividad " + actividad + ": " + nombre : nombre;
    }
  }

  public record Guia(
      String procedimiento,
      int actividad,
      String descripcion,
      String responsable,
      List<Despues> siguientes,
      boolean enParalelo)
      implements java.io.Serializable {}

  public Guia guia(String tareaId) {
    var vista = bandeja.tarea(tareaId); // the caller may act on it, or an error
    PasoEnCurso t =
        flujos
            .pendiente(vista.id())
            .orElseThrow(() -> new NoEncontradoException("No existe la tarea " + tareaId + "."));
    var descripcion = DescripcionesDelMapro.de(vista.procedimiento(), vista.actividad());
    List<Despues> despues = new ArrayList<>();
    boolean paralelo = false;
    for (Siguiente s : rumbo.despuesDe(t)) {
      paralelo |= s.enParalelo();
      despues.add(
          new Despues(
              s.actividad(),
              s.nombre(),
              s.fin() ? null : quien(vista.procedimiento(), s, t),
              s.condicion(),
              s.fin()));
    }
    return new Guia(
        vista.procedimiento(),
        vista.actividad(),
        descripcion.map(DescripcionesDelMapro.Descripcion::accion).orElse(null),
        descripcion.map(DescripcionesDelMapro.Descripcion::responsable).orElse(null),
        List.copyOf(despues),
        paralelo);
  }

  /** The person the model assigns, else the cargos it waits for, else the MAPRO's responsable. */
  private String quien(String procedimiento, Siguiente s, PasoEnCurso t) {
    if (s.procedimiento()) {
      return "Se ejecuta el procedimiento; su primera actividad la indica el MAPRO.";
    }
    if (s.asignado() != null) {
      Optional<Persona> p =
          Optional.ofNullable(resolver(s.asignado(), t)).flatMap(personas::porUsuario);
      if (p.isPresent()) {
        return p.get().getNombreCompleto() + cargos(s, t).map(c -> ", " + c).orElse("");
      }
    }
    Optional<String> c = cargos(s, t);
    if (c.isPresent()) {
      return c.get();
    }
    return DescripcionesDelMapro.de(procedimiento, s.actividad())
        .map(DescripcionesDelMapro.Descripcion::responsable)
        .orElse("La unidad que tenga el expediente");
  }

  private Optional<String> cargos(Siguiente s, PasoEnCurso t) {
    Set<String> codigos = new LinkedHashSet<>();
    for (String g : s.grupos()) {
      String r = resolver(g, t);
      if (r != null) {
        for (String parte : r.split(",")) {
          if (!parte.isBlank()) {
            codigos.add(parte.strip());
          }
        }
      }
    }
    if (codigos.isEmpty()) {
      return Optional.empty();
    }
    List<String> nombres =
        em.createQuery("SELECT c FROM Cargo c WHERE c.codigo IN :c ORDER BY c.nombre", Cargo.class)
            .setParameter("c", codigos)
            .getResultStream()
            .map(c -> c.getNombre() + " — " + c.getUnidad().getNombre())
            .distinct()
            .toList();
    return nombres.isEmpty() ? Optional.empty() : Optional.of(String.join(" o ", nombres));
  }

  /** An expression of the model with its {@code ${variable}}s replaced; null if one is unknown. */
  private static String resolver(String expresion, PasoEnCurso t) {
    Matcher m = VARIABLE.matcher(expresion);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = t.variable(m.group(1));
      if (v == null) {
        return null;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    String r = sb.toString();
    return r.contains("${") ? null : r;
  }
}
