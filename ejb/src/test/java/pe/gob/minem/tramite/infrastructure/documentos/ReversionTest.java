package pe.gob.minem.tramite.infrastructure.documentos;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content created in a transaction that rolls back is removed, unless another registration stored
 * the same bytes meanwhile: its row, about to be committed, needs the file.
 */
class ReversionTest {

  @TempDir Path datos;

  private final List<Synchronization> alTerminar = new ArrayList<>();

  @Test
  void laReversionRetiraElContenidoQueCreo() throws IOException {
    var almacen = enTransaccion();
    var c = guardar(almacen, "registro revertido");

    terminar(Status.STATUS_ROLLEDBACK);

    assertFalse(almacen.existe(c.sha256()));
  }

  @Test
  void laReversionNoRetiraUnContenidoQueOtroRegistroReutilizo() throws IOException {
    var almacen = enTransaccion();
    var c = guardar(almacen, "mismo oficio en dos registros");
    assertTrue(c.nuevo());
    assertFalse(guardar(almacen, "mismo oficio en dos registros").nuevo());

    terminar(Status.STATUS_ROLLEDBACK); // the first one's transaction only

    assertTrue(almacen.existe(c.sha256()), "se borró el archivo del segundo registro");
  }

  private FileSystemDocumentStore enTransaccion() {
    var almacen = AlmacenEnCarpeta.en(datos);
    almacen.transacciones =
        (TransactionSynchronizationRegistry)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, metodo, args) ->
                    switch (metodo.getName()) {
                      case "getTransactionKey" -> "tx";
                      case "registerInterposedSynchronization" -> {
                        alTerminar.add((Synchronization) args[0]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(metodo.getName());
                    });
    return almacen;
  }

  private void terminar(int estado) {
    // only the synchronizations registered so far: those of the content's creator
    List.copyOf(alTerminar).forEach(s -> s.afterCompletion(estado));
  }

  private static DocumentStore.Contenido guardar(DocumentStore almacen, String texto)
      throws IOException {
    return almacen.guardar(
        new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8)), 1_000_000);
  }
}
