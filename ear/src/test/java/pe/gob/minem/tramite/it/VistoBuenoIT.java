package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.*;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-02 through the REST API, on Payara Server with PostgreSQL: every path of the MAPRO (with
 * and without legal review, changes asked by the Director de TI, the Director General returning the
 * document, suscripción and V°B°-only types, a new version voiding earlier V°B°s), each V°B° and
 * signature a PAdES signature that DSS (in the portal) and poppler's pdfsig accept.
 */
class VistoBuenoIT extends PruebaConElEar {

  @Test
  void oficioConRevisionLegalLlegaSuscritoConTresFirmasValidas() throws Exception {
    JsonNode d = documentoEnExpedienteDelAnalista("OFICIO");
    long id = d.path("id").asLong();
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    paso(SECRETARIA_OTI, id, 6, Map.of());
    paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", true));
    paso(LEGAL_OGA, id, 8, Map.of());
    paso(DIRECTOR_OGA, id, 9, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OGA, id, 11, Map.of());
    paso(SECRETARIA_OGA, id, 13, Map.of());

    JsonNode fin = documento(id);
    assertEquals("DERIVADO", fin.path("estado").asText(), fin::toString);
    List<String> firmas = firmasVigentes(fin);
    assertEquals(List.of("VISTO_BUENO", "VISTO_BUENO", "SUSCRIPCION"), firmas, fin::toString);
    fin.path("firmas")
        .forEach(f -> assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString));
    assertEquals(3, firmasValidasSegunPdfsig(contenido(id)), "pdfsig: tres firmas válidas");
  }

  @Test
  void informeTecnicoSinRevisionLegalTerminaConVistoBuenoDelDirectorGeneral() throws Exception {
    JsonNode d = documentoEnExpedienteDelAnalista("INFORME_TECNICO");
    long id = d.path("id").asLong();
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    paso(SECRETARIA_OTI, id, 6, Map.of());
    paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", false));
    paso(DIRECTOR_OGA, id, 9, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OGA, id, 12, Map.of());
    paso(SECRETARIA_OGA, id, 13, Map.of());
    JsonNode fin = documento(id);
    assertEquals(List.of("VISTO_BUENO", "VISTO_BUENO"), firmasVigentes(fin), fin::toString);
    assertEquals(2, firmasValidasSegunPdfsig(contenido(id)));
  }

  @Test
  void elDirectorDeTiPideCambiosYElAutorRemiteUnaNuevaVersion() throws Exception {
    JsonNode d = documentoEnExpedienteDelAnalista("MEMORANDO");
    long id = d.path("id").asLong();
    paso(ANALISTA_OTI, id, 1, Map.of());
    // asking for changes without saying which is refused
    problema(
        completar(
            DIRECTOR_OTI, tareaDelDocumento(DIRECTOR_OTI, id, 2), Map.of("decision", "CAMBIOS")),
        400);
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CAMBIOS", "instruccion", "Precisar el plazo."));
    paso(DIRECTOR_OTI, id, 3, Map.of("instruccion", "Precisar el plazo en el párrafo 2."));
    // resubmitting without a new version is refused
    problema(completar(ANALISTA_OTI, tareaDelDocumento(ANALISTA_OTI, id, 4), Map.of()), 400);
    assertEquals(200, nuevaVersion(id).status());
    paso(ANALISTA_OTI, id, 4, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    JsonNode doc = documento(id);
    assertEquals(3, doc.path("versionActual").asInt(), doc::toString);
    assertEquals(List.of("VISTO_BUENO"), firmasVigentes(doc));
  }

  @Test
  void laDevolucionDelDirectorGeneralYUnaNuevaVersionAnulanElVistoBuenoAnterior() throws Exception {
    JsonNode d = documentoEnExpedienteDelAnalista("ACTA");
    long id = d.path("id").asLong();
    String numero = d.path("numeroExpediente").asText();
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    paso(SECRETARIA_OTI, id, 6, Map.of());
    paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", false));
    paso(
        DIRECTOR_OGA,
        id,
        9,
        Map.of("decision", "CAMBIOS", "instruccion", "Falta la firma del acta anterior."));
    paso(
        DIRECTOR_OGA,
        id,
        10,
        Map.of("instruccion", "Devuelvo: incluir la referencia al acta anterior."));
    paso(
        DIRECTOR_OTI,
        id,
        3,
        Map.of("instruccion", "Incluir la referencia que pide la Dirección General."));
    assertEquals(200, nuevaVersion(id).status());
    JsonNode conNuevaVersion = documento(id);
    assertTrue(
        firmasVigentes(conNuevaVersion).isEmpty(), "el V°B° del Director de TI quedó anulado");
    JsonNode anulada = conNuevaVersion.path("firmas").get(0);
    assertTrue(anulada.path("anulada").asBoolean(), anulada::toString);
    assertTrue(anulada.path("motivoAnulacion").asText().contains("versión"), anulada::toString);
    // the hoja de ruta says why
    String hoja = get(ANALISTA_OTI, "/expedientes/" + numero + "/hoja-de-ruta").texto();
    assertTrue(hoja.contains("anula el V°B° de Miguel Castillo"), hoja);
    paso(ANALISTA_OTI, id, 4, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    paso(SECRETARIA_OTI, id, 6, Map.of());
    paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", false));
    paso(DIRECTOR_OGA, id, 9, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OGA, id, 11, Map.of());
    JsonNode fin = documento(id);
    assertEquals(List.of("VISTO_BUENO", "SUSCRIPCION"), firmasVigentes(fin), fin::toString);
    assertEquals(2, firmasValidasSegunPdfsig(contenido(id)));
  }

  @Test
  void quienNoTieneElCargoNoPuedeFirmar() throws Exception {
    JsonNode d = documentoEnExpedienteDelAnalista("OFICIO");
    long id = d.path("id").asLong();
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    String tarea5 = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    problema(completar(LEGAL_OGA, tarea5, Map.of()), 403);
    problema(completar(ANALISTA_OTI, tarea5, Map.of()), 403);
    JsonNode sinFirmar = documento(id);
    assertTrue(sinFirmar.path("firmas").isEmpty(), sinFirmar::toString);
    assertEquals(1, sinFirmar.path("versionActual").asInt());
  }

  @Test
  void soloUnAnalistaDeLaOtiElaboraDocumentos() {
    JsonNode e = expedienteConElAnalista();
    Respuesta r = crearDocumento(SECRETARIA_OGA, e.path("numero").asText(), "OFICIO");
    problema(r, 403);
  }

  // ------------------------------------------------------------------ the unit's seal (item 6)

  @Test
  void elVistoBuenoLlevaElSelloDeLaUnidadQueSubioElAdministrador() throws Exception {
    byte[] png = sello();
    Respuesta ajeno = enviar(conImagen(DIRECTOR_OTI, "/unidades/OTI/sello", png, "image/png"));
    problema(ajeno, 403);
    Respuesta falso =
        enviar(conImagen(ADMIN, "/unidades/OTI/sello", "no soy un PNG".getBytes(), "image/png"));
    assertTrue(
        problema(falso, 400).path("detail").asText().contains("PNG o JPEG"), falso::toString);

    Respuesta subido = enviar(conImagen(ADMIN, "/unidades/OTI/sello", png, "image/png"));
    assertEquals(200, subido.status(), subido::toString);
    try {
      Respuesta leido = get(DIRECTOR_OTI, "/unidades/OTI/sello");
      assertEquals(200, leido.status(), leido::toString);
      assertTrue(java.util.Arrays.equals(png, leido.cuerpo()), "the seal reads back as uploaded");

      long id = documentoHastaElVistoBuenoDelDirector();
      paso(DIRECTOR_OTI, id, 5, Map.of());
      JsonNode d = documento(id);
      assertEquals(List.of("VISTO_BUENO"), firmasVigentes(d), d::toString);
      assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText());
      byte[] pdf = contenido(id);
      assertEquals(1, firmasValidasSegunPdfsig(pdf));
      assertEquals(1, imagenesEnLosSellos(pdf), "the V°B° stamp draws the unit's seal");
    } finally {
      assertEquals(
          204, enviar(peticion(ADMIN, "/unidades/OTI/sello").DELETE()).status(), "seal removed");
    }
    long sinSello = documentoHastaElVistoBuenoDelDirector();
    paso(DIRECTOR_OTI, sinSello, 5, Map.of());
    assertEquals(0, imagenesEnLosSellos(contenido(sinSello)), "no seal, no image");
  }

  private static java.net.http.HttpRequest.Builder conImagen(
      String usuario, String ruta, byte[] imagen, String tipo) {
    return peticion(usuario, ruta)
        .header("Content-Type", tipo)
        .header("Accept", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(imagen));
  }

  /** A 160×160 round seal, drawn here. */
  private static byte[] sello() throws java.io.IOException {
    var img =
        new java.awt.image.BufferedImage(160, 160, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    var g = img.createGraphics();
    g.setColor(new java.awt.Color(0x1a, 0x2a, 0x5a));
    g.setStroke(new java.awt.BasicStroke(8));
    g.drawOval(8, 8, 144, 144);
    g.drawString("OTI", 66, 84);
    g.dispose();
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** Images drawn in the appearance streams of the signature fields, counted with PDFBox. */
  private static int imagenesEnLosSellos(byte[] pdf) throws java.io.IOException {
    int n = 0;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var form = doc.getDocumentCatalog().getAcroForm();
      if (form == null) {
        return 0;
      }
      for (var campo : form.getFields()) {
        if (!(campo instanceof org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField f)) {
          continue;
        }
        for (var w : f.getWidgets()) {
          var ap = w.getNormalAppearanceStream();
          if (ap != null) {
            n += imagenes(ap.getResources(), new java.util.HashSet<>());
          }
        }
      }
    }
    return n;
  }

  private static int imagenes(org.apache.pdfbox.pdmodel.PDResources r, java.util.Set<Object> vistos)
      throws java.io.IOException {
    if (r == null || !vistos.add(r.getCOSObject())) {
      return 0;
    }
    int n = 0;
    for (var nombre : r.getXObjectNames()) {
      var x = r.getXObject(nombre);
      if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
        n++;
      } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
        n += imagenes(f.getResources(), vistos);
      }
    }
    return n;
  }
}
