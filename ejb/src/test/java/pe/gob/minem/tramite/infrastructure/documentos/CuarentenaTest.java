package pe.gob.minem.tramite.infrastructure.documentos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's side of reconciliation: what it lists, what it moves, and what it never moves. */
class CuarentenaTest {

  @TempDir Path datos;

  @Test
  void contenidoReutilizadoTrasElListadoNoPasaALaCuarentena() throws IOException {
    var almacen = AlmacenEnCarpeta.en(datos);
    var c = guardar(almacen, "oficio");
    Path archivo = ruta(c.sha256());
    Files.setLastModifiedTime(archivo, hace(Duration.ofHours(2)));
    var entrada = almacen.recorrer().get(0);

    // a registration stores the same bytes again: its row is about to be committed
    assertFalse(guardar(almacen, "oficio").nuevo());

    assertTrue(almacen.aCuarentena(entrada, Instant.now().minus(Duration.ofHours(1))).isEmpty());
    assertTrue(Files.exists(archivo));
  }

  @Test
  void listaLosTemporalesAbandonadosSinSha() throws IOException {
    var almacen = AlmacenEnCarpeta.en(datos);
    guardar(almacen, "oficio");
    Path resto = datos.resolve("documentos/tmp/1234.part");
    Files.writeString(resto, "a medio escribir");

    var entradas = almacen.recorrer();

    assertEquals(2, entradas.size());
    var temporal = entradas.stream().filter(e -> e.ruta().equals("tmp/1234.part")).findFirst();
    assertTrue(temporal.isPresent(), () -> entradas.toString());
    assertNull(temporal.get().sha256());
  }

  @Test
  void noSaleDelAlmacenPorUnaRutaConPuntos() {
    var almacen = AlmacenEnCarpeta.en(datos);
    var fuera = new DocumentStore.Entrada("../db/tramite.mv.db", null, 1, Instant.EPOCH);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> almacen.aCuarentena(fuera, Instant.now()));
  }

  private static DocumentStore.Contenido guardar(DocumentStore almacen, String texto)
      throws IOException {
    return almacen.guardar(
        new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8)), 1_000_000);
  }

  private Path ruta(String sha) {
    return datos
        .resolve("documentos")
        .resolve(sha.substring(0, 2))
        .resolve(sha.substring(2, 4))
        .resolve(sha);
  }

  private static FileTime hace(Duration d) {
    return FileTime.from(Instant.now().minus(d));
  }
}
