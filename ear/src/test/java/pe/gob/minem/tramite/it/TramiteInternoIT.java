package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.crearDocumento;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.expedienteConElAnalista;
import static pe.gob.minem.tramite.it.FlujoDocumental.paso;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Internal documents and trámite interno (issue 16, ADR 0037), over HTTP against the EAR on Payara
 * and PostgreSQL: a memorándum of another Dirección registered at the mesa de partes without a DNI
 * or RUC, and a memorándum the OTI drafted, signed through P/OGA-TI-02 and sent directly to the
 * Dirección General de Minería, which receives and attends it from its bandeja.
 */
class TramiteInternoIT extends PruebaConElEar {

  static final String SECRETARIA_DGM = "secretaria.dgm";
  static final String DIRECTOR_DGM = "director.dgm";
  static final String ANALISTA_DGM = "analista.dgm";

  /** A person of a third unit (DGH), who neither sent nor received anything here. */
  static final String USUARIO_DGH = "usuario.area";

  private static String marca() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static ObjectNode memorandoDeLaDgm(String asunto) {
    ObjectNode e = datosExpediente(asunto);
    e.put("origen", "ORGANO_MINISTERIO");
    e.put("tipoDocumento", "MEMORANDO");
    e.put("numeroDocumento", "MEMORANDO N° 045-2026-MINEM/DGM");
    ObjectNode r = e.putObject("remitente");
    r.put("tipoDocumento", "UNIDAD");
    r.put("unidad", "DGM");
    r.put("nombre", "Fernando Aguilar Díaz");
    r.put("cargo", "Director General de Minería");
    return e;
  }

  @Test
  void unMemorandoDeOtraDireccionSeRegistraSinDniNiRuc() throws Exception {
    String asunto = "Remite informe de fiscalización minera " + marca();
    Respuesta r = registrar(SECRETARIA_OGA, memorandoDeLaDgm(asunto), pdf("memo.pdf", asunto));
    assertEquals(201, r.status(), r::toString);
    JsonNode e = r.json();
    JsonNode remitente = e.path("remitente");
    assertEquals("UNIDAD", remitente.path("tipoDocumento").asText(), e::toString);
    assertEquals("DGM", remitente.path("unidad").asText());
    assertEquals("Dirección General de Minería", remitente.path("unidadNombre").asText());
    assertFalse(remitente.hasNonNull("numeroDocumento"), e::toString);
    assertEquals(
        "Dirección General de Minería (DGM) — Fernando Aguilar Díaz, Director General de Minería",
        remitente.path("descripcion").asText());
    assertEquals("ORGANO_MINISTERIO", e.path("origen").asText());
    String numero = e.path("numero").asText();

    // the hoja de ruta and the cargo de recepción say who sent it, in words
    JsonNode hoja = hojaDeRuta(SECRETARIA_OGA, numero);
    assertTrue(
        hoja.get(0)
            .path("descripcion")
            .asText()
            .contains("remitido por Dirección General de Minería (DGM) — Fernando Aguilar Díaz"),
        hoja::toString);
    Respuesta cargo = get(SECRETARIA_OGA, "/expedientes/" + numero + "/cargo-de-recepcion");
    assertEquals(200, cargo.status(), cargo::toString);
    String texto;
    try (var pdf = Loader.loadPDF(cargo.cuerpo())) {
      texto = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertTrue(texto.contains("Dirección General de Minería (DGM)"), texto);
    assertFalse(texto.contains("null"), texto);

    // the external kinds keep their DNI/RUC; the unit kind needs its unit, an existing one
    ObjectNode sinUnidad = memorandoDeLaDgm("Sin unidad " + marca());
    ((ObjectNode) sinUnidad.path("remitente")).remove("unidad");
    JsonNode p = problema(registrar(SECRETARIA_OGA, sinUnidad, pdf("m.pdf", "x")), 400);
    assertEquals(
        "Elija la unidad del ministerio que remite el documento.", p.path("detail").asText());
    ObjectNode inexistente = memorandoDeLaDgm("Unidad inexistente " + marca());
    ((ObjectNode) inexistente.path("remitente")).put("unidad", "XYZ");
    p = problema(registrar(SECRETARIA_OGA, inexistente, pdf("m.pdf", "x")), 400);
    assertEquals(
        "La unidad «XYZ» no es una unidad vigente del ministerio.", p.path("detail").asText());
    ObjectNode dniSinNumero = datosExpediente("DNI sin número " + marca());
    ((ObjectNode) dniSinNumero.path("remitente")).put("tipoDocumento", "DNI");
    ((ObjectNode) dniSinNumero.path("remitente")).remove("numeroDocumento");
    p = problema(registrar(SECRETARIA_OGA, dniSinNumero, pdf("m.pdf", "x")), 400);
    assertEquals("El DNI debe tener 8 dígitos.", p.path("detail").asText());
    ObjectNode comoAdministrado = memorandoDeLaDgm("Unidad como administrado " + marca());
    comoAdministrado.put("origen", "ADMINISTRADO");
    p = problema(registrar(SECRETARIA_OGA, comoAdministrado, pdf("m.pdf", "x")), 400);
    assertTrue(p.path("detail").asText().contains("«Órgano del ministerio»"), p::toString);
  }

  @Test
  void unMemorandoFirmadoDeLaOtiLlegaALaBandejaDeLaDgmYSoloLaDgmLoVe() throws Exception {
    String asunto = "Memorando de coordinación " + marca();
    JsonNode anfitrion = expedienteConElAnalista(asunto);
    String numeroAnfitrion = anfitrion.path("numero").asText();
    Respuesta creado = crearDocumento(ANALISTA_OTI, numeroAnfitrion, "MEMORANDO");
    assertEquals(201, creado.status(), creado::toString);
    long id = creado.json().path("id").asLong();

    // a draft is not sent: only signed documents are
    JsonNode p = problema(postJson(ANALISTA_OTI, "/tramite-interno", envio(id, "OTI", "DGM")), 409);
    assertTrue(
        p.path("detail").asText().contains("solo se envían documentos firmados"), p::toString);

    // P/OGA-TI-02 up to the Director General's suscripción
    paso(ANALISTA_OTI, id, 1, Map.of());
    paso(DIRECTOR_OTI, id, 2, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OTI, id, 5, Map.of());
    paso(SECRETARIA_OTI, id, 6, Map.of());
    paso(SECRETARIA_OGA, id, 7, Map.of("revisionLegal", false));
    paso(DIRECTOR_OGA, id, 9, Map.of("decision", "CONFORME"));
    paso(DIRECTOR_OGA, id, 11, Map.of());
    paso(SECRETARIA_OGA, id, 13, Map.of());
    JsonNode firmado = documento(id);
    assertTrue(
        StreamSupport.stream(firmado.path("firmas").spliterator(), false)
            .anyMatch(f -> "SUSCRIPCION".equals(f.path("clase").asText())),
        firmado::toString);

    // the same unit as destination is refused in Spanish
    p = problema(postJson(ANALISTA_OTI, "/tramite-interno", envio(id, "OTI", "oti")), 400);
    assertEquals(
        "La unidad de destino debe ser distinta de la unidad que envía.",
        p.path("detail").asText());

    // the last number the series gave, at the mesa de partes
    long antes = correlativo(registrarValido("Antes del trámite interno " + marca()));

    // a person of the DGM cannot send in the OTI's name: 403, audited, nothing left behind
    Map<String, Long> filas = filasDelRegistro();
    long archivos = archivosGuardados();
    p = problema(postJson(ANALISTA_DGM, "/tramite-interno", envio(id, "OTI", "DGH")), 403);
    assertEquals(
        "Usted no pertenece a la unidad «OTI»: no puede enviar documentos en su nombre.",
        p.path("detail").asText());
    assertEquals(filas, filasDelRegistro());
    assertEquals(archivos, archivosGuardados());
    assertEquals(1, rechazosAuditadosAlFin(ANALISTA_DGM));

    // the OTI's analyst sends it to the DGM
    Respuesta r = postJson(ANALISTA_OTI, "/tramite-interno", envio(id, "OTI", "DGM"));
    assertEquals(201, r.status(), r::toString);
    JsonNode e = r.json();
    String numero = e.path("numero").asText();
    assertEquals(antes + 1, correlativo(e), "la misma serie que mesa de partes: " + numero);
    assertEquals("ORGANO_MINISTERIO", e.path("origen").asText());
    assertEquals("MEMORANDO", e.path("tipoDocumento").asText());
    assertEquals("UNIDAD", e.path("remitente").path("tipoDocumento").asText());
    assertEquals("OTI", e.path("remitente").path("unidad").asText());
    assertEquals("Jorge Salazar Ríos", e.path("remitente").path("nombre").asText(), e::toString);
    assertEquals("DGM", e.path("unidadActual").asText());
    assertEquals("EN_TRAMITE", e.path("estado").asText());
    assertEquals("RESERVADO", e.path("confidencialidad").asText());
    assertEquals("Documento de prueba (memorando)", e.path("asunto").asText());

    // its hoja de ruta starts with the emission, the drafting expediente notes where it went
    JsonNode hoja = hojaDeRuta(ANALISTA_OTI, numero);
    assertEquals("EMISION", hoja.get(0).path("accion").asText(), hoja::toString);
    assertEquals(
        "Emitido por Oficina de Tecnologías de la Información y enviado a Dirección General de"
            + " Minería (1 folios, 1 archivo(s))",
        hoja.get(0).path("descripcion").asText());
    assertEquals("OTI", hoja.get(0).path("unidad").asText());
    assertEquals("Dirección General de Minería", hoja.get(0).path("destino").asText());
    JsonNode hojaAnfitrion = hojaDeRuta(ANALISTA_OTI, numeroAnfitrion);
    assertTrue(
        StreamSupport.stream(hojaAnfitrion.spliterator(), false)
            .anyMatch(
                m ->
                    m.path("descripcion")
                        .asText()
                        .endsWith("enviado a Dirección General de Minería como " + numero)),
        hojaAnfitrion::toString);

    // the signed PDF is its file
    JsonNode archivo = e.path("archivos").get(0);
    assertEquals("application/pdf", archivo.path("tipoMime").asText());
    Respuesta contenido = get(ANALISTA_OTI, "/documentos/" + id + "/contenido");
    assertEquals(Documentos.sha256(contenido.cuerpo()), archivo.path("sha256").asText());

    // who sees it: the two units; not a third one, nor the drafting expediente from the DGM
    assertEquals(200, get(DIRECTOR_DGM, "/expedientes/" + numero).status());
    assertEquals(200, get(DIRECTOR_OTI, "/expedientes/" + numero).status());
    assertEquals(404, get(USUARIO_DGH, "/expedientes/" + numero).status());
    assertEquals(404, get(SECRETARIA_DGM, "/expedientes/" + numeroAnfitrion).status());
    assertTrue(tareaDe(USUARIO_DGH, numero).isEmpty());

    // the DGM receives and attends it from its bandejas
    completarEn(SECRETARIA_DGM, numero, Map.of());
    completarEn(DIRECTOR_DGM, numero, Map.of("responsable", ANALISTA_DGM));
    completarEn(SECRETARIA_DGM, numero, Map.of());
    completarEn(ANALISTA_DGM, numero, Map.of());
    JsonNode atendido = expediente(DIRECTOR_DGM, numero);
    assertEquals("ATENDIDO", atendido.path("estado").asText(), atendido::toString);
    List<String> acciones =
        StreamSupport.stream(hojaDeRuta(DIRECTOR_DGM, numero).spliterator(), false)
            .map(m -> m.path("accion").asText() + " " + m.path("unidad").asText())
            .toList();
    assertEquals("EMISION OTI", acciones.get(0), acciones::toString);
    assertTrue(acciones.contains("RECEPCION DGM"), acciones::toString);
    assertTrue(acciones.contains("ATENCION DGM"), acciones::toString);
  }

  private static Map<String, Object> envio(long documento, String origen, String destino) {
    Map<String, Object> m = new HashMap<>();
    m.put("documento", documento);
    m.put("unidadOrigen", origen);
    m.put("unidadDestino", destino);
    return m;
  }

  private static void completarEn(String usuario, String numero, Map<String, String> datos) {
    String tareaId = tarea(usuario, numero).path("id").asText();
    Respuesta r = completar(usuario, tareaId, datos);
    assertEquals(200, r.status(), () -> usuario + ": " + r);
  }

  private static long correlativo(JsonNode expediente) {
    String n = expediente.path("numero").asText();
    return Long.parseLong(n.substring(n.lastIndexOf('-') + 1));
  }

  /** The rows a registration would add: expedientes, their lines and files, documents. */
  static Map<String, Long> filasDelRegistro() {
    Map<String, Long> todas = BaseDeDatos.filasPorTabla();
    Map<String, Long> f = new HashMap<>();
    todas.forEach(
        (tabla, n) -> {
          if (tabla.endsWith(".expediente")
              || tabla.endsWith(".movimiento")
              || tabla.endsWith(".archivo_expediente")
              || tabla.endsWith(".documento")) {
            f.put(tabla, n);
          }
        });
    assertFalse(f.isEmpty(), () -> "sin tablas del registro en " + todas.keySet());
    return f;
  }

  /** The refusals audited for this person, waiting a little for a line written apart. */
  private static long rechazosAuditadosAlFin(String usuario) throws Exception {
    long n = 0;
    for (int i = 0; i < 20 && (n = rechazosAuditados(usuario)) == 0; i++) {
      dormir(250);
    }
    return n;
  }

  private static long rechazosAuditados(String usuario) throws Exception {
    try (var c = BaseDeDatos.conectar();
        var q =
            c.prepareStatement(
                "SELECT COUNT(*) FROM registro_auditoria WHERE usuario = ? AND evento ="
                    + " 'RECHAZO_TRAMITE_INTERNO' AND objeto = 'OTI'")) {
      q.setString(1, usuario);
      try (var rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
