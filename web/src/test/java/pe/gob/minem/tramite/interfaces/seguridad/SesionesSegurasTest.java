package pe.gob.minem.tramite.interfaces.seguridad;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SesionesSegurasTest {

  @Test
  void unaSesionVenceAlSuperarSuDuracionMaximaAunqueSigaActiva() {
    Duration ocho = Duration.parse("PT8H");
    long desde = 1_000_000;
    assertFalse(SesionesSeguras.vencida(desde, desde + ocho.toMillis(), ocho));
    assertTrue(SesionesSeguras.vencida(desde, desde + ocho.toMillis() + 1, ocho));
  }

  @Test
  void losRecursosEstaticosNoLlevanNoStore() {
    assertTrue(CabecerasDeSeguridad.estatico("/jakarta.faces.resource/faces.js"));
    assertTrue(CabecerasDeSeguridad.estatico("/resources/tramite/portal.css"));
    assertFalse(CabecerasDeSeguridad.estatico("/bandeja.xhtml"));
    assertFalse(CabecerasDeSeguridad.estatico("/api/v1/bandeja"));
  }
}
