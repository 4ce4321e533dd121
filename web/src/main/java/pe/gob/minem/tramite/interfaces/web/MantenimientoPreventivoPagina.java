package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.preventivo.MantenimientoPreventivoService;

/**
 * The button on the inventory's page that starts the year's plan of preventive maintenance
 * (P/OGA-TI-11, ADR 0033), for the Coordinador de Mesa de Ayuda and the Director de TI.
 */
@Named("preventivo")
@ViewScoped
public class MantenimientoPreventivoPagina implements Serializable {

  @Inject MantenimientoPreventivoService servicio;

  private boolean puede;
  private Integer anio = Reloj.hoy().getYear() + 1;

  @PostConstruct
  void cargar() {
    try {
      puede = servicio.puedoIniciar();
    } catch (RuntimeException e) {
      puede = false;
    }
  }

  public void iniciar() {
    try {
      var hecho = servicio.iniciar(anio);
      Mensajes.exito(
          "Se inició P/OGA-TI-11 (plan "
              + hecho.anio()
              + ") en el expediente "
              + hecho.numero()
              + ": el proyecto de plan (actividad 1) está en la bandeja del Coordinador de Mesa de"
              + " Ayuda.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public boolean isPuede() {
    return puede;
  }

  public Integer getAnio() {
    return anio;
  }

  public void setAnio(Integer anio) {
    this.anio = anio;
  }
}
