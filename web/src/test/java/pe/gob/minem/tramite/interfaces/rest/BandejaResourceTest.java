package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;

/** {@code GET /bandeja}: the query parameters into the filter. */
class BandejaResourceTest {

  static class BandejaDePrueba extends BandejaService {
    FiltroBandeja filtro;

    @Override
    public List<TareaVista> tareas(FiltroBandeja f) {
      filtro = f;
      return List.of();
    }
  }

  private final BandejaDePrueba servicio = new BandejaDePrueba();
  private final BandejaResource recurso = new BandejaResource();

  {
    recurso.bandeja = servicio;
  }

  @Test
  void losCodigosSeNormalizanAMayusculasSinEspacios() {
    recurso.tareas(" oficio ", "muy_urgente", true, "EXP-2025");
    assertEquals(new FiltroBandeja("OFICIO", "MUY_URGENTE", true, "EXP-2025"), servicio.filtro);
  }

  @Test
  void losFiltrosVaciosSignificanCualquiera() {
    recurso.tareas("", "  ", false, null);
    assertEquals(FiltroBandeja.TODO, servicio.filtro);
  }
}
