package pe.gob.minem.tramite.application.equipo;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: rows read (blank ones aside), items new and items changed, and each refused
 * row with its reason. {@code sinCambios} counts the good rows that said what the inventory already
 * said (an import of the same file again has only those).
 */
public record InformeDeImportacion(
    int leidas, int importadas, int actualizadas, List<ErrorDeFila> errores, int sinCambios)
    implements Serializable {

  public InformeDeImportacion(
      int leidas, int importadas, int actualizadas, List<ErrorDeFila> errores) {
    this(leidas, importadas, actualizadas, errores, 0);
  }
}
