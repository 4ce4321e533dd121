package pe.gob.minem.tramite.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.infrastructure.pdf.CargoDeRecepcionPdf.Cargo;

/** The cargo de recepción: one A5 landscape page with the given data, the code and its QR. */
class CargoDeRecepcionPdfTest {

  static final String URL = "https://tramite.minem.gob.pe/verificar.xhtml?codigo=K7QM-2WXP-9H4T";

  @Test
  void llevaLosDatosDelRegistroElCodigoYLaUrl() throws Exception {
    byte[] pdf =
        CargoDeRecepcionPdf.generar(
            new Cargo(
                "EXP-2026-000123",
                "26/11/2026 10:04",
                "Solicitud de concesión",
                "Minera Andina S.A.C.",
                "RUC",
                "20123456789",
                "SOLICITUD",
                "S-001-2026",
                12,
                2,
                "secretaria.oga",
                "K7QM-2WXP-9H4T",
                URL));

    try (var d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals(1, d.getNumberOfPages());
      assertEquals("Cargo de recepción EXP-2026-000123", d.getDocumentInfo().getTitle());
      assertEquals("Trámite — MINEM", d.getDocumentInfo().getCreator());
      var tamano = d.getPage(1).getPageSize();
      assertEquals(PageSize.A5.getHeight(), tamano.getWidth(), 0.01);
      assertEquals(PageSize.A5.getWidth(), tamano.getHeight(), 0.01);
      assertEquals(
          String.join(
              "\n",
              "MINISTERIO DE ENERGÍA Y MINAS",
              "Oficina General de Administración — Trámite documentario",
              "Cargo de recepción",
              "Expediente N°",
              "EXP-2026-000123",
              "Fecha y hora",
              "26/11/2026 10:04 (hora de Lima)",
              "Asunto",
              "Solicitud de concesión",
              "Remitente",
              "Minera Andina S.A.C. — RUC 20123456789",
              "Documento",
              "SOLICITUD S-001-2026",
              "Folios",
              "12",
              "Archivos",
              "2",
              "Recibido por",
              "secretaria.oga",
              "Código de verificación: K7QM-2WXP-9H4T",
              "Verifique este cargo en " + URL),
          PdfTextExtractor.getTextFromPage(d.getPage(1)));
    }
  }
}
