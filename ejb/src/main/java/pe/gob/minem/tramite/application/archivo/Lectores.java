package pe.gob.minem.tramite.application.archivo;

import java.util.Set;
import java.util.TreeSet;
import pe.gob.minem.tramite.archivo.Lector;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/**
 * Who may see what, as access tokens (ADR 0011). The same tokens go into each index entry and into
 * the searcher's query, and decide whether an expediente opens, so the archive, the expediente page
 * and the API can never disagree.
 *
 * <ul>
 *   <li>{@code *}: every person of the entity (público);
 *   <li>{@code U:OTI}: the persons of a unit the expediente passed through (reservado);
 *   <li>{@code D:OTI}: the directors of such a unit (confidencial);
 *   <li>{@code P:analista.oti}: a person who handled it (registered it, was its responsable, acted
 *       in its hoja de ruta, was named in it, wrote or signed one of its documents).
 * </ul>
 */
public final class Lectores {

  public static final String TODOS = "*";

  private Lectores() {}

  /** The searcher's tokens; an administrator is unrestricted. */
  public static Lector de(Persona p) {
    if (p.isAdministrador()) {
      return Lector.sinRestriccion(p.getUsuario());
    }
    return new Lector(p.getUsuario(), credenciales(p));
  }

  public static Set<String> credenciales(Persona p) {
    Set<String> c = new TreeSet<>();
    c.add(TODOS);
    c.add("P:" + p.getUsuario());
    for (var cargo : p.getCargos()) {
      String u = cargo.getUnidad().getCodigo();
      c.add("U:" + u);
      if (cargo.getRol() == Rol.DIRECTOR) {
        c.add("D:" + u);
      }
    }
    return c;
  }

  /** Tokens of the expediente's own entry and of the files received with it. */
  public static Set<String> de(Expediente e) {
    return segun(e.getConfidencialidad(), unidades(e), personas(e));
  }

  /** Tokens of a document: its own level, the expediente's units, and its authors and signers. */
  public static Set<String> de(Documento d) {
    Set<String> personas = personas(d.getExpediente());
    personas.add(d.getAutor().getUsuario());
    for (Firma f : d.getFirmas()) {
      personas.add(f.getFirmante());
    }
    Set<String> unidades = unidades(d.getExpediente());
    unidades.add(d.getUnidad().getCodigo());
    return segun(d.getConfidencialidad(), unidades, personas);
  }

  /** Whether a person may see an expediente: the same rule as the index. */
  public static boolean puedeVer(Persona p, Expediente e) {
    if (p.isAdministrador()) {
      return true;
    }
    Set<String> tokens = de(e);
    return credenciales(p).stream().anyMatch(tokens::contains);
  }

  /**
   * Whether a person takes part in the expediente's work (a unit it passed through, or handled it
   * personally): what acting on it (drafting a document in it) needs; a public expediente can be
   * read by anyone, not worked on.
   */
  public static boolean tramita(Persona p, Expediente e) {
    if (p.isAdministrador()) {
      return true;
    }
    Set<String> tokens = segun(Confidencialidad.RESERVADO, unidades(e), personas(e));
    return credenciales(p).stream().anyMatch(tokens::contains);
  }

  private static Set<String> segun(
      Confidencialidad nivel, Set<String> unidades, Set<String> personas) {
    Set<String> t = new TreeSet<>();
    switch (nivel) {
      case PUBLICO -> t.add(TODOS);
      case RESERVADO -> unidades.forEach(u -> t.add("U:" + u));
      case CONFIDENCIAL -> unidades.forEach(u -> t.add("D:" + u));
    }
    personas.forEach(u -> t.add("P:" + u));
    return t;
  }

  /** The units an expediente is in or passed through (who handles it, at the reserved level). */
  public static Set<String> unidadesPorLasQuePaso(Expediente e) {
    return unidades(e);
  }

  private static Set<String> unidades(Expediente e) {
    Set<String> u = new TreeSet<>();
    u.add(e.getUnidadActual().getCodigo());
    for (Movimiento m : e.getMovimientos()) {
      u.add(m.getUnidadCodigo());
      if (m.getUnidadDestinoCodigo() != null) {
        u.add(m.getUnidadDestinoCodigo());
      }
    }
    return u;
  }

  private static Set<String> personas(Expediente e) {
    Set<String> p = new TreeSet<>();
    p.add(e.getRegistradoPor());
    if (e.getResponsable() != null) {
      p.add(e.getResponsable().getUsuario());
    }
    for (Movimiento m : e.getMovimientos()) {
      p.add(m.getUsuario());
      if (m.getPersonaDestinoUsuario() != null) {
        p.add(m.getPersonaDestinoUsuario());
      }
    }
    return p;
  }
}
