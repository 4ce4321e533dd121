package pe.gob.minem.tramite.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** What every page shows about the logged-in person, and formatting helpers for the views. */
@Named
@RequestScoped
public class Portal {

  @Inject SecurityContext seguridad;
  @Inject PersonaActual personaActual;
  @Inject pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos documentos;

  private Persona persona;

  public boolean isAutenticado() {
    return seguridad.getCallerPrincipal() != null;
  }

  public Persona getPersona() {
    if (persona == null && isAutenticado()) {
      persona = personaActual.persona();
    }
    return persona;
  }

  public String getCargos() {
    var p = getPersona();
    return p == null
        ? ""
        : String.join(
            " · ",
            p.getCargos().stream()
                .map(c -> c.getNombre() + " (" + c.getUnidad().getCodigo() + ")")
                .toList());
  }

  public boolean isAdmin() {
    return seguridad.isCallerInRole("ADMIN");
  }

  /** The OTI's people and the administrators see the catálogo de respaldos (ADR 0027). */
  public boolean isCatalogoDeRespaldos() {
    var p = getPersona();
    return p != null
        && pe.gob.minem.tramite.application.copiaderespaldo.CatalogoDeRespaldos.puedeVer(p);
  }

  /** The OTI's people and the administrators see the Mesa de Ayuda's tickets (ADR 0031). */
  public boolean isMesaDeAyuda() {
    var p = getPersona();
    return p != null && (p.perteneceA("OTI") || p.isAdministrador());
  }

  /** The OTI's people and the administrators see the equipment inventory (ADR 0030). */
  public boolean isInventarioDeEquipos() {
    var p = getPersona();
    return p != null && pe.gob.minem.tramite.application.equipo.InventarioDeEquipos.veTodo(p);
  }

  /** Directors, the OTI's coordinators and the administrators have dashboards (ADR 0035). */
  public boolean isTablero() {
    return pe.gob.minem.tramite.application.tablero.Tableros.puedeVer(getPersona());
  }

  /** Analysts, specialists and coordinators of any unit draft documents (ADR 0038). */
  public boolean isRedactor() {
    var p = getPersona();
    return p != null && documentos.puedeElaborar(p);
  }

  public boolean isMesaDePartes() {
    return seguridad.isCallerInRole("MESA_DE_PARTES");
  }

  public String fecha(Instant i) {
    return Reloj.formatear(i);
  }

  /** The last day of a plazo that ends at {@code vence} (the midnight after it), as a date. */
  public String ultimoDia(Instant vence) {
    return vence == null ? "" : Reloj.FECHA.format(vence.minusSeconds(1));
  }

  public String dia(LocalDate d) {
    return d == null ? "" : Reloj.FECHA.format(d.atStartOfDay(Reloj.LIMA));
  }

  public String duracion(Long segundos) {
    return segundos == null ? "—" : Reloj.duracion(segundos);
  }

  /**
   * The page language: Spanish (Peru) unless the person chose English with {@code ?idioma=en} (kept
   * for the session). The browser's own preference is not followed: this is a Peruvian government
   * portal, Spanish first.
   */
  public java.util.Locale getIdioma() {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    String pedido = ec.getRequestParameterMap().get("idioma");
    var sesion = ec.getSessionMap();
    if ("en".equals(pedido) || "es".equals(pedido)) {
      sesion.put("tramite.idioma", pedido);
    }
    return "en".equals(sesion.get("tramite.idioma")) ? java.util.Locale.ENGLISH : Reloj.ES_PE;
  }

  public String getContexto() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }
}
