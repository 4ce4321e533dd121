package pe.gob.minem.tramite.infrastructure.documentos;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link ContratoDelAlmacen} on the filesystem store (the default). */
class ContratoDelAlmacenEnCarpetaTest extends ContratoDelAlmacen {

  @TempDir Path datos;

  @Override
  protected DocumentStore almacenVacio(TransactionSynchronizationRegistry transacciones) {
    var almacen = AlmacenEnCarpeta.en(datos);
    almacen.transacciones = transacciones;
    return almacen;
  }
}
