package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.VersionVista;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente.Dibujo;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente.Vista;
import pe.gob.minem.tramite.application.plazo.PlazosService.PasoPendiente;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;

/** The expediente page asks the application once and keeps what the page shows. */
class DetalleExpedienteTest {

  static ExpedienteVista expediente(List<ArchivoVista> archivos) {
    return new ExpedienteVista(
        "EXP-2026-000001",
        "Asunto",
        null,
        null,
        null,
        null,
        0,
        null,
        0,
        null,
        null,
        null,
        null,
        "OTI",
        null,
        null,
        null,
        null,
        null,
        false,
        "RESERVADO",
        archivos);
  }

  static DocumentoVista documento(long id, int... versiones) {
    var vs = new ArrayList<VersionVista>();
    for (int v : versiones) {
      vs.add(new VersionVista(v, "v.pdf", "ab", 1, "SUBIDO", null, "a", Instant.EPOCH));
    }
    return new DocumentoVista(
        id,
        "EXP-2026-000001",
        "OFICIO",
        "Oficio",
        true,
        "Uno",
        "a",
        "EN_REVISION",
        "C",
        true,
        "PUBLICO",
        versiones.length,
        vs,
        List.of(),
        "OTI",
        "Oficina de Tecnologías de la Información");
  }

  static class PaginaDePrueba extends PaginaDelExpediente {
    final List<String> pedidos = new ArrayList<>();
    Vista vista;
    RuntimeException falla;

    @Override
    public Vista vista(String numero) {
      pedidos.add(numero);
      if (falla != null) {
        throw falla;
      }
      return vista;
    }
  }

  private final ArchivoVista png = new ArchivoVista(1L, "foto.png", "image/png", 1, "a");
  private final ArchivoVista pdf1 = new ArchivoVista(2L, "uno.pdf", "application/pdf", 1, "b");
  private final ArchivoVista pdf2 = new ArchivoVista(3L, "dos.pdf", "application/pdf", 1, "c");
  private final List<MovimientoVista> hoja =
      List.of(
          new MovimientoVista(
              1,
              Instant.EPOCH,
              "P",
              1,
              "REGISTRO",
              "Registro",
              "u",
              "P",
              "C",
              "OGA",
              null,
              null,
              null));
  private final List<PasoPendiente> pendientes =
      List.of(new PasoPendiente("P", 7, "Atender", null, Instant.EPOCH, null, false, null));
  private final List<DocumentoVista> documentos = List.of(documento(5, 1), documento(6, 1, 2, 3));

  private final PaginaDePrueba servicio = new PaginaDePrueba();
  private final DetalleExpediente pagina = new DetalleExpediente();

  {
    servicio.vista =
        new Vista(
            expediente(List.of(png, pdf1, pdf2)),
            hoja,
            pendientes,
            List.of(
                new Dibujo("Expediente", "<svg>expediente</svg>"),
                new Dibujo("Oficio «Uno»", "<svg>oficio</svg>")),
            documentos,
            true,
            false,
            false);
    pagina.paginaDelExpediente = servicio;
    pagina.setNumero("exp-2026-1");
  }

  @Test
  void unaLlamadaLlenaLaPagina() {
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();

      assertEquals(List.of("exp-2026-1"), servicio.pedidos);
      assertTrue(faces.mensajes.isEmpty());
    }
    assertSame(servicio.vista.expediente(), pagina.getExpediente());
    assertSame(hoja, pagina.getHojaDeRuta());
    assertSame(pendientes, pagina.getPasosPendientes());
    assertSame(documentos, pagina.getDocumentos());
    assertEquals("<svg>expediente</svg>", pagina.getDiagrama());
    assertEquals(
        List.of(new Dibujo("Oficio «Uno»", "<svg>oficio</svg>")),
        pagina.getDiagramasDeDocumentos());
    assertSame(pdf1, pagina.getArchivoVisible(), "el primer PDF");
    assertNull(pagina.getDocumentoVisible());
    assertTrue(pagina.isPuedeElaborar());
    assertFalse(pagina.isPuedeClasificar());
  }

  @Test
  void elArchivoYElDocumentoPedidosSeMuestranEnLaPaginaPedida() {
    pagina.setArchivoPedido(3L);
    pagina.setDocumentoPedido(6L);
    pagina.setPagina(4);
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
    }
    assertSame(pdf2, pagina.getArchivoVisible());
    assertEquals(6L, pagina.getDocumentoVisible());
    assertEquals(3, pagina.getVersionVisible(), "la última versión");
    assertEquals("#page=4", pagina.getAncla());
  }

  @Test
  void unArchivoPedidoQueNoEsPdfNoCambiaElVisible() {
    pagina.setArchivoPedido(1L);
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
    }
    assertSame(pdf1, pagina.getArchivoVisible());
  }

  @Test
  void sinDiagramaLaPaginaFallaComoAntes() {
    servicio.vista =
        new Vista(
            expediente(List.of()), hoja, pendientes, List.of(), documentos, false, false, false);
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
      assertNull(pagina.getExpediente());
      assertTrue(faces.validacionFallida);
    }
  }

  @Test
  void unExpedienteQueNoSePuedeVerMuestraElMotivo() {
    servicio.falla = new NoEncontradoException("No existe el expediente EXP-2026-000001.");
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();

      assertNull(pagina.getExpediente());
      assertEquals(1, faces.mensajes.size());
      assertEquals("No existe el expediente EXP-2026-000001.", faces.mensajes.get(0).getSummary());
      assertTrue(faces.validacionFallida);
    }
  }
}
