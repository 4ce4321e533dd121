package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pe.gob.minem.tramite.application.aviso.Campana;
import pe.gob.minem.tramite.application.aviso.EstadoDeCampana;
import pe.gob.minem.tramite.application.aviso.ItemDeAviso;

/**
 * The bell of the page header (ADR 0036): its count on each page load and every minute (p:poll),
 * and its list, which opening marks seen (the lines keep showing which were new).
 */
@Named
@ViewScoped
public class CampanaDeAvisos implements Serializable {

  @Inject Campana campana;

  private EstadoDeCampana estado;
  private boolean abierto;

  private EstadoDeCampana estado() {
    if (estado == null) {
      estado = campana.estado();
    }
    return estado;
  }

  /** The poll: the count again. */
  public void refrescar() {
    estado = campana.estado();
  }

  /** Opens the list (marking its lines seen) or closes it. */
  public void alternar() {
    abierto = !abierto;
    if (abierto) {
      estado = campana.marcarVistos();
    } else {
      estado = campana.estado();
    }
  }

  /** The count shown: nothing new once the list is open. */
  public long getNuevos() {
    return abierto ? 0 : estado().nuevos();
  }

  /** The button's visible text, «Avisos: 3». */
  public String getEtiqueta() {
    return "Avisos: " + getNuevos();
  }

  /** The button's accessible name, «Avisos: 3 nuevos», which contains its visible text. */
  public String getDescripcion() {
    long n = getNuevos();
    return "Avisos: " + n + (n == 1 ? " nuevo" : " nuevos");
  }

  public boolean isAbierto() {
    return abierto;
  }

  public List<ItemDeAviso> getItems() {
    return estado().items();
  }
}
