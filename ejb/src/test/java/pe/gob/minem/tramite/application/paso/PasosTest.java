package pe.gob.minem.tramite.application.paso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.paso.Manejador;

/** Every special action a declaration may name has exactly one implementation. */
class PasosTest {

  @Test
  void cadaManejadorTieneUnaSolaImplementacion() {
    var m =
        Pasos.reunir(
            List.of(
                new ManejadoresDelExpediente(),
                new ManejadoresDelDocumento(),
                new ManejadoresDelProceso(),
                new ManejadoresDelMantenimiento(),
                new pe.gob.minem.tramite.application.copiaderespaldo.ManejadoresDeRespaldo(),
                new pe.gob.minem.tramite.application.mesadeayuda.ManejadoresDeMesaDeAyuda(),
                new pe.gob.minem.tramite.application.preventivo.ManejadoresDelPreventivo()));
    assertEquals(EnumSet.allOf(Manejador.class), m.keySet());
  }

  @Test
  void unoQueFaltaOSeRepiteSeDiceAlReunirlos() {
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> Pasos.reunir(List.of(new ManejadoresDelExpediente())));
    assertTrue(e.getMessage().contains("FIRMAR"), e::getMessage);
    ManejadoresDePaso doble = () -> Map.of(Manejador.ATENDER, c -> EfectoDelPaso.NINGUNO);
    e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Pasos.reunir(
                    List.of(
                        new ManejadoresDelExpediente(),
                        new ManejadoresDelDocumento(),
                        new ManejadoresDelProceso(),
                        new ManejadoresDelMantenimiento(),
                        new pe.gob.minem.tramite.application.copiaderespaldo
                            .ManejadoresDeRespaldo(),
                        doble)));
    assertTrue(e.getMessage().contains("expediente.atender"), e::getMessage);
  }
}
