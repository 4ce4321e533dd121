package pe.gob.minem.tramite.application.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto.Falla;
import pe.gob.minem.tramite.domain.model.auditoria.PuntoDeControl;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnCarpeta;
import pe.gob.minem.tramite.infrastructure.documentos.FileSystemDocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDeDemostracion;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.infrastructure.firma.SelloDelPortal;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * Checkpoints on a real H2 with the Flyway schema, signed with the demo PKI's seal and kept in a
 * filesystem store: someone who cuts the chain's tail, rewrites its head and edits the checkpoint
 * table is named by the signed constancia; a TSA that does not answer leaves the checkpoint
 * unsigned and says so, without failing.
 */
class PuntosDeControlEnH2Test {

  @TempDir static Path pki;
  static FirmaDigital firma;
  static SelloDelPortal sello;

  @TempDir Path datos;
  private BaseDeDatosEnMemoria bd;
  private EntityManager em;
  private RegistroAuditoriaRepository registros;
  private FileSystemDocumentStore almacen;
  private PuntosDeControl puntos;
  private final List<LogRecord> log = new ArrayList<>();
  private final Logger logger = Logger.getLogger("pe.gob.minem.tramite.auditoria");
  private final Handler captura =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          log.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void abrirPki() {
    firma = FirmaDeDemostracion.enDemostracion(pki, null);
    sello = FirmaDeDemostracion.sello(firma, null, null);
  }

  @AfterAll
  static void cerrarPki() {
    FirmaDeDemostracion.cerrar(firma, sello);
  }

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
    em = bd.entityManager();
    registros = BaseDeDatosEnMemoria.auditoria(em);
    almacen = AlmacenEnCarpeta.en(datos);
    puntos = puntos(sello);
    logger.addHandler(captura);
  }

  @AfterEach
  void cerrar() {
    logger.removeHandler(captura);
    em.close();
    bd.close();
  }

  private PuntosDeControl puntos(SelloDelPortal s) {
    var p = new PuntosDeControl();
    p.registros = registros;
    p.sello = s;
    p.almacen = almacen;
    p.transaccion = new TransaccionLocal(em);
    return p;
  }

  /** What Auditoria.guardar does, one row per transaction. */
  private void escribir(int n) {
    for (int i = 0; i < n; i++) {
      em.getTransaction().begin();
      var r = new RegistroAuditoria(Instant.now(), "secretaria.oga", "DERIVACION", "EXP-" + i, "d");
      em.find(CabezaDeCadena.class, CabezaDeCadena.ID, LockModeType.PESSIMISTIC_WRITE).enlazar(r);
      em.persist(r);
      em.getTransaction().commit();
    }
  }

  private Verificacion verificar() {
    em.clear(); // as a new request would read it
    var v = new VerificacionDeAuditoria();
    v.registros = registros;
    v.puntos = puntos;
    return v.recorrer(puntos.revisar());
  }

  private PuntoDeControl unicoPunto() {
    em.clear();
    List<PuntoDeControl> todos = registros.puntosDeControl();
    assertEquals(1, todos.size(), todos::toString);
    return todos.get(0);
  }

  private void sql(String sentencia) throws SQLException {
    try (Connection c = bd.conexion()) {
      c.createStatement().executeUpdate(sentencia);
    }
  }

  private String hashEn(long secuencia) throws SQLException {
    try (Connection c = bd.conexion();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT hash FROM registro_auditoria WHERE secuencia = " + secuencia)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static EslabonRoto falla(Verificacion v, Falla f) {
    return v.rotos().stream().filter(r -> r.falla() == f).findFirst().orElse(null);
  }

  @Test
  void elPuntoDeControlSeFirmaYLaVerificacionLeeSuConstancia() {
    escribir(3);
    puntos.marcar();
    PuntoDeControl p = unicoPunto();
    assertEquals(3, p.getSecuencia());
    assertNotNull(p.getDocumentoSha256());
    assertTrue(almacen.existe(p.getDocumentoSha256()));
    assertEquals(
        List.of(p.getDocumentoSha256()),
        registros.constancias().stream().map(c -> c.sha256()).toList());

    Verificacion v = verificar();
    assertTrue(v.intacta(), v::toString);
    assertEquals(1, v.puntosDeControl());
    assertEquals(1, v.puntosFirmados());
    assertNotNull(v.ultimoPuntoFirmado());
    assertNull(v.aviso());
  }

  @Test
  void siLaCabezaNoSeMovioNoSeMarcaOtroPunto() {
    escribir(2);
    puntos.marcar();
    puntos.marcar();
    unicoPunto();
  }

  @Test
  void cortarLaColaReescribirLaCabezaYEditarElPuntoSeVePorLaConstanciaFirmada()
      throws SQLException {
    escribir(5);
    puntos.marcar();
    long id = unicoPunto().getId();
    String hash3 = hashEn(3);
    // what someone with access to the database would do to hide the last two rows
    sql("DELETE FROM registro_auditoria WHERE secuencia > 3");
    sql("UPDATE cadena_auditoria SET secuencia = 3, hash = '" + hash3 + "'");
    sql(
        "UPDATE punto_de_control_auditoria SET secuencia = 3, hash = '"
            + hash3
            + "' WHERE id = "
            + id);

    Verificacion v = verificar();
    assertEquals(false, v.intacta(), v::toString);
    EslabonRoto editado = falla(v, Falla.PUNTO_DE_CONTROL_ALTERADO);
    assertNotNull(editado, v::toString);
    assertTrue(editado.detalle().contains("posición 5"), editado::detalle);
    EslabonRoto cortada = falla(v, Falla.COLA_CORTADA);
    assertNotNull(cortada, v::toString);
    assertEquals(4L, cortada.secuencia());
    assertTrue(
        cortada.detalle().contains("un punto de control firmado la vio llegar a la 5"),
        cortada::detalle);
  }

  @Test
  void quitarLaReferenciaALaConstanciaEsLoQueLaFirmaNoCubre() throws SQLException {
    // the limit ADR 0020 states: a checkpoint row made to look unsigned (or deleted) hides the cut
    // from the verification; only the server log line and reconciliation's orphan file remain
    escribir(5);
    puntos.marcar();
    long id = unicoPunto().getId();
    String hash3 = hashEn(3);
    sql("DELETE FROM registro_auditoria WHERE secuencia > 3");
    sql("UPDATE cadena_auditoria SET secuencia = 3, hash = '" + hash3 + "'");
    sql(
        "UPDATE punto_de_control_auditoria SET secuencia = 3, hash = '"
            + hash3
            + "', documento_sha256 = NULL WHERE id = "
            + id);

    Verificacion v = verificar();
    assertTrue(v.intacta(), v::toString);
    assertEquals(0, v.puntosFirmados());
  }

  @Test
  void unaConstanciaBorradaDelAlmacenSeNombra() throws Exception {
    escribir(2);
    puntos.marcar();
    PuntoDeControl p = unicoPunto();
    String sha = p.getDocumentoSha256();
    Files.delete(
        datos
            .resolve("documentos")
            .resolve(sha.substring(0, 2))
            .resolve(sha.substring(2, 4))
            .resolve(sha));

    Verificacion v = verificar();
    EslabonRoto falta = falla(v, Falla.CONSTANCIA_FALTANTE);
    assertNotNull(falta, v::toString);
    assertTrue(falta.detalle().contains(sha), falta::detalle);
    assertEquals(0, v.puntosFirmados());
  }

  @Test
  void conLaTsaCaidaElPuntoQuedaSinFirmarConUnAvisoYSinFallar(@TempDir Path otraPki) {
    FirmaDigital sinTsa = FirmaDeDemostracion.enDemostracion(otraPki, "http://127.0.0.1:9/tsa");
    SelloDelPortal selloSinTsa = FirmaDeDemostracion.sello(sinTsa, null, null);
    try {
      puntos = puntos(selloSinTsa);
      escribir(2);
      puntos.marcar();
      PuntoDeControl p = unicoPunto();
      assertEquals(2, p.getSecuencia());
      assertNull(p.getDocumentoSha256());
      assertTrue(
          log.stream()
              .anyMatch(
                  r ->
                      r.getLevel() == Level.WARNING
                          && r.getMessage().startsWith("AUDITORIA_PUNTO_DE_CONTROL_SIN_FIRMA id=")),
          () -> log.stream().map(LogRecord::getMessage).toList().toString());
      assertTrue(verificar().intacta());
    } finally {
      FirmaDeDemostracion.cerrar(sinTsa, selloSinTsa);
    }
  }

  /** A UserTransaction over the test's resource-local EntityManager. */
  private static final class TransaccionLocal implements UserTransaction {
    private final EntityManager em;

    TransaccionLocal(EntityManager em) {
      this.em = em;
    }

    @Override
    public void begin() {
      em.clear(); // a new transaction-scoped persistence context, as in the container
      em.getTransaction().begin();
    }

    @Override
    public void commit() {
      em.getTransaction().commit();
    }

    @Override
    public void rollback() {
      em.getTransaction().rollback();
    }

    @Override
    public void setRollbackOnly() {
      em.getTransaction().setRollbackOnly();
    }

    @Override
    public int getStatus() {
      return em.getTransaction().isActive() ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public void setTransactionTimeout(int segundos) {}
  }
}
