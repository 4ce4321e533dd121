package pe.gob.minem.tramite.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.application.archivo.ArchivoService;

/**
 * The archive's index for administrators: its counts against the database, the queue, the files
 * whose text could not be extracted (with a retry), and a rebuild with its progress bar.
 */
@Named
@ViewScoped
public class AdministrarArchivo implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ArchivoService archivo;

  private ArchivoService.Estado estado;
  private List<ArchivoService.Falla> fallas = List.of();

  /** f:viewAction */
  public void cargar() {
    try {
      estado = archivo.estado();
      fallas = archivo.fallas();
    } catch (RuntimeException e) {
      estado = null;
      Mensajes.error(e);
    }
  }

  public void reconstruir() {
    try {
      var r = archivo.reconstruir();
      Mensajes.exito(
          "Reconstrucción iniciada: "
              + r.total()
              + " expedientes en cola para indexarse de nuevo.");
      cargar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  public void reintentar(ArchivoService.Falla f) {
    try {
      archivo.reintentar(f.id());
      Mensajes.exito("Se intentará de nuevo extraer el texto de «" + f.nombre() + "».");
      cargar();
    } catch (RuntimeException e) {
      Mensajes.error(e);
    }
  }

  /** For the progress bar's polling: percent of the rebuild, 100 when none runs. */
  public int getProgreso() {
    try {
      var r = archivo.reconstruccion();
      return r == null ? 100 : r.porcentaje();
    } catch (RuntimeException e) {
      return 100;
    }
  }

  public void alTerminar() {
    cargar();
    Mensajes.exito("Índice reconstruido.");
  }

  public boolean isReconstruyendo() {
    return estado != null
        && estado.reconstruccion() != null
        && !estado.reconstruccion().terminada();
  }

  public List<Map.Entry<String, Long>> getConteos() {
    return estado == null ? List.of() : List.copyOf(estado.baseDeDatos().entrySet());
  }

  public long enIndice(String clase) {
    return estado == null ? 0 : estado.indice().getOrDefault(clase, 0L);
  }

  public ArchivoService.Estado getEstado() {
    return estado;
  }

  public List<ArchivoService.Falla> getFallas() {
    return fallas;
  }
}
