package pe.gob.minem.tramite.archivo;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contract on a real OpenSearch 2.19 node ({@link NodoOpenSearch}) over HTTP: one index per
 * test, removed after it.
 */
class OpenSearchSearchIndexTest extends ContratoSearchIndexTest {

  private static final AtomicInteger NUMERO = new AtomicInteger();

  private String nombre;

  @Override
  SearchIndex abrirIndice() {
    if (nombre == null) {
      nombre = "archivo-prueba-" + NUMERO.incrementAndGet();
    }
    return new OpenSearchSearchIndex(NodoOpenSearch.url(), null, null, nombre);
  }

  @Override
  void limpiar() throws IOException {
    new OpenSearchSearchIndex(NodoOpenSearch.url(), null, null, nombre).borrarIndice();
  }
}
