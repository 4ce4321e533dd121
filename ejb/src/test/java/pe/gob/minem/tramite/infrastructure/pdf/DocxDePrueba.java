package pe.gob.minem.tramite.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The smallest valid Word document: one paragraph per argument. */
final class DocxDePrueba {

  private DocxDePrueba() {}

  static byte[] conParrafos(String... parrafos) throws IOException {
    var cuerpo = new StringBuilder();
    for (String p : parrafos) {
      cuerpo
          .append("<w:p><w:r><w:t xml:space=\"preserve\">")
          .append(xml(p))
          .append("</w:t></w:r></w:p>");
    }
    var salida = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(salida)) {
      entrada(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      entrada(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"word/document.xml\"/></Relationships>");
      entrada(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
              + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              + cuerpo
              + "</w:body></w:document>");
    }
    return salida.toByteArray();
  }

  private static void entrada(ZipOutputStream zip, String nombre, String contenido)
      throws IOException {
    zip.putNextEntry(new ZipEntry(nombre));
    zip.write(contenido.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String xml(String texto) {
    return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
