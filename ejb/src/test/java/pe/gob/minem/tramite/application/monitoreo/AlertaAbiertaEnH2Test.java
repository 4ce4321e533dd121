package pe.gob.minem.tramite.application.monitoreo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.monitoreo.AlertaDeMonitoreo;
import pe.gob.minem.tramite.domain.model.monitoreo.FuenteDeMonitoreo;
import pe.gob.minem.tramite.domain.model.monitoreo.TipoDeFuente;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * The V10 schema on H2 (PostgreSQL is the ITs'): the unique index lets one occurrence of an alert
 * be open per source, however many are resolved, and the losing insert is recognised as a lost
 * race.
 */
class AlertaAbiertaEnH2Test {

  private BaseDeDatosEnMemoria bd;
  private long fuente;

  @BeforeEach
  void preparar() {
    bd = new BaseDeDatosEnMemoria();
    fuente =
        bd.obtener(
            em -> {
              var f =
                  new FuenteDeMonitoreo(
                      "prometheus",
                      TipoDeFuente.ALERTMANAGER,
                      "0".repeat(64),
                      "admin",
                      Instant.now());
              em.persist(f);
              em.flush();
              return f.getId();
            });
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private AlertaDeMonitoreo alerta(String huella) {
    return new AlertaDeMonitoreo(fuente, huella, "X", "critical", "h1", null, null, Instant.now());
  }

  private long abrir(String huella) {
    return bd.obtener(
        em -> {
          var a = alerta(huella);
          em.persist(a);
          em.flush();
          return a.getId();
        });
  }

  @Test
  void unaSegundaAperturaDeLaMismaHuellaChocaConElIndiceYEsUnaCarrera() {
    abrir("abc");
    var e = assertThrows(PersistenceException.class, () -> abrir("abc"));
    assertTrue(AlertasAbiertas.esCarrera(e), e::toString);
    abrir("otra"); // another huella is another alert
  }

  @Test
  void resueltaLaAlertaLaMismaHuellaPuedeAbrirseOtraVez() {
    long primera = abrir("abc");
    bd.enTransaccion(em -> em.find(AlertaDeMonitoreo.class, primera).resolver(Instant.now()));
    abrir("abc");
    bd.enTransaccion(
        em ->
            em.createQuery(
                    "SELECT a FROM AlertaDeMonitoreo a WHERE a.claveAbierta = 'abc'",
                    AlertaDeMonitoreo.class)
                .getSingleResult()
                .resolver(Instant.now()));
    abrir("abc"); // two resolved (NULL keys) and one open: the index allows it
    long abiertas =
        bd.obtener(
            em ->
                em.createQuery(
                        "SELECT COUNT(a) FROM AlertaDeMonitoreo a WHERE a.huella = 'abc' AND a.claveAbierta IS NOT NULL",
                        Long.class)
                    .getSingleResult());
    assertEquals(1, abiertas);
  }

  @Test
  void laRepeticionSumaSobreLaAbiertaYNoSobreLasResueltas() {
    long primera = abrir("abc");
    bd.enTransaccion(em -> em.find(AlertaDeMonitoreo.class, primera).resolver(Instant.now()));
    long segunda = abrir("abc");
    for (int i = 0; i < 3; i++) {
      int filas =
          bd.obtener(
              em ->
                  em.createNamedQuery("AlertaDeMonitoreo.repetir")
                      .setParameter("ahora", Instant.now())
                      .setParameter("fuente", fuente)
                      .setParameter("clave", "abc")
                      .executeUpdate());
      assertEquals(1, filas);
    }
    assertEquals(
        1,
        (int)
            bd.<Integer>obtener(em -> em.find(AlertaDeMonitoreo.class, primera).getRecepciones()));
    assertEquals(
        4,
        (int)
            bd.<Integer>obtener(em -> em.find(AlertaDeMonitoreo.class, segunda).getRecepciones()));
  }

  @Test
  void dosAperturasSimultaneasDejanUnaSolaYLaOtraEsUnaCarrera() throws Exception {
    var insertada = new CountDownLatch(1);
    var ganadora =
        CompletableFuture.runAsync(
            () -> {
              var em = bd.entityManager();
              em.getTransaction().begin();
              em.persist(alerta("abc"));
              em.flush();
              insertada.countDown();
              dormir(300); // the loser inserts while this one has not committed
              em.getTransaction().commit();
              em.close();
            });
    assertTrue(insertada.await(10, TimeUnit.SECONDS));
    var e = assertThrows(PersistenceException.class, () -> abrir("abc"));
    assertTrue(AlertasAbiertas.esCarrera(e), e::toString);
    ganadora.get(10, TimeUnit.SECONDS);
  }

  private static void dormir(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
