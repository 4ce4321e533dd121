package pe.gob.minem.tramite.infrastructure.documentos;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ContratoDelAlmacen} on the S3 store against a real S3 server (s3proxy, filesystem back
 * end); each case in its own prefix of one bucket. Tagged «s3»: it runs in the surefire execution
 * that gives s3proxy its own Jackson annotations (ejb/pom.xml).
 */
@Tag("s3")
class ContratoDelAlmacenEnS3Test extends ContratoDelAlmacen {

  @TempDir static Path objetos;

  private static AlmacenEnS3 servidor;

  @BeforeAll
  static void iniciar() throws Exception {
    servidor = AlmacenEnS3.iniciar(objetos);
  }

  @AfterAll
  static void detener() throws Exception {
    servidor.close();
  }

  @Override
  protected DocumentStore almacenVacio(TransactionSynchronizationRegistry transacciones) {
    var almacen = servidor.almacen("tramite-documentos", "prueba-" + UUID.randomUUID() + "/");
    almacen.transacciones = transacciones;
    return almacen;
  }
}
