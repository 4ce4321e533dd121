package pe.gob.minem.tramite.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import pe.gob.minem.tramite.application.plazo.PlazosService;
import pe.gob.minem.tramite.application.plazo.PlazosService.FeriadoVista;

/** The administrator's page of national holidays (plazos skip them). */
@Named
@ViewScoped
public class AdministrarFeriados implements Serializable {

  @Inject PlazosService plazos;

  private List<FeriadoVista> feriados = List.of();
  private String fecha;
  private String nombre;

  @PostConstruct
  void cargar() {
    try {
      feriados = plazos.feriados();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void guardar() {
    try {
      LocalDate f;
      try {
        f = fecha == null || fecha.isBlank() ? null : LocalDate.parse(fecha.strip());
      } catch (DateTimeParseException e) {
        Mensajes.error("La fecha debe tener la forma aaaa-mm-dd.");
        return;
      }
      var g = plazos.guardarFeriado(f, nombre);
      Mensajes.exito("Feriado guardado: " + g.nombre() + ".");
      fecha = null;
      nombre = null;
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public void quitar(LocalDate f) {
    try {
      plazos.quitarFeriado(f);
      Mensajes.exito("Feriado quitado.");
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
    cargar();
  }

  public List<FeriadoVista> getFeriados() {
    return feriados;
  }

  public String getFecha() {
    return fecha;
  }

  public void setFecha(String fecha) {
    this.fecha = fecha;
  }

  public String getNombre() {
    return nombre;
  }

  public void setNombre(String nombre) {
    this.nombre = nombre;
  }
}
