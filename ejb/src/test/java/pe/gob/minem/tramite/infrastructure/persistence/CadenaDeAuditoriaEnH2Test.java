package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto.Falla;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.VerificadorDeCadena;

/**
 * The audit chain on a real H2 with the Flyway schema: rows chained as {@code Auditoria} chains
 * them (lock the head, link, persist), then edited, deleted or swapped with SQL behind the portal's
 * back: the walk names each one.
 */
class CadenaDeAuditoriaEnH2Test {

  private BaseDeDatosEnMemoria bd;

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  /** What Auditoria.guardar does in the caller's transaction. */
  private static void escribir(EntityManager em, String evento, String objeto) {
    var r = new RegistroAuditoria(Instant.now(), "secretaria.oga", evento, objeto, "detalle");
    em.find(CabezaDeCadena.class, CabezaDeCadena.ID, LockModeType.PESSIMISTIC_WRITE).enlazar(r);
    em.persist(r);
  }

  private void escribir(int n) {
    for (int i = 1; i <= n; i++) {
      int k = i;
      bd.enTransaccion(em -> escribir(em, "EXPEDIENTE_REGISTRADO", "EXP-2026-00000" + k));
    }
  }

  private List<EslabonRoto> verificar() {
    return bd.obtener(
        em -> {
          var repo = new JpaRegistroAuditoriaRepository();
          repo.em = em;
          var v = new VerificadorDeCadena(Map.of());
          repo.recorrerCadena(v::revisar);
          repo.fueraDeLaCadena(100).forEach(v::fueraDeLaCadena);
          CabezaDeCadena c = repo.cabeza();
          return v.terminar(c.getSecuencia(), c.getHash());
        });
  }

  private long idEn(long secuencia) throws SQLException {
    try (Connection c = bd.conexion();
        var rs =
            c.createStatement()
                .executeQuery("SELECT id FROM registro_auditoria WHERE secuencia = " + secuencia)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void sql(String sentencia) throws SQLException {
    try (Connection c = bd.conexion()) {
      c.createStatement().executeUpdate(sentencia);
    }
  }

  @Test
  void unaCadenaSinTocarEstaIntactaTrasLeerlaDeLaBase() {
    escribir(5);
    assertEquals(List.of(), verificar());
  }

  @Test
  void unDetalleEditadoPorSqlSeNombra() throws SQLException {
    escribir(5);
    long id = idEn(3);
    sql("UPDATE registro_auditoria SET detalle = 'otro' WHERE secuencia = 3");
    List<EslabonRoto> rotos = verificar();
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.CONTENIDO_ALTERADO, rotos.get(0).falla());
    assertEquals(id, rotos.get(0).id());
    assertEquals(3L, rotos.get(0).secuencia());
  }

  @Test
  void unRegistroBorradoEnMedioSeNombra() throws SQLException {
    escribir(5);
    sql("DELETE FROM registro_auditoria WHERE secuencia = 2");
    List<EslabonRoto> rotos = verificar();
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.FALTAN_REGISTROS, rotos.get(0).falla());
    assertEquals(2L, rotos.get(0).secuencia());
  }

  @Test
  void dosRegistrosIntercambiadosSeNombranComoOrdenAlterado() throws SQLException {
    escribir(5);
    long a = idEn(2);
    long b = idEn(3);
    sql("UPDATE registro_auditoria SET secuencia = -1 WHERE id = " + a);
    sql("UPDATE registro_auditoria SET secuencia = 2 WHERE id = " + b);
    sql("UPDATE registro_auditoria SET secuencia = 3 WHERE id = " + a);
    List<EslabonRoto> rotos = verificar();
    assertEquals(2, rotos.size(), rotos.toString());
    assertEquals(Falla.ORDEN_ALTERADO, rotos.get(0).falla());
    assertEquals(b, rotos.get(0).id());
    assertEquals(Falla.ORDEN_ALTERADO, rotos.get(1).falla());
    assertEquals(a, rotos.get(1).id());
  }

  @Test
  void cortarLaColaSinTocarLaCabezaSeVe() throws SQLException {
    escribir(4);
    sql("DELETE FROM registro_auditoria WHERE secuencia = 4");
    List<EslabonRoto> rotos = verificar();
    assertEquals(Falla.COLA_CORTADA, rotos.get(0).falla(), rotos.toString());
  }

  @Test
  void unaFilaInsertadaAManoQuedaFueraDeLaCadena() throws SQLException {
    escribir(2);
    sql(
        "INSERT INTO registro_auditoria (id, fecha, usuario, evento) VALUES (99999,"
            + " CURRENT_TIMESTAMP, 'intruso', 'EXPEDIENTE_REGISTRADO')");
    List<EslabonRoto> rotos = verificar();
    assertEquals(1, rotos.size(), rotos.toString());
    assertEquals(Falla.FUERA_DE_LA_CADENA, rotos.get(0).falla());
    assertEquals(99999L, rotos.get(0).id());
  }

  @Test
  void losRegistrosAnterioresALaCadenaSeEncadenanUnaVezEnOrdenDeId() throws SQLException {
    // rows from before V6, and a head that says so, as the migration leaves them
    sql(
        "INSERT INTO registro_auditoria (id, fecha, usuario, evento) VALUES (7, TIMESTAMP"
            + " '2025-01-01 10:00:00.123456', 'admin', 'INGRESO')");
    sql(
        "INSERT INTO registro_auditoria (id, fecha, usuario, evento, detalle) VALUES (5,"
            + " TIMESTAMP '2025-01-01 09:00:00', 'admin', 'INGRESO', 'primero')");
    sql("UPDATE cadena_auditoria SET ultimo_id_anterior = 7");
    assertEquals(2, RegistrosAnteriores.encadenar(bd.dataSource()));
    assertEquals(0, RegistrosAnteriores.encadenar(bd.dataSource()));
    assertEquals(5L, idEn(1));
    assertEquals(7L, idEn(2));
    escribir(1);
    assertEquals(List.of(), verificar());
  }

  @Test
  void muchasTransaccionesAlMismoTiempoDanPosicionesSinHuecosNiRepetidas() throws Exception {
    int hilos = 4;
    int porHilo = 25;
    var pool = Executors.newFixedThreadPool(hilos);
    var largada = new CountDownLatch(1);
    List<Future<?>> tareas = new ArrayList<>();
    for (int h = 0; h < hilos; h++) {
      tareas.add(
          pool.submit(
              () -> {
                largada.await();
                for (int i = 0; i < porHilo; i++) {
                  bd.enTransaccion(em -> escribir(em, "DERIVACION", "EXP"));
                }
                return null;
              }));
    }
    largada.countDown();
    for (var t : tareas) {
      t.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(List.of(), verificar());
    try (Connection c = bd.conexion();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*), MIN(secuencia), MAX(secuencia) FROM registro_auditoria")) {
      rs.next();
      assertEquals(hilos * porHilo, rs.getLong(1));
      assertEquals(1, rs.getLong(2));
      assertEquals(hilos * porHilo, rs.getLong(3));
    }
  }
}
