package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.application.conciliacion.ConciliacionDelAlmacen;
import pe.gob.minem.tramite.application.conciliacion.Hallazgo;
import pe.gob.minem.tramite.application.conciliacion.TipoDeHallazgo;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnCarpeta;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;

/**
 * Reconciliation of a real store directory with the rows of an H2 database: what an administrator
 * would see after a crash left files without rows, and a disk lost or changed some contents.
 */
class ConciliacionDelAlmacenEnH2Test {

  static final Duration UNA_HORA = Duration.ofHours(1);
  static final Duration TREINTA_DIAS = Duration.ofDays(30);

  @TempDir Path datos;
  BaseDeDatosEnMemoria bd;
  DocumentStore almacen;
  ConciliacionDelAlmacen conciliacion;

  String solicitud;
  String anexoPerdido;
  String informeAlterado;
  String version;

  @BeforeEach
  void sembrar() throws IOException {
    bd = new BaseDeDatosEnMemoria();
    almacen = AlmacenEnCarpeta.en(datos);
    conciliacion = new ConciliacionDelAlmacen(almacen, UNA_HORA, TREINTA_DIAS);
    solicitud = guardar("solicitud de información");
    anexoPerdido = sha("anexo que el disco perdió");
    informeAlterado = guardar("informe técnico");
    version = guardar("oficio, versión 1");
    // rows written long ago: nothing of theirs is recent
    envejecer(solicitud, informeAlterado, version);
    Files.writeString(ruta(informeAlterado), "informe técnico, editado a mano en el disco");
    envejecer(informeAlterado);
    bd.enTransaccion(
        em -> {
          var oga = Semilla.unidad(em, "OGA", "Administración");
          var autor = Semilla.persona(em, "director.oga", "Quispe", oga, Rol.DIRECTOR);
          var e = Semilla.expediente(em, 1, oga);
          e.adjuntar("solicitud.pdf", "application/pdf", 10, solicitud, Semilla.AHORA);
          e.adjuntar("anexo.pdf", "application/pdf", 10, anexoPerdido, Semilla.AHORA);
          e.adjuntar("informe.pdf", "application/pdf", 10, informeAlterado, Semilla.AHORA);
          var d =
              Semilla.documento(
                  em, e, TipoDocumentoInterno.OFICIO, autor, oga, "COD1", Semilla.AHORA, false);
          d.nuevoContenido(
              "oficio.pdf",
              version,
              10,
              VersionDocumento.Origen.SUBIDO,
              "Versión inicial",
              "director.oga",
              Semilla.AHORA);
        });
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  @Test
  void huerfanoAntiguoPasaALaCuarentenaYElRecienteSeQueda() throws IOException {
    String antiguo = guardar("registro que nunca se confirmó");
    envejecer(antiguo);
    String reciente = guardar("registro en curso");
    Path temporal = datos.resolve("documentos/tmp/abandonado.part");
    Files.writeString(temporal, "escritura interrumpida");
    Files.setLastModifiedTime(temporal, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

    var hallazgos = porObjeto(conciliar());

    assertEquals(TipoDeHallazgo.ARCHIVO_SIN_FILA, hallazgos.get(nombre(antiguo)).tipo());
    assertFalse(Files.exists(ruta(antiguo)), "el huérfano antiguo sigue en el almacén");
    var cuarentena = enCuarentena();
    assertTrue(
        cuarentena.stream().anyMatch(p -> p.endsWith("documentos/" + nombre(antiguo))),
        () -> "no está en la cuarentena: " + cuarentena);
    assertTrue(hallazgos.get(nombre(antiguo)).accion().contains("cuarentena/"));

    assertEquals(TipoDeHallazgo.ARCHIVO_RECIENTE_SIN_FILA, hallazgos.get(nombre(reciente)).tipo());
    assertTrue(Files.exists(ruta(reciente)), "se movió un archivo de menos de una hora");

    assertEquals(TipoDeHallazgo.ARCHIVO_SIN_FILA, hallazgos.get("tmp/abandonado.part").tipo());
    assertFalse(Files.exists(temporal));
  }

  @Test
  void filaSinArchivoYContenidoAlteradoSeReportanSinTocarLosDemas() throws IOException {
    var hallazgos = conciliar();

    assertEquals(2, hallazgos.size(), hallazgos::toString);
    var perdido = hallazgos.stream().filter(h -> h.tipo() == TipoDeHallazgo.FILA_SIN_ARCHIVO);
    var faltante = perdido.findFirst().orElseThrow();
    assertEquals("EXP-2026-000001", faltante.objeto());
    assertTrue(faltante.detalle().contains(anexoPerdido), faltante::detalle);
    assertTrue(faltante.detalle().contains("anexo.pdf"), faltante::detalle);

    var alterado =
        hallazgos.stream()
            .filter(h -> h.tipo() == TipoDeHallazgo.CONTENIDO_ALTERADO)
            .findFirst()
            .orElseThrow();
    assertEquals(nombre(informeAlterado), alterado.objeto());
    assertTrue(alterado.detalle().contains("informe.pdf"), alterado::detalle);
    // reported, never moved: a row still refers to it
    assertTrue(Files.exists(ruta(informeAlterado)));
    assertTrue(Files.exists(ruta(solicitud)));
    assertTrue(Files.exists(ruta(version)));
  }

  @Test
  void cuarentenaSePurgaPasadoSuPeriodoYNoAntes() throws IOException {
    String antiguo = guardar("registro que nunca se confirmó");
    envejecer(antiguo);
    conciliar();
    assertEquals(1, enCuarentena().size());

    assertEquals(List.of(), conciliacion.purgar(Instant.now().plus(Duration.ofDays(29))));
    assertEquals(1, enCuarentena().size());

    var purgadas = conciliacion.purgar(Instant.now().plus(Duration.ofDays(31)));
    assertEquals(1, purgadas.size(), purgadas::toString);
    assertTrue(purgadas.get(0).startsWith("cuarentena/"), purgadas::toString);
    assertEquals(List.of(), enCuarentena());
  }

  // ---------------------------------------------------------------- helpers

  private List<Hallazgo> conciliar() throws IOException {
    var archivos = conciliacion.listar();
    List<ContenidoReferido> filas =
        bd.obtener(
            em -> {
              var expedientes = new JpaExpedienteRepository();
              expedientes.em = em;
              var documentos = new JpaDocumentoRepository();
              documentos.em = em;
              List<ContenidoReferido> l = new ArrayList<>(expedientes.contenidosDeArchivos());
              l.addAll(documentos.contenidosDeVersiones());
              return l;
            });
    assertEquals(4, filas.size());
    return conciliacion.revisar(archivos, filas, Instant.now()).hallazgos();
  }

  private static Map<String, Hallazgo> porObjeto(List<Hallazgo> hallazgos) {
    return hallazgos.stream().collect(Collectors.toMap(Hallazgo::objeto, h -> h));
  }

  private String guardar(String texto) throws IOException {
    return almacen
        .guardar(new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8)), 1_000_000)
        .sha256();
  }

  private void envejecer(String... shas) throws IOException {
    for (String s : shas) {
      Files.setLastModifiedTime(ruta(s), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    }
  }

  private static String nombre(String sha) {
    return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
  }

  private Path ruta(String sha) {
    return datos.resolve("documentos").resolve(nombre(sha));
  }

  private List<String> enCuarentena() throws IOException {
    Path c = datos.resolve("cuarentena");
    if (!Files.isDirectory(c)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(c)) {
      return s.filter(Files::isRegularFile)
          .map(p -> datos.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
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
