package pe.gob.minem.tramite.infrastructure.respaldo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 copy taken while another connection keeps committing: every table from one snapshot (each
 * transaction writes a row in each of two tables, so the copy holds as many in one as in the
 * other), taken at the copy's start and not after it, and restored into a database that still holds
 * those rows when it is closed and opened again.
 */
class CopiaEnMarchaH2Test {

  @TempDir Path tmp;

  @Test
  void laCopiaEsDeUnaSolaInstantaneaMientrasSeSigueEscribiendo() throws Exception {
    String url = "jdbc:h2:file:" + tmp.resolve("db/tramite") + ";MODE=LEGACY;WRITE_DELAY=0";
    try (Connection escritor = DriverManager.getConnection(url, "tramite", "tramite");
        Connection copia = DriverManager.getConnection(url, "tramite", "tramite")) {
      try (Statement s = escritor.createStatement()) {
        s.execute("CREATE TABLE expediente (id BIGINT PRIMARY KEY, asunto VARCHAR(2000))");
        s.execute("CREATE TABLE archivo_expediente (id BIGINT PRIMARY KEY, nombre VARCHAR(200))");
        // enough rows that writing the copy takes a while
        s.execute(
            "INSERT INTO expediente SELECT -X, REPEAT('asunto ', 200) FROM SYSTEM_RANGE(1, 5000)");
      }
      escritor.setAutoCommit(false);
      AtomicBoolean seguir = new AtomicBoolean(true);
      AtomicLong escritos = new AtomicLong();
      Thread hilo =
          new Thread(
              () -> {
                try (Statement s = escritor.createStatement()) {
                  for (long i = 1; seguir.get(); i++) {
                    s.execute("INSERT INTO archivo_expediente VALUES (" + i + ", 'oficio.pdf')");
                    s.execute("INSERT INTO expediente VALUES (" + i + ", 'Oficio " + i + "')");
                    escritor.commit();
                    escritos.set(i);
                    Thread.sleep(1);
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      hilo.start();
      while (escritos.get() < 100) {
        Thread.sleep(5);
      }
      long antes = escritos.get();
      Path destino = tmp.resolve("copia.sql.gz");
      CopiaLogicaH2.copiar(copia, destino);
      long despues = escritos.get();
      seguir.set(false);
      hilo.join();

      var base = new BaseH2(tmp.resolve("nuevos"), "tramite", "tramite", null);
      SortedMap<String, Long> filas = base.restaurar(destino);
      long archivos = filas.get("PUBLIC.ARCHIVO_EXPEDIENTE");
      assertEquals(5000 + archivos, filas.get("PUBLIC.EXPEDIENTE"), filas::toString);
      assertTrue(
          archivos >= antes && archivos <= despues,
          () -> archivos + " filas; antes " + antes + ", después " + despues);
      try (Connection otraVez =
          DriverManager.getConnection(
              "jdbc:h2:file:" + tmp.resolve("nuevos/db/tramite") + ";MODE=LEGACY;IFEXISTS=TRUE",
              "tramite",
              "tramite")) {
        assertEquals(filas, FilasPorTabla.contar(otraVez));
      }
    }
  }
}
