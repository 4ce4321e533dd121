package pe.gob.minem.tramite.infrastructure.documentos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** What only object storage brings: other writers in the bucket, paging, a bucket not there. */
@Tag("s3")
class AlmacenEnS3Test {

  private static final String BUCKET = "tramite-documentos";

  @TempDir static Path objetos;
  private static AlmacenEnS3 servidor;
  private static S3Client cliente;

  private final String prefijo = "prueba-" + UUID.randomUUID() + "/";

  @BeforeAll
  static void iniciar() throws Exception {
    servidor = AlmacenEnS3.iniciar(objetos);
    cliente = servidor.cliente();
  }

  @AfterAll
  static void detener() throws Exception {
    cliente.close();
    servidor.close();
  }

  @Test
  void unContenidoYaPresenteNuncaSeSobrescribe() throws IOException {
    var almacen = servidor.almacen(BUCKET, prefijo);
    String sha = ContratoDelAlmacen.sha256("oficio".getBytes(StandardCharsets.UTF_8));
    String clave = prefijo + "documentos/" + nombre(sha);
    // someone else wrote other bytes under that name (a damaged copy): the store keeps them
    cliente.putObject(b -> b.bucket(BUCKET).key(clave), RequestBody.fromString("otra cosa"));

    assertFalse(ContratoDelAlmacen.guardar(almacen, "oficio").nuevo());

    assertEquals(
        "otra cosa", cliente.getObjectAsBytes(b -> b.bucket(BUCKET).key(clave)).asUtf8String());
    // and reconciliation is the one to tell: its bytes do not hash to its name
    var entrada = almacen.recorrer().get(0);
    assertFalse(sha.equals(almacen.calcularSha256(entrada)));
  }

  @Test
  void recorrerListaTambienLoQueNoEsUnContenido() throws IOException {
    var almacen = servidor.almacen(BUCKET, prefijo);
    ContratoDelAlmacen.guardar(almacen, "memorando");
    cliente.putObject(
        b -> b.bucket(BUCKET).key(prefijo + "documentos/ab/suelto.txt"),
        RequestBody.fromString("dejado a mano"));

    var entradas = almacen.recorrer();

    assertEquals(2, entradas.size(), entradas::toString);
    var suelto =
        entradas.stream().filter(e -> e.ruta().equals("ab/suelto.txt")).findFirst().orElseThrow();
    assertNull(suelto.sha256());
  }

  @Test
  void recorrerPasaPorTodasLasPaginas() throws IOException {
    var almacen = servidor.almacen(BUCKET, prefijo);
    almacen.tamanoDePagina = 2;
    Set<String> guardados = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      guardados.add(ContratoDelAlmacen.guardar(almacen, "anexo " + i).sha256());
    }

    Set<String> listados = new HashSet<>();
    almacen.recorrer().forEach(e -> listados.add(e.sha256()));

    assertEquals(guardados, listados);
    assertEquals(5, almacen.contar());
  }

  @Test
  void dosPrefijosNoSeVenEntreSi() throws IOException {
    var uno = servidor.almacen(BUCKET, prefijo);
    var otro = servidor.almacen(BUCKET, "otra-" + prefijo);
    var c = ContratoDelAlmacen.guardar(uno, "solo del primero");

    assertFalse(otro.existe(c.sha256()));
    assertEquals(0, otro.contar());
  }

  @Test
  void unBucketQueNoExisteSeDiceEnElRegistroYNoSeCreaSinPermiso() {
    String bucket = "no-existe-" + UUID.randomUUID().toString().substring(0, 8);
    var almacen = servidor.sinComprobar(bucket, "");
    StringBuilder registro = new StringBuilder();
    Handler oyente =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
              registro.append(r.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(S3DocumentStore.class.getName());
    log.addHandler(oyente);
    try {
      assertFalse(almacen.comprobarBucket());
    } finally {
      log.removeHandler(oyente);
    }

    assertTrue(
        registro
            .toString()
            .contains("El bucket «" + bucket + "» del almacén de documentos no existe"),
        registro::toString);
    assertTrue(registro.toString().contains("tramite.documentos.s3.crear-bucket=true"));
    assertFalse(cliente.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket)));
  }

  private static String nombre(String sha) {
    return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
  }
}
