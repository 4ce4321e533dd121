package pe.gob.minem.tramite.application.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.Vistas.RemitenteVista;
import pe.gob.minem.tramite.application.archivo.LectoresTest;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;

/** The PDFs are printed from one visible expediente, with Lima's dates written in. */
class ImpresosDelExpedienteTest {

  /** Answers with one expediente and counts how often visibility was checked. */
  static class ConsultaDePrueba extends ConsultaExpedientes {
    final Expediente expediente;
    final List<String> pedidos = new ArrayList<>();

    ConsultaDePrueba(Expediente expediente) {
      this.expediente = expediente;
    }

    @Override
    public Expediente visible(String numero) {
      pedidos.add(numero);
      return expediente;
    }
  }

  static final ExpedienteVista VISTA =
      new ExpedienteVista(
          "EXP-2026-000123",
          "Solicitud de concesión",
          "ADMINISTRADO",
          new RemitenteVista("Minera Andina S.A.C.", "RUC", "20123456789"),
          "SOLICITUD",
          "S-001-2026",
          12,
          "URGENTE",
          30,
          LocalDate.of(2026, 12, 1),
          Instant.parse("2026-11-26T15:04:00Z"),
          "secretaria.oga",
          "EN_TRAMITE",
          "OTI",
          "Tecnologías",
          null,
          "analista.oti",
          "Andrea Flores",
          "K7QM-2WXP-9H4T",
          false,
          "RESERVADO",
          List.of(
              new ArchivoVista(1L, "a.pdf", "application/pdf", 10, "ab"),
              new ArchivoVista(2L, "b.png", "image/png", 10, "cd")));

  private final ConsultaDePrueba consulta =
      new ConsultaDePrueba(LectoresTest.expediente(Confidencialidad.RESERVADO));
  private final ImpresosDelExpediente impresos = new ImpresosDelExpediente();

  {
    impresos.consulta = consulta;
    impresos.urlPublica = "https://tramite.minem.gob.pe/";
  }

  @Test
  void laHojaEscribeLasFechasYDuracionesEnHoraDeLima() {
    var h =
        ImpresosDelExpediente.hoja(
            VISTA,
            List.of(
                new MovimientoVista(
                    1,
                    Instant.parse("2026-11-26T15:04:00Z"),
                    "P/OGA-TI-01",
                    0,
                    "REGISTRO",
                    "Registro",
                    "secretaria.oga",
                    "Rosa Díaz",
                    "Secretaria",
                    "OGA",
                    null,
                    null,
                    3700L),
                new MovimientoVista(
                    2, null, "P", 5, "ATENCION", "Atendido", "u", "P", null, "OTI", "", "", null)),
            Instant.parse("2026-11-30T14:15:00Z"));

    assertEquals("EXP-2026-000123", h.numero());
    assertEquals("Solicitud de concesión", h.asunto());
    assertEquals("En trámite", h.estado());
    assertEquals("OTI", h.unidadActual());
    assertEquals("K7QM-2WXP-9H4T", h.codigoVerificacion());
    assertEquals("30/11/2026 09:15", h.emitida());
    var f = h.filas().get(0);
    assertEquals(1, f.secuencia());
    assertEquals("26/11/2026 10:04", f.fecha());
    assertEquals(0, f.actividad());
    assertEquals("Registro", f.descripcion());
    assertEquals("Rosa Díaz", f.persona());
    assertEquals("Secretaria", f.cargo());
    assertEquals("OGA", f.unidad());
    assertNull(f.destino());
    assertNull(f.instruccion());
    assertEquals("1 h 1 min", f.tiempoEnElPaso());
    var abierta = h.filas().get(1);
    assertEquals("", abierta.fecha(), "sin fecha, vacía (como Reloj.formatear)");
    assertNull(abierta.tiempoEnElPaso(), "el paso sigue abierto");
  }

  @Test
  void elCargoLlevaElRemitenteLosArchivosYLaUrlDeVerificacion() {
    var c = ImpresosDelExpediente.cargo(VISTA, "https://x/verificar.xhtml?codigo=K7QM-2WXP-9H4T");
    assertEquals("EXP-2026-000123", c.numero());
    assertEquals("26/11/2026 10:04", c.fechaHora());
    assertEquals("Solicitud de concesión", c.asunto());
    assertEquals("Minera Andina S.A.C.", c.remitente());
    assertEquals("RUC", c.tipoDocumentoRemitente());
    assertEquals("20123456789", c.numeroDocumentoRemitente());
    assertEquals("Solicitud", c.tipoDocumento());
    assertEquals("S-001-2026", c.numeroDocumento());
    assertEquals(12, c.folios());
    assertEquals(2, c.archivos());
    assertEquals("secretaria.oga", c.recibidoPor());
    assertEquals("K7QM-2WXP-9H4T", c.codigoVerificacion());
    assertEquals("https://x/verificar.xhtml?codigo=K7QM-2WXP-9H4T", c.urlVerificacion());
  }

  @Test
  void laUrlDeVerificacionNoDuplicaLaBarra() {
    impresos.urlPublica = "https://tramite.minem.gob.pe//";
    assertEquals(
        "https://tramite.minem.gob.pe/verificar.xhtml?codigo=AB12CD",
        impresos.urlVerificacion("AB12CD"));
  }

  @Test
  void laHojaDeRutaSeImprimeDelExpedienteVisibleConSusMovimientos() throws Exception {
    var i = impresos.hojaDeRuta("exp-2026-1");

    assertEquals(List.of("exp-2026-1"), consulta.pedidos, "una sola consulta de visibilidad");
    assertEquals("hoja-de-ruta-" + consulta.expediente.getNumero() + ".pdf", i.nombre());
    String t = texto(i.pdf());
    assertTrue(t.contains("Hoja de ruta — " + consulta.expediente.getNumero()), t);
    assertTrue(t.contains("Derivado"), t);
    assertTrue(t.contains("Código de verificación del expediente: ABCD-EFGH-JKLM"), t);
  }

  @Test
  void elCargoSeImprimeConLaUrlPublica() throws Exception {
    var i = impresos.cargoDeRecepcion("exp-2026-1");

    assertEquals(List.of("exp-2026-1"), consulta.pedidos);
    assertEquals("cargo-" + consulta.expediente.getNumero() + ".pdf", i.nombre());
    String t = texto(i.pdf());
    assertTrue(
        t.contains(
            "Verifique este cargo en"
                + " https://tramite.minem.gob.pe/verificar.xhtml?codigo=ABCD-EFGH-JKLM"),
        t);
  }

  static String texto(byte[] pdf) throws Exception {
    try (var d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return PdfTextExtractor.getTextFromPage(d.getPage(1));
    }
  }
}
