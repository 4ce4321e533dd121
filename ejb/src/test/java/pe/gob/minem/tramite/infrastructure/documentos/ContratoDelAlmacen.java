package pe.gob.minem.tramite.infrastructure.documentos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} promises, run against each implementation by a subclass. Stores
 * on object storage know a write's time to the second, so where a case needs "before the limit" it
 * lets a little over a second pass rather than backdating a file.
 */
abstract class ContratoDelAlmacen {

  private static final Duration UN_SEGUNDO_LARGO = Duration.ofMillis(1100);

  private final List<Synchronization> alTerminar = new ArrayList<>();

  /** A new, empty store that registers its rollback work in {@code transacciones}. */
  protected abstract DocumentStore almacenVacio(TransactionSynchronizationRegistry transacciones)
      throws IOException;

  @Test
  void guardaYDevuelveLosMismosBytes() throws Exception {
    var almacen = almacenVacio(null);
    byte[] bytes = "oficio N.° 1".getBytes(StandardCharsets.UTF_8);

    var c = almacen.guardar(new ByteArrayInputStream(bytes), 1_000);

    assertTrue(c.nuevo());
    assertEquals(sha256(bytes), c.sha256());
    assertEquals(bytes.length, c.tamano());
    assertTrue(almacen.existe(c.sha256()));
    try (InputStream in = almacen.abrir(c.sha256())) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals(1, almacen.contar());
    assertFalse(almacen.existe(sha256("otro".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void abrirUnContenidoQueNoExisteEsNoSuchFile() throws IOException {
    var almacen = almacenVacio(null);
    assertThrows(
        NoSuchFileException.class,
        () -> almacen.abrir(sha256("nunca guardado".getBytes(StandardCharsets.UTF_8))).close());
  }

  @Test
  void unContenidoDemasiadoGrandeNoDejaNada() throws IOException {
    var almacen = almacenVacio(null);

    assertThrows(
        ContenidoDemasiadoGrandeException.class,
        () -> almacen.guardar(new ByteArrayInputStream(new byte[2_049]), 2_048));

    assertEquals(0, almacen.contar());
    assertTrue(almacen.recorrer().isEmpty(), () -> "quedó algo: " + recorrer(almacen));
  }

  @Test
  void elMismoContenidoSeGuardaUnaSolaVez() throws IOException {
    var almacen = almacenVacio(null);

    var primero = guardar(almacen, "anexo repetido");
    var segundo = guardar(almacen, "anexo repetido");

    assertTrue(primero.nuevo());
    assertFalse(segundo.nuevo());
    assertEquals(primero.sha256(), segundo.sha256());
    assertEquals(1, almacen.contar());
  }

  @Test
  void laReversionRetiraElContenidoQueCreo() throws IOException {
    var almacen = almacenVacio(enTransaccion());
    var c = guardar(almacen, "registro revertido");

    terminar(Status.STATUS_ROLLEDBACK);

    assertFalse(almacen.existe(c.sha256()));
    assertEquals(0, almacen.contar());
  }

  @Test
  void laConfirmacionConservaElContenido() throws IOException {
    var almacen = almacenVacio(enTransaccion());
    var c = guardar(almacen, "registro confirmado");

    terminar(Status.STATUS_COMMITTED);

    assertTrue(almacen.existe(c.sha256()));
  }

  @Test
  void laReversionNoRetiraUnContenidoQueOtroRegistroReutilizo() throws IOException {
    var almacen = almacenVacio(enTransaccion());
    var c = guardar(almacen, "mismo oficio en dos registros");
    int delPrimero = alTerminar.size();
    assertFalse(guardar(almacen, "mismo oficio en dos registros").nuevo());

    alTerminar.subList(0, delPrimero).forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));

    assertTrue(almacen.existe(c.sha256()), "se borró el archivo del segundo registro");
  }

  @Test
  void recorrerDaCadaContenidoConSuNombreYTamano() throws IOException {
    var almacen = almacenVacio(null);
    Instant antes = Instant.now().minusSeconds(2);
    var a = guardar(almacen, "memorando");
    var b = guardar(almacen, "informe técnico");

    var entradas = almacen.recorrer();

    assertEquals(2, entradas.size(), () -> entradas.toString());
    for (var c : List.of(a, b)) {
      var e =
          entradas.stream().filter(x -> c.sha256().equals(x.sha256())).findFirst().orElseThrow();
      String s = c.sha256();
      assertEquals(s.substring(0, 2) + "/" + s.substring(2, 4) + "/" + s, e.ruta());
      assertEquals(c.tamano(), e.tamano());
      assertTrue(e.modificado().isAfter(antes), () -> e.modificado() + " antes de " + antes);
      assertEquals(s, almacen.calcularSha256(e));
    }
  }

  @Test
  void calcularElShaDeLoQueYaNoEstaEsNoSuchFile() throws IOException {
    var almacen = almacenVacio(null);
    String s = sha256("retirado".getBytes(StandardCharsets.UTF_8));
    var ida =
        new DocumentStore.Entrada(
            s.substring(0, 2) + "/" + s.substring(2, 4) + "/" + s, s, 8, Instant.now());
    assertThrows(NoSuchFileException.class, () -> almacen.calcularSha256(ida));
  }

  @Test
  void laCuarentenaSeLlevaLoNoTocadoDesdeElLimiteYSePurgaAlAcabarElDia() throws Exception {
    var almacen = almacenVacio(null);
    var c = guardar(almacen, "huérfano");
    Thread.sleep(UN_SEGUNDO_LARGO.toMillis());
    Instant limite = Instant.now();
    var entrada = almacen.recorrer().get(0);

    var destino = almacen.aCuarentena(entrada, limite);

    String hoy = LocalDate.now(ZoneId.of("America/Lima")).toString();
    assertEquals("cuarentena/" + hoy + "/documentos/" + entrada.ruta(), destino.orElseThrow());
    assertFalse(almacen.existe(c.sha256()));
    assertTrue(almacen.recorrer().isEmpty());
    // today's folder may still receive files: it stays until the day is over
    assertEquals(List.of(), almacen.purgarCuarentena(Instant.now()));
    assertEquals(
        List.of("cuarentena/" + hoy),
        almacen.purgarCuarentena(Instant.now().plus(Duration.ofDays(2))));
    assertEquals(List.of(), almacen.purgarCuarentena(Instant.now().plus(Duration.ofDays(2))));
    // and the same bytes can be stored again
    assertTrue(guardar(almacen, "huérfano").nuevo());
  }

  @Test
  void laCuarentenaNoSeLlevaLoEscritoDespuesDelLimite() throws IOException {
    var almacen = almacenVacio(null);
    var c = guardar(almacen, "recién llegado");
    var entrada = almacen.recorrer().get(0);

    assertTrue(almacen.aCuarentena(entrada, Instant.now().minus(Duration.ofHours(1))).isEmpty());
    assertTrue(almacen.existe(c.sha256()));
  }

  @Test
  void contenidoReutilizadoTrasElListadoNoPasaALaCuarentena() throws Exception {
    var almacen = almacenVacio(null);
    var c = guardar(almacen, "oficio");
    Thread.sleep(UN_SEGUNDO_LARGO.toMillis());
    Instant limite = Instant.now();
    var entrada = almacen.recorrer().get(0);
    Thread.sleep(UN_SEGUNDO_LARGO.toMillis());

    // a registration stores the same bytes again: its row is about to be committed
    assertFalse(guardar(almacen, "oficio").nuevo());

    assertTrue(almacen.aCuarentena(entrada, limite).isEmpty());
    assertTrue(almacen.existe(c.sha256()));
  }

  @Test
  void laCuarentenaNoSaleDelAlmacenPorUnaRutaConPuntos() throws IOException {
    var almacen = almacenVacio(null);
    var fuera = new DocumentStore.Entrada("../db/tramite.mv.db", null, 1, Instant.EPOCH);
    assertThrows(IllegalArgumentException.class, () -> almacen.aCuarentena(fuera, Instant.now()));
  }

  @Test
  void unShaMalFormadoSeRechaza() throws IOException {
    var almacen = almacenVacio(null);
    assertThrows(IllegalArgumentException.class, () -> almacen.existe("../../etc/passwd"));
    assertNull(FileSystemDocumentStore.shaDelNombre("tmp/1234.part"));
  }

  // ------------------------------------------------------------------ helpers

  /** A registry like the server's: records the synchronizations a transaction registered. */
  protected TransactionSynchronizationRegistry enTransaccion() {
    return (TransactionSynchronizationRegistry)
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
  }

  private void terminar(int estado) {
    List.copyOf(alTerminar).forEach(s -> s.afterCompletion(estado));
  }

  static DocumentStore.Contenido guardar(DocumentStore almacen, String texto) throws IOException {
    return almacen.guardar(
        new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8)), 1_000_000);
  }

  private static String recorrer(DocumentStore almacen) {
    try {
      return almacen.recorrer().toString();
    } catch (IOException e) {
      return e.toString();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
