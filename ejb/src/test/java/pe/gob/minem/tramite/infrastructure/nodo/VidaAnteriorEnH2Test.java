package pe.gob.minem.tramite.infrastructure.nodo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * An instance that starts again frees what its previous life held: a turn taken just before a kill
 * -9 (or whose release failed with the database down) and the lease of its unfinished batch; what
 * other instances hold, and finished batches, stay as they are.
 */
class VidaAnteriorEnH2Test {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private BaseDeDatosEnMemoria bd;

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private boolean tomar(String turno, String nodo, Instant ahora) {
    return bd.obtener(
        em -> {
          var t = new Turnos();
          t.em = em;
          return t.tomar(turno, nodo, ahora, Duration.ofMinutes(30));
        });
  }

  private void lote(String id, String nodo, boolean terminado) {
    bd.enTransaccion(
        em ->
            em.createNativeQuery(
                    "INSERT INTO lote_de_firma (id, usuario, total, inicio, fin, nodo, vence)"
                        + " VALUES (?1, 'director.oti', 1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, Fechas.sql(T0))
                .setParameter(3, terminado ? Fechas.sql(T0) : null)
                .setParameter(4, nodo)
                .setParameter(5, Fechas.sql(T0.plusSeconds(30)))
                .executeUpdate());
  }

  private Instant vence(String lote) {
    return bd.obtener(
        em ->
            Fechas.instante(
                em.createNativeQuery("SELECT vence FROM lote_de_firma WHERE id = ?1")
                    .setParameter(1, lote)
                    .getSingleResult()));
  }

  private int[] reinicio(String yo, Instant ahora) {
    return bd.obtener(
        em -> {
          var v = new VidaAnterior();
          v.em = em;
          return v.liberar(yo, ahora);
        });
  }

  @Test
  void alReiniciarLaInstanciaLiberaLoQueTeniaSuVidaAnteriorYNadaMas() {
    assertTrue(tomar("lector-de-buzon", "nodo1-aaaa1111", T0));
    assertTrue(tomar("resumen-diario", "nodo2-bbbb2222", T0));
    assertTrue(
        tomar("respaldos", "nodo10-cccc3333", T0), "otra instancia cuyo nombre empieza igual");
    lote("l-1", "nodo1-aaaa1111", false);
    lote("l-2", "nodo1-aaaa1111", true);
    lote("l-3", "nodo2-bbbb2222", false);

    Instant ahora = T0.plusSeconds(5);
    assertFalse(tomar("lector-de-buzon", "nodo1-dddd4444", ahora), "sin liberar, 30 min de espera");
    assertArrayEquals(new int[] {1, 1}, reinicio("nodo1-dddd4444", ahora));

    assertTrue(tomar("lector-de-buzon", "nodo1-dddd4444", ahora.plusMillis(1)));
    assertFalse(tomar("resumen-diario", "nodo1-dddd4444", ahora), "el de nodo2 sigue siendo suyo");
    assertFalse(tomar("respaldos", "nodo1-dddd4444", ahora), "el de nodo10 sigue siendo suyo");
    assertEquals(ahora, vence("l-1"), "su lote sin terminar queda para retomar");
    assertEquals(T0.plusSeconds(30), vence("l-2"), "el lote terminado no se toca");
    assertEquals(T0.plusSeconds(30), vence("l-3"), "el lote de nodo2 no se toca");
    assertArrayEquals(new int[] {0, 0}, reinicio("nodo1-dddd4444", ahora), "nada más que liberar");
  }

  @Test
  void elNombreDeLaInstanciaEsLoQuePrecedeAlUltimoSufijo() {
    assertEquals("nodo1", Nodo.instancia("nodo1-aaaa1111"));
    assertEquals("mi-instancia", Nodo.instancia("mi-instancia-aaaa1111"));
    assertEquals("server", Nodo.instancia("server-12345678"));
  }
}
