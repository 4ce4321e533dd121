package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.application.conciliacion.ConciliacionDelAlmacen;
import pe.gob.minem.tramite.application.conciliacion.Hallazgo;
import pe.gob.minem.tramite.application.conciliacion.TipoDeHallazgo;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.ValidacionGuardada;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnCarpeta;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;

/**
 * The validation reports kept with a signed version (ADR 0024) are contents a row refers to:
 * reconciliation leaves them in the store, and reports one the disk lost, by its version.
 */
class ConciliacionDeInformesEnH2Test {

  @TempDir Path datos;
  BaseDeDatosEnMemoria bd;
  DocumentStore almacen;
  ConciliacionDelAlmacen conciliacion;
  List<String> informes;

  @BeforeEach
  void sembrar() throws IOException {
    bd = new BaseDeDatosEnMemoria();
    almacen = AlmacenEnCarpeta.en(datos);
    conciliacion = new ConciliacionDelAlmacen(almacen, Duration.ofHours(1), Duration.ofDays(30));
    String inicial = guardar("%PDF oficio, versión 1");
    String firmada = guardar("%PDF oficio, versión 2 con el V°B°");
    informes =
        List.of(
            guardar("%PDF informe de validación"),
            guardar("<SimpleReport/>"),
            guardar("<DetailedReport/>"));
    bd.enTransaccion(
        em -> {
          var oti = Semilla.unidad(em, "OTI", "Tecnologías");
          var director = Semilla.persona(em, "director.oti", "Castillo", oti, Rol.DIRECTOR);
          var e = Semilla.expediente(em, 1, oti);
          var d =
              Semilla.documento(
                  em, e, TipoDocumentoInterno.OFICIO, director, oti, "COD1", Semilla.AHORA, false);
          d.nuevoContenido(
              "oficio.pdf",
              inicial,
              10,
              VersionDocumento.Origen.SUBIDO,
              "Versión inicial",
              "director.oti",
              Semilla.AHORA);
          d.firmar(
              Firma.Clase.VISTO_BUENO,
              5,
              director,
              "Director",
              firmada,
              10,
              "PAdES-BASELINE-LT",
              "TOTAL_PASSED",
              new ValidacionGuardada(
                  "TOTAL_PASSED",
                  1,
                  Semilla.AHORA,
                  true,
                  informes.get(0),
                  informes.get(1),
                  informes.get(2)),
              Semilla.AHORA);
        });
    // written long ago: old enough to be quarantined if no row referred to them
    try (var archivos = Files.walk(datos.resolve("documentos"))) {
      for (Path f : archivos.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
      }
    }
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  @Test
  void losInformesDeUnaVersionFirmadaNoSonHuerfanos() throws IOException {
    var filas = filas();
    assertEquals(5, filas.size(), filas::toString);

    assertEquals(List.of(), conciliar(filas));
    for (String sha : informes) {
      assertTrue(almacen.existe(sha), "se movió a la cuarentena: " + sha);
    }
  }

  @Test
  void unInformeQueElDiscoPerdioSeReportaPorSuVersion() throws IOException {
    String detallado = informes.get(2);
    Files.delete(
        datos
            .resolve("documentos")
            .resolve(detallado.substring(0, 2))
            .resolve(detallado.substring(2, 4))
            .resolve(detallado));

    var hallazgos = conciliar(filas());

    assertEquals(1, hallazgos.size(), hallazgos::toString);
    var h = hallazgos.get(0);
    assertEquals(TipoDeHallazgo.FILA_SIN_ARCHIVO, h.tipo());
    assertEquals("EXP-2026-000001", h.objeto());
    assertTrue(h.detalle().contains(detallado), h::detalle);
    assertTrue(h.detalle().contains("versión 2, informe detallado"), h::detalle);
  }

  private List<ContenidoReferido> filas() {
    return bd.obtener(
        em -> {
          var documentos = new JpaDocumentoRepository();
          documentos.em = em;
          return new ArrayList<>(documentos.contenidosDeVersiones());
        });
  }

  private List<Hallazgo> conciliar(List<ContenidoReferido> filas) throws IOException {
    return conciliacion.revisar(conciliacion.listar(), filas, Instant.now()).hallazgos();
  }

  private String guardar(String texto) throws IOException {
    return almacen
        .guardar(new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8)), 1_000_000)
        .sha256();
  }
}
