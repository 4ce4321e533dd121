package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static pe.gob.minem.tramite.it.Portal.ADMIN;
import static pe.gob.minem.tramite.it.Portal.DIRECTOR_OGA;
import static pe.gob.minem.tramite.it.Portal.JSON;
import static pe.gob.minem.tramite.it.Portal.SECRETARIA_OGA;
import static pe.gob.minem.tramite.it.Portal.base;
import static pe.gob.minem.tramite.it.Portal.datosExpediente;
import static pe.gob.minem.tramite.it.Portal.enviar;
import static pe.gob.minem.tramite.it.Portal.expediente;
import static pe.gob.minem.tramite.it.Portal.get;
import static pe.gob.minem.tramite.it.Portal.hojaDeRuta;
import static pe.gob.minem.tramite.it.Portal.peticion;
import static pe.gob.minem.tramite.it.Portal.postJson;
import static pe.gob.minem.tramite.it.Portal.problema;
import static pe.gob.minem.tramite.it.Portal.putJson;
import static pe.gob.minem.tramite.it.Portal.registrar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The archive (issue 5) through the REST API on the real server: files registered at the mesa de
 * partes are extracted by Tika after the commit (OCR included), indexed by Lucene with Spanish
 * analysis, and found by their words, phrases, numbers and metadata, only by those allowed.
 */
class ArchivoIT extends PruebaConElEar {

  /** A person of an área usuaria (DGH) who handled none of these expedientes. */
  private static final String USUARIO_AREA = "usuario.area";

  /** Letters only, so that it is one token: this run's words never match another run's. */
  private static final String MARCA = marca();

  /** The four expedientes the search tests look for: MARCA is in their asunto and text. */
  private record Registrados(
      String publico, String confidencial, String escaneado, String bomba, String ruc) {}

  private static Registrados registrados;

  private static String marca() {
    var r = new Random();
    var s = new StringBuilder("qz");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + r.nextInt(26)));
    }
    return s.toString();
  }

  // ------------------------------------------------------------------ registration

  /**
   * The four expedientes, registered by whichever test needs them first (each registration must
   * answer 201) and shared by the rest: no test relies on another having run before it.
   */
  private static synchronized Registrados registrados() {
    if (registrados == null) {
      registrados = registrarLosCuatro();
    }
    return registrados;
  }

  /**
   * The four, once the archive has indexed them all. The worker extracts an expediente's files and
   * then commits all its entries at once, so its EXPEDIENTE entry means its files' entries (their
   * text, or their failed extraction) are in the index too.
   */
  private static Registrados indexados() {
    Registrados r = registrados();
    for (String n : List.of(r.publico(), r.confidencial(), r.escaneado(), r.bomba())) {
      indexado(n);
    }
    return r;
  }

  /** Waits until the archive has indexed this expediente of the four (see {@link #indexados}). */
  private static void indexado(String numero) {
    esperar(
        SECRETARIA_OGA,
        MARCA,
        j -> contiene(j, numero, "EXPEDIENTE"),
        "el expediente " + numero + " indexado");
  }

  private static Registrados registrarLosCuatro() {
    String ruc = rucAleatorio();
    ObjectNode e1 = datosExpediente("Restauración de respaldos del SIGEM " + MARCA);
    e1.put("confidencialidad", "PUBLICO");
    ((ObjectNode) e1.get("remitente")).put("numeroDocumento", ruc);
    String publico =
        numero(
            registrar(
                SECRETARIA_OGA,
                e1,
                new Portal.Archivo(
                    "informe.pdf",
                    "application/pdf",
                    pdfDePaginas(
                        "Informe sobre la RESTAURACIÓN de la base de datos " + MARCA,
                        "Se verificaron los respaldos diarios de los servidores " + MARCA,
                        "Anexo: plan de contingencia institucional " + MARCA))));

    ObjectNode e2 = datosExpediente("Denuncia con datos personales " + MARCA);
    e2.put("confidencialidad", "CONFIDENCIAL");
    String confidencial =
        numero(
            registrar(
                SECRETARIA_OGA,
                e2,
                Portal.pdf("denuncia.pdf", "Denuncia reservada sobre respaldos " + MARCA)));

    ObjectNode e3 = datosExpediente("Oficio escaneado " + MARCA);
    e3.put("confidencialidad", "PUBLICO");
    String escaneado =
        numero(
            registrar(
                SECRETARIA_OGA,
                e3,
                new Portal.Archivo(
                    "oficio-escaneado.png",
                    "image/png",
                    imagenConTexto("CONSTANCIA DE HIDROCARBUROS", "ESCANEADA"))));

    ObjectNode e4 = datosExpediente("Archivo hostil " + MARCA);
    e4.put("confidencialidad", "PUBLICO");
    String bomba =
        numero(
            registrar(
                SECRETARIA_OGA,
                e4,
                new Portal.Archivo(
                    "bomba.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    docxBomba())));
    return new Registrados(publico, confidencial, escaneado, bomba, ruc);
  }

  @Test
  void registraExpedientesConSusArchivos() {
    // the four registrations (each asserted 201) are the fixture the other tests share
    Registrados r = registrados();
    assertEquals(
        4, Set.of(r.publico(), r.confidencial(), r.escaneado(), r.bomba()).size(), r::toString);
  }

  // ------------------------------------------------------------------ text and analysis

  @Test
  void sinTildesNiMayusculasEncuentraElTextoDelPdf() {
    String publico = registrados().publico();
    JsonNode r =
        esperar(
            SECRETARIA_OGA,
            "restauracion " + MARCA,
            j -> contiene(j, publico, "ARCHIVO"),
            "el PDF del expediente público, por una palabra de su texto sin tilde");
    var h = hallazgo(r, publico, "ARCHIVO");
    assertTrue(h.get("fragmento").asText().contains("<mark>"), h::toString);
    assertEquals(1, h.get("pagina").asInt(), h::toString);
    assertEquals("PUBLICO", h.get("nivel").asText());
    assertTrue(h.get("enlace").asText().contains("archivo="), h::toString);
  }

  @Test
  void unaRaizEncuentraSusFormas() {
    String publico = registrados().publico();
    indexado(publico);
    JsonNode r = buscar(SECRETARIA_OGA, "respaldo servidor " + MARCA);
    var h = hallazgo(r, publico, "ARCHIVO");
    assertNotNull(h, "«respaldo servidor» debe encontrar «respaldos … servidores»: " + r);
    assertEquals(2, h.get("pagina").asInt(), "la coincidencia está en la página 2: " + h);
  }

  @Test
  void unaFraseSoloCoincideEnOrden() {
    String publico = registrados().publico();
    indexado(publico);
    JsonNode r = buscar(SECRETARIA_OGA, "\"plan de contingencia\" " + MARCA);
    var h = hallazgo(r, publico, "ARCHIVO");
    assertNotNull(h, r::toString);
    assertEquals(3, h.get("pagina").asInt(), h::toString);
    assertEquals(0, buscar(SECRETARIA_OGA, "\"contingencia plan\" " + MARCA).get("total").asLong());
  }

  @Test
  void elRucYElNumeroCoincidenExactamente() {
    Registrados cuatro = registrados();
    String publico = cuatro.publico();
    indexado(publico);
    JsonNode r = buscar(SECRETARIA_OGA, cuatro.ruc());
    assertTrue(contiene(r, publico, "EXPEDIENTE"), r::toString);
    JsonNode n = buscar(SECRETARIA_OGA, publico);
    assertTrue(contiene(n, publico, "EXPEDIENTE"), n::toString);
    for (JsonNode h : n.get("resultados")) {
      assertEquals(publico, h.get("expediente").asText(), "solo entradas de " + publico);
    }
  }

  @Test
  void elOcrEncuentraUnaPalabraDeUnaImagenEscaneada() {
    String escaneado = registrados().escaneado();
    esperar(
        SECRETARIA_OGA,
        "hidrocarburos escaneada",
        j -> contiene(j, escaneado, "ARCHIVO"),
        "la imagen escaneada, por una palabra que solo el OCR puede leer");
  }

  @Test
  void laBombaZipSeRechazaSinDanarAlServidor() {
    String bomba = registrados().bomba();
    JsonNode fallas = esperarFalla("bomba.docx");
    String motivo = fallas.get("motivo").asText();
    assertTrue(
        motivo.toLowerCase().contains("compresi") || motivo.toLowerCase().contains("bomba"),
        "motivo: " + motivo);
    assertEquals(bomba, fallas.get("expediente").asText());
    assertEquals(200, enviar(peticion(null, base() + "/health/ready").GET()).status());
    // the expediente itself is still found by its metadata (indexed right after the failure)
    esperar(
        SECRETARIA_OGA,
        "hostil " + MARCA,
        j -> contiene(j, bomba, "EXPEDIENTE"),
        "el expediente de la bomba, por sus metadatos");
  }

  // ------------------------------------------------------------------ permissions

  @Test
  void otraUnidadNoVeNiCuentaLoConfidencial() {
    Registrados cuatro = indexados();
    String publico = cuatro.publico();
    String confidencial = cuatro.confidencial();
    JsonNode suyo =
        esperar(
            SECRETARIA_OGA,
            MARCA,
            j -> contiene(j, confidencial, "ARCHIVO"),
            "quien registró el expediente confidencial lo encuentra");
    JsonNode ajeno = buscar(USUARIO_AREA, MARCA);
    assertFalse(contiene(ajeno, confidencial, null), ajeno::toString);
    assertTrue(contiene(ajeno, publico, "ARCHIVO"), "lo público sí: " + ajeno);
    long suyos = entradasDe(suyo, confidencial);
    assertTrue(suyos >= 2, suyo::toString);
    assertEquals(
        suyo.get("total").asLong() - suyos,
        ajeno.get("total").asLong(),
        "el total no cuenta lo confidencial");
    assertEquals(
        ajeno.get("total").asLong(),
        sumaFaceta(ajeno, "clase"),
        "las facetas cuentan lo mismo que el total: " + ajeno.get("facetas"));
    assertEquals(suyo.get("total").asLong(), sumaFaceta(suyo, "clase"));
    // and the expediente page/API agree with the index
    assertEquals(404, get(USUARIO_AREA, "/expedientes/" + confidencial).status());
    assertEquals(200, get(USUARIO_AREA, "/expedientes/" + publico).status());
  }

  @Test
  void losFiltrosDeFacetaRestringenElResultado() {
    indexados();
    JsonNode r = buscar(SECRETARIA_OGA, MARCA, "&clase=EXPEDIENTE");
    assertTrue(r.get("total").asLong() >= 4, r::toString);
    for (JsonNode h : r.get("resultados")) {
      assertEquals("EXPEDIENTE", h.get("clase").asText());
    }
    JsonNode facetas = r.get("facetas").get("anio");
    assertNotNull(facetas, r::toString);
  }

  // ------------------------------------------------------------------ saved searches, admin

  @Test
  void lasBusquedasGuardadasSonDeCadaPersona() {
    ObjectNode b = JSON.createObjectNode();
    b.put("nombre", "Respaldos " + MARCA);
    b.put("consulta", "q=respaldos&unidad=OGA");
    var creada = postJson(SECRETARIA_OGA, "/archivo/busquedas", b);
    assertEquals(201, creada.status(), creada::toString);
    long id = creada.json().get("id").asLong();
    var lista = get(SECRETARIA_OGA, "/archivo/busquedas").json();
    assertTrue(lista.toString().contains("Respaldos " + MARCA), lista::toString);
    assertFalse(get(USUARIO_AREA, "/archivo/busquedas").texto().contains(MARCA));
    assertEquals(
        404,
        enviar(peticion(USUARIO_AREA, "/archivo/busquedas/" + id).DELETE()).status(),
        "nadie borra la búsqueda de otra persona");
    assertEquals(
        204, enviar(peticion(SECRETARIA_OGA, "/archivo/busquedas/" + id).DELETE()).status());
  }

  @Test
  void soloElAdministradorVeLaSaludDelIndiceYEsteCoincideConLaBase() {
    registrados(); // the index agrees with the database after this class's files too
    assertEquals(403, get(SECRETARIA_OGA, "/archivo/estado").status());
    JsonNode estado = esperarCoincidencia();
    assertTrue(estado.get("coincide").asBoolean(), estado::toString);
  }

  @Test
  void laReconstruccionDejaElIndiceComoEstaba() {
    String escaneado = indexados().escaneado(); // the total before counts all four
    long antes = buscar(SECRETARIA_OGA, MARCA).get("total").asLong();
    var r =
        enviar(
            peticion(ADMIN, "/archivo/reconstruccion")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertEquals(202, r.status(), r::toString);
    esperarCoincidencia();
    esperar(
        SECRETARIA_OGA,
        MARCA,
        j -> j.get("total").asLong() == antes,
        "tras reconstruir, los mismos " + antes + " resultados");
    assertTrue(contiene(buscar(SECRETARIA_OGA, "hidrocarburos escaneada"), escaneado, "ARCHIVO"));
  }

  @Test
  void unaConsultaMalFormadaNoFalla() {
    JsonNode r = buscar(SECRETARIA_OGA, "\"sin cerrar ( * : " + MARCA);
    assertNotNull(r.get("total"));
    var malo = get(SECRETARIA_OGA, "/archivo?q=x&desde=ayer");
    assertEquals(400, malo.status(), malo::toString);
    assertTrue(malo.texto().contains("AAAA-MM-DD"), malo::toString);
  }

  // ------------------------------------------------------------------ change of level (ADR 0012)

  @Test
  void elDirectorDeLaUnidadCambiaLaConfidencialidadYElArchivoLaSigue() throws Exception {
    String palabra = marca();
    String n =
        numero(
            registrar(
                SECRETARIA_OGA,
                datosExpediente("Informe reservado de auditoría " + palabra),
                Portal.pdf("auditoria.pdf", "Hallazgos de la auditoría " + palabra)));
    esperar(SECRETARIA_OGA, palabra, j -> contiene(j, n, "ARCHIVO"), "el expediente reservado");
    assertEquals(0, buscar(USUARIO_AREA, palabra).get("total").asLong());
    assertEquals(404, get(USUARIO_AREA, "/expedientes/" + n).status());
    String ruta = "/expedientes/" + n + "/confidencialidad";
    String motivo = "Se levanta la reserva: el informe final fue publicado en el portal";

    // refused, with the reason, and nothing changes: who registered it does not direct OGA; who
    // cannot see it gets the same 404 as for reading it; bad input
    var p = problema(putJson(SECRETARIA_OGA, ruta, nivel("PUBLICO", motivo)), 403);
    assertTrue(p.get("detail").asText().contains("Solo el director"), p::toString);
    problema(putJson(USUARIO_AREA, ruta, nivel("PUBLICO", motivo)), 404);
    p = problema(putJson(DIRECTOR_OGA, ruta, nivel("PUBLICO", "corto")), 400);
    assertEquals("motivo", p.path("campo").asText(p.toString()), p::toString);
    problema(putJson(DIRECTOR_OGA, ruta, nivel("SECRETO", motivo)), 400);
    p = problema(putJson(DIRECTOR_OGA, ruta, nivel("RESERVADO", motivo)), 400);
    assertTrue(p.get("detail").asText().contains("ya es reservado"), p::toString);
    assertEquals("RESERVADO", expediente(SECRETARIA_OGA, n).get("confidencialidad").asText());
    int movimientos = hojaDeRuta(SECRETARIA_OGA, n).size();

    // the director of the unit that holds it makes it public
    var r = putJson(DIRECTOR_OGA, ruta, nivel("PUBLICO", motivo));
    assertEquals(200, r.status(), r::toString);
    assertEquals("PUBLICO", r.json().get("confidencialidad").asText());
    JsonNode hoja = hojaDeRuta(SECRETARIA_OGA, n);
    assertEquals(movimientos + 1, hoja.size(), hoja::toString);
    JsonNode ultimo = hoja.get(hoja.size() - 1);
    assertEquals("Confidencialidad: Reservado → Público", ultimo.get("descripcion").asText());
    assertEquals(motivo, ultimo.get("instruccion").asText());
    assertEquals(200, get(USUARIO_AREA, "/expedientes/" + n).status());
    JsonNode visto =
        esperar(
            USUARIO_AREA,
            palabra,
            j -> contiene(j, n, "ARCHIVO") && contiene(j, n, "EXPEDIENTE"),
            "el expediente que se hizo público");
    assertEquals(visto.get("total").asLong(), sumaFaceta(visto, "clase"));

    // and confidential again: out of the other unit's results and pages
    r =
        putJson(
            DIRECTOR_OGA, ruta, nivel("CONFIDENCIAL", "Contiene datos personales del denunciante"));
    assertEquals(200, r.status(), r::toString);
    assertEquals(404, get(USUARIO_AREA, "/expedientes/" + n).status());
    esperar(USUARIO_AREA, palabra, j -> j.get("total").asLong() == 0, "que deje de verse");
    assertTrue(contiene(buscar(SECRETARIA_OGA, palabra), n, "ARCHIVO"), "quien lo registró sí");

    try (var c = BaseDeDatos.conectar();
        var q =
            c.prepareStatement(
                "SELECT evento, usuario FROM registro_auditoria WHERE objeto = ? AND evento LIKE"
                    + " '%CLASIFICA%' ORDER BY fecha, id")) {
      q.setString(1, n);
      var filas = new java.util.ArrayList<String>();
      try (var rs = q.executeQuery()) {
        while (rs.next()) {
          filas.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      assertEquals(
          List.of(
              "RECHAZO_CLASIFICACION " + SECRETARIA_OGA,
              "EXPEDIENTE_RECLASIFICADO " + DIRECTOR_OGA,
              "EXPEDIENTE_RECLASIFICADO " + DIRECTOR_OGA),
          filas);
    }
  }

  @Test
  void susDocumentosNoPublicosSiguenAlExpediente() {
    // routed to the OTI (P/OGA-TI-01), where analista.oti drafts a public and a reserved document
    String n = FlujoDocumental.expedienteConElAnalista().path("numero").asText();
    long publico = documento(n, true);
    long reservado = documento(n, false);
    assertEquals("RESERVADO", nivelDelDocumento(reservado));

    // the OTI holds it now: its director, not the OGA's, changes the level
    String ruta = "/expedientes/" + n + "/confidencialidad";
    var motivo = nivel("CONFIDENCIAL", "El informe incluye datos personales de los administrados");
    problema(putJson(DIRECTOR_OGA, ruta, motivo), 403);
    var r = putJson(Portal.DIRECTOR_OTI, ruta, motivo);
    assertEquals(200, r.status(), r::toString);
    assertEquals("CONFIDENCIAL", nivelDelDocumento(reservado));
    assertEquals("PUBLICO", nivelDelDocumento(publico), "lo publicado al elaborarlo sigue público");
  }

  private static long documento(String numero, boolean publico) {
    // not MARCA: another word, or the totals of the searches by MARCA would depend on the order
    String palabra = marca();
    String json =
        "{\"tipo\":\"INFORME_TECNICO\",\"asunto\":\"Informe "
            + (publico ? "público" : "reservado")
            + "\",\"publico\":"
            + publico
            + "}";
    var r =
        Portal.postMultipart(
            Portal.ANALISTA_OTI,
            "/expedientes/" + numero + "/documentos",
            new CuerpoMultipart()
                .campo("documento", "application/json", json.getBytes(StandardCharsets.UTF_8))
                .archivo(
                    "archivo",
                    "informe.pdf",
                    "application/pdf",
                    Documentos.pdf("Informe " + palabra)));
    assertEquals(201, r.status(), r::toString);
    return r.json().get("id").asLong();
  }

  private static String nivelDelDocumento(long id) {
    var r = get(Portal.ANALISTA_OTI, "/documentos/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json().get("confidencialidad").asText();
  }

  private static ObjectNode nivel(String nivel, String motivo) {
    ObjectNode o = Portal.JSON.createObjectNode();
    o.put("nivel", nivel);
    o.put("motivo", motivo);
    return o;
  }

  // ------------------------------------------------------------------ helpers

  private static JsonNode buscar(String usuario, String q) {
    return buscar(usuario, q, "");
  }

  private static JsonNode buscar(String usuario, String q, String extra) {
    var r =
        get(
            usuario,
            "/archivo?tamano=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  private static JsonNode esperar(
      String usuario, String q, Predicate<JsonNode> condicion, String que) {
    long fin = System.currentTimeMillis() + 120_000;
    JsonNode ultimo = null;
    while (System.currentTimeMillis() < fin) {
      ultimo = buscar(usuario, q);
      if (condicion.test(ultimo)) {
        return ultimo;
      }
      dormir(500);
    }
    fail("No se encontró " + que + " en 120 s; última respuesta: " + ultimo);
    return null;
  }

  private static JsonNode esperarFalla(String nombre) {
    long fin = System.currentTimeMillis() + 120_000;
    String ultimo = null;
    while (System.currentTimeMillis() < fin) {
      var r = get(ADMIN, "/archivo/fallas");
      assertEquals(200, r.status(), r::toString);
      ultimo = r.texto();
      for (JsonNode f : r.json()) {
        if (nombre.equals(f.get("nombre").asText()) && "FALLIDO".equals(f.get("estado").asText())) {
          return f;
        }
      }
      dormir(500);
    }
    fail("La extracción de " + nombre + " no falló en 120 s: " + ultimo);
    return null;
  }

  private static JsonNode esperarCoincidencia() {
    long fin = System.currentTimeMillis() + 180_000;
    JsonNode ultimo = null;
    while (System.currentTimeMillis() < fin) {
      var r = get(ADMIN, "/archivo/estado");
      assertEquals(200, r.status(), r::toString);
      ultimo = r.json();
      if (ultimo.get("coincide").asBoolean() && ultimo.get("colaPendiente").asLong() == 0) {
        return ultimo;
      }
      dormir(1000);
    }
    fail("El índice no coincidió con la base de datos en 180 s: " + ultimo);
    return null;
  }

  private static boolean contiene(JsonNode r, String expediente, String clase) {
    return hallazgo(r, expediente, clase) != null;
  }

  private static JsonNode hallazgo(JsonNode r, String expediente, String clase) {
    for (JsonNode h : r.get("resultados")) {
      if (h.get("expediente").asText().equals(expediente)
          && (clase == null || clase.equals(h.get("clase").asText()))) {
        return h;
      }
    }
    return null;
  }

  private static long entradasDe(JsonNode r, String expediente) {
    long n = 0;
    for (JsonNode h : r.get("resultados")) {
      if (h.get("expediente").asText().equals(expediente)) {
        n++;
      }
    }
    return n;
  }

  private static long sumaFaceta(JsonNode r, String faceta) {
    long s = 0;
    for (JsonNode v : r.get("facetas").path(faceta)) {
      s += v.get("cuenta").asLong();
    }
    return s;
  }

  private static String numero(Portal.Respuesta r) {
    assertEquals(201, r.status(), r::toString);
    return r.json().get("numero").asText();
  }

  private static String rucAleatorio() {
    var r = new Random();
    String base = "20" + String.format("%08d", r.nextInt(100_000_000));
    return base + Documentos.digitoVerificadorRuc(base);
  }

  private static void dormir(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A real PDF with one paragraph per page (PDFBox, Helvetica). */
  static byte[] pdfDePaginas(String... paginas) {
    try (var doc = new PDDocument();
        var out = new ByteArrayOutputStream()) {
      var fuente = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String texto : paginas) {
        var pagina = new PDPage();
        doc.addPage(pagina);
        try (var cs = new PDPageContentStream(doc, pagina)) {
          cs.beginText();
          cs.setFont(fuente, 12);
          cs.newLineAtOffset(72, 700);
          cs.showText(texto);
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A "scanned" page: text drawn as pixels, which only OCR can read. */
  static byte[] imagenConTexto(String... lineas) {
    var img = new BufferedImage(1700, 600, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
    int y = 150;
    for (String l : lineas) {
      g.drawString(l, 60, y);
      y += 140;
    }
    g.dispose();
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A DOCX whose {@code word/document.xml} inflates to 300 MB of spaces from about 300 KB: a zip
   * bomb the mesa de partes accepts (it is a Word container) and extraction must refuse.
   */
  static byte[] docxBomba() {
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                  + " Extension=\"rels\""
                  + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                  + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                  + " PartName=\"/word/document.xml\""
                  + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("_rels/.rels"));
      z.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                  + " Id=\"rId1\""
                  + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                  + " Target=\"word/document.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                  + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] espacios = new byte[1 << 20];
      java.util.Arrays.fill(espacios, (byte) ' ');
      for (int i = 0; i < 300; i++) {
        z.write(espacios);
      }
      z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
