package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.FiltroBandeja;
import pe.gob.minem.tramite.application.bandeja.PaginaBandeja;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * {@code GET /bandeja}: the query parameters into the filter and the page, the total in a header.
 */
class BandejaResourceTest {

  static class BandejaDePrueba extends BandejaService {
    FiltroBandeja filtro;
    int desde;
    int maximo;

    @Override
    public PaginaBandeja pagina(FiltroBandeja f, int desde, int maximo) {
      filtro = f;
      this.desde = desde;
      this.maximo = maximo;
      return new PaginaBandeja(List.of(), 7, 0, 0);
    }
  }

  private final BandejaDePrueba servicio = new BandejaDePrueba();
  private final BandejaResource recurso = new BandejaResource();

  {
    recurso.bandeja = servicio;
  }

  @Test
  void losCodigosSeNormalizanAMayusculasSinEspacios() {
    recurso.tareas(" oficio ", "muy_urgente", true, "EXP-2025", 0, 2000);
    assertEquals(new FiltroBandeja("OFICIO", "MUY_URGENTE", true, "EXP-2025"), servicio.filtro);
  }

  @Test
  void losFiltrosVaciosSignificanCualquiera() {
    recurso.tareas("", "  ", false, null, 0, 2000);
    assertEquals(FiltroBandeja.TODO, servicio.filtro);
  }

  @Test
  void laPaginaPedidaLlegaAlServicioYElTotalVaEnUnaCabecera() {
    var r = recurso.tareas(null, null, false, null, 40, 20);
    assertEquals(40, servicio.desde);
    assertEquals(20, servicio.maximo);
    assertEquals("7", r.getHeaderString("X-Total-Count"));
  }

  @Test
  void unaPaginaFueraDeRangoSeRechazaEnCastellano() {
    for (int[] p : new int[][] {{-1, 10}, {0, 0}, {0, 2001}}) {
      var e =
          assertThrows(
              DatosInvalidosException.class,
              () -> recurso.tareas(null, null, false, null, p[0], p[1]));
      assertTrue(
          e.getMessage().contains("no puede ser negativo")
              || e.getMessage().contains("va de 1 a 2000"),
          e::getMessage);
    }
    assertEquals(null, servicio.filtro, "nothing asked of the service");
  }
}
