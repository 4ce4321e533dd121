package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What OpenSearchSearchIndex says when its configuration is wrong, and what two portals share. */
class ConexionOpenSearchTest {

  @Test
  void unNombreDeIndiceNoValidoSeRechazaConSuMotivo() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new OpenSearchSearchIndex(NodoOpenSearch.url(), null, null, "Archivo Tramite"));
    assertTrue(e.getMessage().contains("Nombre de índice OpenSearch no válido"), e.getMessage());
  }

  @Test
  void sinDireccionSeRechaza() {
    assertThrows(
        IllegalArgumentException.class, () -> new OpenSearchSearchIndex(" ", null, null, "x"));
  }

  @Test
  void unClusterQueNoRespondeSeDiceAlAbrir() throws Exception {
    int libre;
    try (ServerSocket s = new ServerSocket(0)) {
      libre = s.getLocalPort(); // closed again: nothing listens there
    }
    String url = "http://127.0.0.1:" + libre;
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> new OpenSearchSearchIndex(url, null, null, "archivo-sin-cluster"));
    assertTrue(e.getMessage().contains("No se pudo hablar con OpenSearch"), e.getMessage());
  }

  @Test
  void dosPortalesCompartenElMismoIndice() throws Exception {
    // two servers of the portal open the same index (the second finds it created) and each sees
    // what the other confirmed
    OpenSearchSearchIndex uno =
        new OpenSearchSearchIndex(NodoOpenSearch.url(), null, null, "archivo-compartido");
    try (OpenSearchSearchIndex dos =
        new OpenSearchSearchIndex(
            NodoOpenSearch.url() + "," + NodoOpenSearch.url(), null, null, "archivo-compartido")) {
      uno.indexar(List.of(UnaEntrada.con("A").texto("respaldo").crear()));
      uno.confirmar();
      assertEquals(1, dos.contar());
      dos.eliminar(List.of("A"));
      dos.confirmar();
      assertEquals(0, uno.contar());
    } finally {
      uno.borrarIndice();
    }
  }
}
