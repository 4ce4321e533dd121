package pe.gob.minem.tramite.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing and reopening the index in one JVM, as a redeployment does: the old instance closes while
 * its worker may still be indexing, and the new one starts before the old one has finished.
 */
class CierreDelIndiceTest {

  @TempDir Path carpeta;

  private static List<EntradaIndice> entradas(String... ids) {
    return java.util.Arrays.stream(ids)
        .map(id -> UnaEntrada.con(id).titulo("informe " + id).crear())
        .toList();
  }

  @Test
  void closeWaitsForTheUseInProgressAndThenRefusesNewOnes() throws Exception {
    var indice = new LuceneSearchIndex(carpeta.resolve("indice"));
    CompletableFuture<Void> cierre;
    try (var uso = indice.usar()) {
      indice.indexar(entradas("a")); // the same thread may use it again while it holds a use
      cierre =
          CompletableFuture.runAsync(
              () -> {
                try {
                  indice.close();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      assertThrows(
          TimeoutException.class,
          () -> cierre.get(300, TimeUnit.MILLISECONDS),
          "close() must wait for the use in progress");
    }
    cierre.get(10, TimeUnit.SECONDS);
    var e = assertThrows(IllegalStateException.class, () -> indice.indexar(entradas("c")));
    assertEquals("El índice está cerrado", e.getMessage());

    // what the use in progress added, uncommitted, was committed by close()
    try (var otra = new LuceneSearchIndex(carpeta.resolve("indice"))) {
      assertEquals(1, otra.contar());
    }
  }

  @Test
  void aSecondInstanceWaitsForTheFirstToReleaseTheIndex() throws Exception {
    var primera = new LuceneSearchIndex(carpeta.resolve("indice"));
    primera.indexar(entradas("a", "b", "c"));
    var segunda =
        CompletableFuture.supplyAsync(() -> new LuceneSearchIndex(carpeta.resolve("indice")));
    Thread.sleep(500);
    assertFalse(segunda.isDone(), "the second instance must wait while the first holds the lock");
    primera.close();
    try (var abierta = segunda.get(20, TimeUnit.SECONDS)) {
      assertEquals(3, abierta.contar());
    }
  }

  @Test
  void closingTwiceIsHarmlessAndTheIndexReopens() throws Exception {
    var indice = new LuceneSearchIndex(carpeta.resolve("indice"));
    indice.indexar(entradas("a"));
    indice.close();
    indice.close();
    try (var otra = new LuceneSearchIndex(carpeta.resolve("indice"))) {
      assertEquals(1, otra.contar());
    }
  }
}
