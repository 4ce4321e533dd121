package pe.gob.minem.tramite.application.monitoreo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.monitoreo.FuenteDeMonitoreo;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;

class FuentesVigentesTest {

  private final AtomicInteger lecturas = new AtomicInteger();
  private final Instant t0 = Instant.parse("2026-12-02T10:00:00Z");

  private List<FuenteDeMonitoreo> leer() {
    lecturas.incrementAndGet();
    return List.of(
        new FuenteDeMonitoreo("prom", TipoDeFuente.ALERTMANAGER, "ab".repeat(32), "admin", t0));
  }

  private FuentesVigentes conVigencia(Duration d) {
    var v = new FuentesVigentes();
    v.vigencia = d;
    return v;
  }

  @Test
  void leeLaBaseUnaVezPorVigencia() {
    var v = conVigencia(Duration.ofSeconds(5));
    assertEquals("prom", v.fuentes(this::leer, t0).get(0).codigo());
    v.fuentes(this::leer, t0.plusSeconds(4));
    assertEquals(1, lecturas.get());
    v.fuentes(this::leer, t0.plusSeconds(5));
    assertEquals(2, lecturas.get());
  }

  @Test
  void olvidarObligaALeerDeNuevo() {
    var v = conVigencia(Duration.ofSeconds(5));
    v.fuentes(this::leer, t0);
    v.olvidar();
    v.fuentes(this::leer, t0.plusSeconds(1));
    assertEquals(2, lecturas.get());
    v.releer(this::leer, t0.plusSeconds(2));
    assertEquals(3, lecturas.get());
  }

  @Test
  void vigenciaCeroLeeSiempre() {
    var v = conVigencia(Duration.ZERO);
    v.fuentes(this::leer, t0);
    v.fuentes(this::leer, t0);
    assertEquals(2, lecturas.get());
  }
}
