package pe.gob.minem.tramite.application.aviso;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The bell as one person sees it: how many lines are new, since when, and the lines. */
public record EstadoDeCampana(long nuevos, Instant vistoHasta, List<ItemDeAviso> items)
    implements Serializable {

  /** «Avisos: 3 nuevos», the button's accessible name. */
  public String descripcion() {
    return "Avisos: " + nuevos + (nuevos == 1 ? " nuevo" : " nuevos");
  }
}
