package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.documento.LotesDeFirma.Estado;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * Batches of signatures on H2 with the Flyway schema, as two nodes would share them: each
 * document's outcome is written once, the lease of a dead node's batch runs out and exactly one
 * node takes it over, and the progress is the owner's only.
 */
class LotesDeFirmaEnH2Test {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private BaseDeDatosEnMemoria bd;

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
    con(
        l -> {
          l.abrir("L1", "director.dgm", List.of("t1", "t2", "t3"), "A", T0, T0.plusSeconds(30));
          return null;
        });
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private <T> T con(Function<LotesDeFirma, T> trabajo) {
    return bd.obtener(
        em -> {
          var l = new LotesDeFirma();
          l.em = em;
          return trabajo.apply(l);
        });
  }

  private boolean es(Function<LotesDeFirma, Boolean> f) {
    return con(f);
  }

  private boolean firmar(LotesDeFirma l, int orden) {
    return l.anotar("L1", orden, Estado.FIRMADO, "EXP-1", "Informe", "Firmado", T0);
  }

  @Test
  void cadaDocumentoSeAnotaUnaSolaVez() {
    assertTrue(es(l -> firmar(l, 0)));
    assertFalse(es(l -> firmar(l, 0)), "ya firmado");
    assertFalse(
        es(l -> l.anotar("L1", 0, Estado.FALLIDO, null, null, "x", T0)),
        "un fallo no pisa una firma");
    assertEquals(List.of(1, 2), con(l -> l.pendientes("L1")).stream().map(p -> p.orden()).toList());
    var p = con(l -> l.progreso("L1", "director.dgm")).orElseThrow();
    assertEquals(3, p.total());
    assertEquals(1, p.firmados());
    assertEquals("t1", p.resultados().get(0).tareaId());
    assertFalse(p.terminado());
  }

  @Test
  void elProgresoEsSoloDeQuienInicioElLote() {
    assertTrue(con(l -> l.progreso("L1", "director.dgm")).isPresent());
    assertTrue(con(l -> l.progreso("L1", "director.oga")).isEmpty());
    assertTrue(con(l -> l.progreso("otro", "director.dgm")).isEmpty());
  }

  @Test
  void unaFirmaQueSeDeshaceDejaElDocumentoPendienteParaOtroTrabajador() throws Exception {
    EntityManager em = bd.entityManager();
    var l = new LotesDeFirma();
    l.em = em;
    em.getTransaction().begin();
    assertTrue(firmar(l, 1)); // the claim, held while the document is signed
    var otro = Executors.newSingleThreadExecutor();
    try {
      // the other worker waits for the row, and finds it pending again after the rollback
      var intento = otro.submit(() -> con(x -> firmar(x, 1)));
      Thread.sleep(200);
      assertFalse(intento.isDone(), "espera la fila del primero");
      em.getTransaction().rollback();
      assertTrue(intento.get(5, TimeUnit.SECONDS));
    } finally {
      otro.shutdownNow();
      em.close();
    }
  }

  @Test
  void unaFirmaConfirmadaNoLaRepiteOtroTrabajador() throws Exception {
    EntityManager em = bd.entityManager();
    var l = new LotesDeFirma();
    l.em = em;
    em.getTransaction().begin();
    assertTrue(firmar(l, 2));
    var otro = Executors.newSingleThreadExecutor();
    try {
      var intento = otro.submit(() -> con(x -> firmar(x, 2)));
      Thread.sleep(200);
      em.getTransaction().commit();
      assertFalse(intento.get(5, TimeUnit.SECONDS));
    } finally {
      otro.shutdownNow();
      em.close();
    }
  }

  @Test
  void unLoteSinRenovarLoRetomaUnSoloNodo() {
    assertTrue(con(l -> l.abandonados(T0.plusSeconds(10))).isEmpty(), "arriendo vigente");
    assertTrue(es(l -> l.renovar("L1", "A", T0.plusSeconds(40))));
    assertFalse(es(l -> l.renovar("L1", "B", T0.plusSeconds(40))), "no es de B");
    assertFalse(es(l -> l.retomar("L1", "B", T0.plusSeconds(35), T0.plusSeconds(65))));

    Instant tarde = T0.plusSeconds(41);
    assertEquals(
        List.of(new LotesDeFirma.Abandonado("L1", "director.dgm")), con(l -> l.abandonados(tarde)));
    assertTrue(es(l -> l.retomar("L1", "B", tarde, tarde.plusSeconds(30))));
    assertFalse(es(l -> l.retomar("L1", "C", tarde, tarde.plusSeconds(30))), "ya lo tomó B");
    assertFalse(es(l -> l.renovar("L1", "A", tarde.plusSeconds(30))), "A lo perdió");
    assertTrue(con(l -> l.abandonados(tarde)).isEmpty());
  }

  @Test
  void elLoteTerminaCuandoNingunDocumentoQuedaPendienteYSeBorraAlDiaSiguiente() {
    assertTrue(es(l -> firmar(l, 0)));
    assertTrue(es(l -> l.anotar("L1", 1, Estado.FALLIDO, null, null, "Revocado", T0)));
    assertFalse(es(l -> l.cerrarSiTermino("L1", T0.plusSeconds(5))));
    assertTrue(es(l -> firmar(l, 2)));
    assertTrue(es(l -> l.cerrarSiTermino("L1", T0.plusSeconds(6))));
    var p = con(l -> l.progreso("L1", "director.dgm")).orElseThrow();
    assertEquals(T0.plusSeconds(6), p.fin());
    assertEquals(2, p.firmados());
    assertEquals(3, p.hechos());
    assertTrue(con(l -> l.abandonados(T0.plusSeconds(3600))).isEmpty(), "terminado");

    assertEquals(0, this.<Integer>con(l -> l.purgar(T0.plusSeconds(3600), Duration.ofDays(1))));
    assertEquals(
        1, this.<Integer>con(l -> l.purgar(T0.plus(Duration.ofDays(2)), Duration.ofDays(1))));
    assertTrue(con(l -> l.progreso("L1", "director.dgm")).isEmpty());
  }
}
