package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.application.conciliacion.ConciliacionDelAlmacen;
import pe.gob.minem.tramite.application.conciliacion.Hallazgo;
import pe.gob.minem.tramite.application.conciliacion.TipoDeHallazgo;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnS3;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reconciliation of a bucket of a real S3 server (s3proxy) with the rows of an H2 database: the
 * same findings as on the filesystem ({@code ConciliacionDelAlmacenEnH2Test}). Objects cannot be
 * backdated, so the minimum age is two seconds and the old orphan waits a little longer.
 */
@Tag("s3")
class ConciliacionDelAlmacenEnS3Test {

  private static final String BUCKET = "tramite-documentos";
  private static final Duration ANTIGUEDAD = Duration.ofSeconds(2);

  @TempDir static Path objetos;
  private static AlmacenEnS3 servidor;
  private static S3Client cliente;

  private final String prefijo = "conciliacion-" + UUID.randomUUID() + "/";
  private BaseDeDatosEnMemoria bd;
  private DocumentStore almacen;

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

  @AfterEach
  void cerrar() {
    bd.close();
  }

  @Test
  void hallaHuerfanosFilasSinArchivoYContenidosAlteradosEnElBucket() throws Exception {
    bd = new BaseDeDatosEnMemoria();
    almacen = servidor.almacen(BUCKET, prefijo);
    var conciliacion = new ConciliacionDelAlmacen(almacen, ANTIGUEDAD, Duration.ofDays(30));
    String solicitud = guardar("solicitud de información");
    String anexoPerdido = sha("anexo que el disco perdió");
    String informeAlterado = guardar("informe técnico");
    // someone changed the object behind the store's back
    cliente.putObject(
        b -> b.bucket(BUCKET).key(prefijo + "documentos/" + nombre(informeAlterado)),
        RequestBody.fromString("informe técnico, editado a mano en el bucket"));
    String antiguo = guardar("registro que nunca se confirmó");
    cliente.putObject(
        b -> b.bucket(BUCKET).key(prefijo + "documentos/tmp/abandonado.part"),
        RequestBody.fromString("escritura interrumpida"));
    bd.enTransaccion(
        em -> {
          var oga = Semilla.unidad(em, "OGA", "Administración");
          var e = Semilla.expediente(em, 1, oga);
          e.adjuntar("solicitud.pdf", "application/pdf", 10, solicitud, Semilla.AHORA);
          e.adjuntar("anexo.pdf", "application/pdf", 10, anexoPerdido, Semilla.AHORA);
          e.adjuntar("informe.pdf", "application/pdf", 10, informeAlterado, Semilla.AHORA);
        });
    // past the minimum age by more than a second: the server compares whole seconds
    Thread.sleep(ANTIGUEDAD.plusMillis(1200).toMillis());
    String reciente = guardar("registro en curso");

    var hallazgos = porObjeto(conciliar(conciliacion));

    assertEquals(5, hallazgos.size(), hallazgos::toString);
    var faltante =
        hallazgos.values().stream()
            .filter(h -> h.tipo() == TipoDeHallazgo.FILA_SIN_ARCHIVO)
            .findFirst()
            .orElseThrow();
    assertEquals("EXP-2026-000001", faltante.objeto());
    assertTrue(faltante.detalle().contains(anexoPerdido), faltante::detalle);
    assertEquals(TipoDeHallazgo.CONTENIDO_ALTERADO, hallazgos.get(nombre(informeAlterado)).tipo());
    assertTrue(almacen.existe(informeAlterado), "se movió un contenido que una fila usa");
    assertTrue(almacen.existe(solicitud));

    assertEquals(TipoDeHallazgo.ARCHIVO_SIN_FILA, hallazgos.get(nombre(antiguo)).tipo());
    assertFalse(almacen.existe(antiguo), "el huérfano antiguo sigue en el almacén");
    assertTrue(hallazgos.get(nombre(antiguo)).accion().contains("cuarentena/"));
    assertTrue(
        enCuarentena().stream().anyMatch(k -> k.endsWith("/documentos/" + nombre(antiguo))),
        () -> "no está en la cuarentena: " + enCuarentena());
    assertEquals(TipoDeHallazgo.ARCHIVO_SIN_FILA, hallazgos.get("tmp/abandonado.part").tipo());

    assertEquals(TipoDeHallazgo.ARCHIVO_RECIENTE_SIN_FILA, hallazgos.get(nombre(reciente)).tipo());
    assertTrue(almacen.existe(reciente), "se movió un archivo más nuevo que la edad mínima");

    // the quarantine stays its period, then goes
    assertEquals(List.of(), conciliacion.purgar(Instant.now().plus(Duration.ofDays(29))));
    assertEquals(2, enCuarentena().size());
    assertEquals(1, conciliacion.purgar(Instant.now().plus(Duration.ofDays(31))).size());
    assertEquals(List.of(), enCuarentena());
  }

  // ---------------------------------------------------------------- helpers

  private List<Hallazgo> conciliar(ConciliacionDelAlmacen conciliacion) throws IOException {
    var archivos = conciliacion.listar();
    List<ContenidoReferido> filas =
        bd.obtener(
            em -> {
              var expedientes = new JpaExpedienteRepository();
              expedientes.em = em;
              return new ArrayList<>(expedientes.contenidosDeArchivos());
            });
    assertEquals(3, filas.size());
    return conciliacion.revisar(archivos, filas, Instant.now()).hallazgos();
  }

  private List<String> enCuarentena() {
    return cliente
        .listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefijo + "cuarentena/"))
        .contents()
        .stream()
        .map(o -> o.key())
        .toList();
  }

  private static Map<String, Hallazgo> porObjeto(List<Hallazgo> hallazgos) {
    return hallazgos.stream().collect(Collectors.toMap(Hallazgo::objeto, h -> h));
  }

  private String guardar(String texto) throws IOException {
    return almacen
        .guardar(new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8)), 1_000_000)
        .sha256();
  }

  private static String nombre(String sha) {
    return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
  }

  private static String sha(String texto) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(texto.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
