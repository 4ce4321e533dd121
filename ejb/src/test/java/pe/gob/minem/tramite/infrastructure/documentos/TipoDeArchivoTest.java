package pe.gob.minem.tramite.infrastructure.documentos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

class TipoDeArchivoTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void unPdfEsPdf() throws Exception {
    assertEquals(
        TipoDeArchivo.PDF, TipoDeArchivo.confirmar("oficio.PDF", new ByteArrayInputStream(PDF)));
  }

  @Test
  void unaImagenConExtensionPdfSeRechaza() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> TipoDeArchivo.confirmar("oficio.pdf", new ByteArrayInputStream(PNG)));
    assertEquals("archivos", e.getCampo());
  }

  @Test
  void unDocxDeVerdadSeAcepta() throws Exception {
    assertEquals(
        TipoDeArchivo.DOCX,
        TipoDeArchivo.confirmar("informe.docx", new ByteArrayInputStream(docx(true))));
  }

  @Test
  void unZipCualquieraConExtensionDocxSeRechaza() {
    assertThrows(
        DatosInvalidosException.class,
        () -> TipoDeArchivo.confirmar("informe.docx", new ByteArrayInputStream(docx(false))));
  }

  @Test
  void extensionesNoAceptadas() {
    assertThrows(DatosInvalidosException.class, () -> TipoDeArchivo.declarado("virus.exe"));
    assertThrows(DatosInvalidosException.class, () -> TipoDeArchivo.declarado("sin-extension"));
  }

  private static byte[] docx(boolean conDocumento) throws Exception {
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry(conDocumento ? "word/document.xml" : "otra/cosa.xml"));
      z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return out.toByteArray();
  }
}
