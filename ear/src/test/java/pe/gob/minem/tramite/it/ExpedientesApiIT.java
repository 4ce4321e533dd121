package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The REST API of the portal foundation (issue 2), driven over HTTP against the EAR as built, on
 * Payara Server with PostgreSQL: registration, validation, listing, the six-step routing of
 * P/OGA-TI-01 with every role, the PDFs, authentication and lockout.
 */
class ExpedientesApiIT extends PruebaConElEar {

  /**
   * The account the lockout test locks for 15 minutes: a demo person no other test logs in as, so
   * that the other tests (of this class, whatever their order, and of the other IT classes sharing
   * this server) keep working.
   */
  private static final String BLOQUEABLE = "operador.oti";

  private static final String NUMERO = "EXP-\\d{4}-\\d{6}";

  private static String marca() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  // ------------------------------------------------------------------ arnés

  /**
   * The list and the expediente answer alike: what opens for a person is listed for her, and what
   * is listed opens. usuario.area (DGH) did not handle these two: the público one opens and is
   * listed, the reservado one does neither.
   */
  @Test
  void laListaMuestraLoQueElExpedienteAbreParaLaMismaPersona() {
    String marca = "Consistencia " + UUID.randomUUID();
    ObjectNode publico = datosExpediente(marca + " público");
    publico.put("confidencialidad", "PUBLICO");
    ObjectNode reservado = datosExpediente(marca + " reservado");
    reservado.put("confidencialidad", "RESERVADO");
    String numeroPublico =
        registrar(SECRETARIA_OGA, publico, pdf("p.pdf", marca)).json().path("numero").asText();
    String numeroReservado =
        registrar(SECRETARIA_OGA, reservado, pdf("r.pdf", marca)).json().path("numero").asText();

    assertEquals(200, get("usuario.area", "/expedientes/" + numeroPublico).status());
    assertEquals(404, get("usuario.area", "/expedientes/" + numeroReservado).status());
    JsonNode lista = buscar("usuario.area", marca);
    List<String> listados = new ArrayList<>();
    lista.path("items").forEach(e -> listados.add(e.path("numero").asText()));
    assertEquals(List.of(numeroPublico), listados, lista::toString);
    assertEquals(1, lista.path("total").asLong(), lista::toString);

    // and every expediente the list gives her opens for her
    JsonNode todos = get("usuario.area", "/expedientes?page=0&size=50").json();
    assertTrue(todos.path("total").asLong() >= 1, todos::toString);
    todos
        .path("items")
        .forEach(
            e ->
                assertEquals(
                    200,
                    get("usuario.area", "/expedientes/" + e.path("numero").asText()).status(),
                    e::toString));
  }

  /** «%» and «_» in the search box are the characters themselves, not LIKE's wildcards. */
  @Test
  void losComodinesDeLaBusquedaSeTomanAlPieDeLaLetra() {
    String marca = UUID.randomUUID().toString().substring(0, 8);
    registrarValido("Avance físico al 100% de la obra " + marca);
    registrarValido("Avance físico al 1000 de la obra " + marca);
    registrarValido("Partida presupuestal 2026_07 " + marca);

    JsonNode porCiento = buscar(SECRETARIA_OGA, "100% de la obra " + marca);
    assertEquals(1, porCiento.path("total").asLong(), porCiento::toString);
    JsonNode soloPorCiento = buscar(SECRETARIA_OGA, "%");
    soloPorCiento
        .path("items")
        .forEach(
            e ->
                assertTrue(
                    (e.path("numero").asText()
                            + e.path("asunto").asText()
                            + e.path("remitente").path("nombre").asText())
                        .contains("%"),
                    e::toString));
    JsonNode todos = get(SECRETARIA_OGA, "/expedientes?page=0&size=1").json();
    assertTrue(
        soloPorCiento.path("total").asLong() < todos.path("total").asLong(),
        "«%» no es «todo»: " + soloPorCiento.path("total") + " de " + todos.path("total"));
    JsonNode guion = buscar(SECRETARIA_OGA, "2026_07 " + marca);
    assertEquals(1, guion.path("total").asLong(), guion::toString);
    assertEquals(0, buscar(SECRETARIA_OGA, "2026x07 " + marca).path("total").asLong());
    assertEquals(0, buscar(SECRETARIA_OGA, "2026_0_ " + marca).path("total").asLong());
  }

  @Test
  void saludListaConElEarDesplegado() {
    Respuesta r = enviar(peticion(null, base() + "/health/ready").GET());
    assertEquals(200, r.status(), r::toString);
  }

  @Test
  void elDigitoVerificadorDelRucDeLaPruebaEsCorrecto() {
    // the test data itself, checked with SUNAT's algorithm (weights 5,4,3,2,7,6,5,4,3,2)
    assertTrue(Documentos.rucValido(RUC_VALIDO), RUC_VALIDO);
    assertFalse(Documentos.rucValido(RUC_DIGITO_ERRADO), RUC_DIGITO_ERRADO);
  }

  // ------------------------------------------------------------------ registro

  @Test
  void registraConsultaYListaUnExpedienteConSuPdf() {
    String m = marca();
    String asunto = "Solicitud de acceso a la información " + m;
    byte[] pdf = Documentos.pdf("Solicitud " + m);
    Respuesta r =
        registrar(
            SECRETARIA_OGA,
            datosExpediente(asunto),
            new Archivo("solicitud-" + m + ".pdf", "application/pdf", pdf));
    assertEquals(201, r.status(), r::toString);
    JsonNode e = r.json();
    String numero = e.path("numero").asText();
    assertTrue(numero.matches(NUMERO), () -> "numero con formato EXP-YYYY-NNNNNN: " + numero);
    assertEquals("EXP-" + Year.now().getValue(), numero.substring(0, 8), "año del número");
    String location = r.header("Location").orElseThrow(() -> new AssertionError("sin Location"));
    assertTrue(location.endsWith("/api/v1/expedientes/" + numero), () -> "Location: " + location);

    assertEquals(asunto, e.path("asunto").asText());
    assertEquals("ENTIDAD", e.path("origen").asText());
    assertEquals(RUC_VALIDO, e.path("remitente").path("numeroDocumento").asText());
    assertEquals("RUC", e.path("remitente").path("tipoDocumento").asText());
    assertEquals("OFICIO", e.path("tipoDocumento").asText());
    assertEquals(3, e.path("folios").asInt());
    assertEquals("NORMAL", e.path("prioridad").asText());
    assertEquals(15, e.path("plazo").asInt());
    assertEquals("REGISTRADO", e.path("estado").asText(), () -> "estado al registrar: " + e);
    assertEquals("OGA", e.path("unidadActual").asText(), () -> "unidad al registrar: " + e);
    for (String campo : List.of("fechaLimite", "fechaRegistro", "codigoVerificacion")) {
      assertFalse(e.path(campo).asText("").isBlank(), () -> campo + " vacío: " + e);
    }
    JsonNode archivos = e.path("archivos");
    assertEquals(1, archivos.size(), () -> "archivos: " + archivos);
    JsonNode a = archivos.get(0);
    assertEquals("solicitud-" + m + ".pdf", a.path("nombre").asText());
    assertEquals("application/pdf", a.path("tipoMime").asText());
    assertEquals(pdf.length, a.path("tamano").asLong());
    assertEquals(Documentos.sha256(pdf), a.path("sha256").asText().toLowerCase());
    assertFalse(a.path("id").asText("").isBlank(), "id del archivo");

    JsonNode leido = expediente(SECRETARIA_OGA, numero);
    assertEquals(numero, leido.path("numero").asText());
    assertEquals(asunto, leido.path("asunto").asText());
    assertEquals(e.path("codigoVerificacion"), leido.path("codigoVerificacion"));
    assertEquals(e.path("archivos"), leido.path("archivos"));

    JsonNode lista = buscar(SECRETARIA_OGA, m);
    assertEquals(1, lista.path("total").asLong(), () -> "búsqueda por " + m + ": " + lista);
    assertEquals(numero, lista.path("items").get(0).path("numero").asText());
    assertEquals(0, lista.path("page").asInt());
    assertEquals(50, lista.path("size").asInt());

    Respuesta filtrada =
        get(SECRETARIA_OGA, "/expedientes?estado=REGISTRADO&prioridad=NORMAL&page=0&size=20");
    assertEquals(200, filtrada.status(), filtrada::toString);
    assertTrue(filtrada.json().path("items").size() <= 20, "size respetado");
    for (JsonNode i : filtrada.json().path("items")) {
      assertEquals("REGISTRADO", i.path("estado").asText(), () -> "filtro estado: " + i);
      assertEquals("NORMAL", i.path("prioridad").asText(), () -> "filtro prioridad: " + i);
    }

    // the first task of P/OGA-TI-01 waits at OGA's mesa de partes
    JsonNode t = tarea(SECRETARIA_OGA, numero);
    assertEquals(1, t.path("actividad").asInt(), () -> "primera actividad: " + t);
    assertEquals("P/OGA-TI-01", t.path("procedimiento").asText(), () -> "procedimiento: " + t);
    assertEquals(asunto, t.path("asunto").asText());
    assertEquals(Set.of(), sinTarea(numero, SECRETARIA_OGA), "nadie más ve la tarea");
  }

  @Test
  void expedienteInexistenteEs404() {
    problema(get(SECRETARIA_OGA, "/expedientes/EXP-2026-999999"), 404);
    problema(get(SECRETARIA_OGA, "/expedientes/EXP-1999-999999"), 404, 400);
    problema(get(SECRETARIA_OGA, "/expedientes/no-es-un-numero/hoja-de-ruta"), 404, 400);
  }

  @Test
  void losNumerosSonCorrelativosYUnicos() {
    String a = registrarValido("Numeración A " + marca()).path("numero").asText();
    String b = registrarValido("Numeración B " + marca()).path("numero").asText();
    assertTrue(a.matches(NUMERO) && b.matches(NUMERO), a + " " + b);
    assertNotEquals(a, b);
    assertTrue(
        b.compareTo(a) > 0, () -> "el segundo número (" + b + ") sigue al primero (" + a + ")");
  }

  @Test
  void admiteVariosArchivosPdfPngYJpeg() throws IOException {
    byte[] png = Documentos.png();
    Respuesta r =
        registrar(
            SECRETARIA_OGA,
            datosExpediente("Varios anexos " + marca()),
            pdf("principal.pdf", "principal"),
            new Archivo("plano.png", "image/png", png));
    assertEquals(201, r.status(), r::toString);
    assertEquals(2, r.json().path("archivos").size(), r::toString);
  }

  @Test
  void rechazaDatosInvalidos() {
    long archivosAntes = archivosGuardados();

    ObjectNode sinAsunto = datosExpediente("x");
    sinAsunto.remove("asunto");
    problema(registrar(SECRETARIA_OGA, sinAsunto, pdf("a.pdf", "a")), 400);

    ObjectNode asuntoVacio = datosExpediente("  ");
    problema(registrar(SECRETARIA_OGA, asuntoVacio, pdf("a.pdf", "a")), 400);

    ObjectNode rucErrado = datosExpediente("RUC con dígito errado " + marca());
    ((ObjectNode) rucErrado.get("remitente")).put("numeroDocumento", RUC_DIGITO_ERRADO);
    JsonNode p = problema(registrar(SECRETARIA_OGA, rucErrado, pdf("a.pdf", "a")), 400);
    assertTrue(
        p.path("detail").asText().toUpperCase().contains("RUC"),
        () -> "el detalle nombra el RUC: " + p);

    ObjectNode prioridad = datosExpediente("Prioridad inexistente " + marca());
    prioridad.put("prioridad", "INMEDIATA");
    problema(registrar(SECRETARIA_OGA, prioridad, pdf("a.pdf", "a")), 400);

    ObjectNode folios = datosExpediente("Folios negativos " + marca());
    folios.put("folios", -1);
    problema(registrar(SECRETARIA_OGA, folios, pdf("a.pdf", "a")), 400);

    // no files at all
    problema(registrar(SECRETARIA_OGA, datosExpediente("Sin archivos " + marca())), 400);

    // a .pdf whose bytes are a PNG
    problema(
        registrar(
            SECRETARIA_OGA,
            datosExpediente("PDF falso " + marca()),
            new Archivo("oficio.pdf", "application/pdf", Documentos.png())),
        400);

    // an empty file
    problema(
        registrar(
            SECRETARIA_OGA,
            datosExpediente("Archivo vacío " + marca()),
            new Archivo("vacio.pdf", "application/pdf", new byte[0])),
        400);

    // a type that is not admitted
    problema(
        registrar(
            SECRETARIA_OGA,
            datosExpediente("Ejecutable " + marca()),
            new Archivo(
                "programa.exe",
                "application/octet-stream",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))),
        400,
        415);

    // over tramite.archivos.tamano-maximo (2 MiB in the test domain)
    byte[] grande = Documentos.pdf("grande", (int) tamanoMaximo() + 512 * 1024);
    problema(
        registrar(
            SECRETARIA_OGA,
            datosExpediente("Archivo demasiado grande " + marca()),
            new Archivo("grande.pdf", "application/pdf", grande)),
        413,
        400);

    assertEquals(archivosAntes, archivosGuardados(), "un registro rechazado no guarda archivos");
  }

  @Test
  void soloMesaDePartesRegistra() {
    problema(
        registrar(
            ANALISTA_OTI, datosExpediente("Sin cargo de secretaria " + marca()), pdf("a.pdf", "a")),
        403);
  }

  @Test
  void sinCredencialesValidasNoHayAcceso() {
    Respuesta anonimo = get(null, "/bandeja");
    assertEquals(401, anonimo.status(), anonimo::toString);
    assertTrue(
        anonimo.header("WWW-Authenticate").orElse("").startsWith("Basic"),
        () -> "reto Basic: " + anonimo.headers());
    Respuesta anonimoRegistro =
        registrar(null, datosExpediente("Anónimo " + marca()), pdf("a.pdf", "a"));
    assertEquals(401, anonimoRegistro.status(), anonimoRegistro::toString);
    Respuesta claveErrada = enviar(peticion(DIRECTOR_OTI, "otra-clave", "/bandeja").GET());
    assertEquals(401, claveErrada.status(), claveErrada::toString);
    // one wrong attempt does not lock the account
    assertEquals(200, get(DIRECTOR_OTI, "/bandeja").status());
  }

  /**
   * The bandeja is searched and paged in the database (ADR 0045): the text is found in the number
   * or the asunto whatever the case, LIKE's wildcards are read literally, X-Total-Count gives the
   * size of the filtered bandeja and its pages go through it in order, and a page out of range is a
   * 400 in Spanish.
   */
  @Test
  void laBandejaSeBuscaYSePaginaEnElServidor() throws Exception {
    String marca = "Pág_" + marca();
    List<String> numeros = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numeros.add(
          registrarValido("Solicitud de accesos " + marca + " " + i).path("numero").asText());
    }
    Respuesta porAsunto =
        get(SECRETARIA_OGA, "/bandeja?q=" + enUrl(marca.toLowerCase(java.util.Locale.ROOT)));
    assertEquals(200, porAsunto.status(), porAsunto::toString);
    assertEquals("3", porAsunto.header("X-Total-Count").orElse(""), porAsunto::toString);
    List<String> encontrados = new ArrayList<>();
    porAsunto.json().forEach(t -> encontrados.add(t.path("numero").asText()));
    assertEquals(numeros, encontrados, "the three, the oldest first");
    // «_» is the character typed, not any character
    assertEquals(
        "0",
        get(SECRETARIA_OGA, "/bandeja?q=" + enUrl(marca.replace('_', 'x')))
            .header("X-Total-Count")
            .orElse(""));
    Respuesta porNumero = get(SECRETARIA_OGA, "/bandeja?q=" + numeros.get(1).toLowerCase());
    assertEquals(1, porNumero.json().size(), porNumero::toString);
    assertEquals(numeros.get(1), porNumero.json().get(0).path("numero").asText());
    // pages of one go through the same three in the same order
    List<String> paginados = new ArrayList<>();
    for (int desde = 0; desde < 3; desde++) {
      Respuesta p = get(SECRETARIA_OGA, "/bandeja?maximo=1&desde=" + desde + "&q=" + enUrl(marca));
      assertEquals("3", p.header("X-Total-Count").orElse(""), p::toString);
      assertEquals(1, p.json().size(), p::toString);
      paginados.add(p.json().get(0).path("numero").asText());
    }
    assertEquals(numeros, paginados);
    assertEquals(0, get(SECRETARIA_OGA, "/bandeja?desde=3&q=" + enUrl(marca)).json().size());
    Respuesta fuera = get(SECRETARIA_OGA, "/bandeja?maximo=0");
    assertEquals(400, fuera.status(), fuera::toString);
    assertTrue(fuera.texto().contains("«maximo» va de 1 a 2000"), fuera::toString);
    assertEquals(400, get(SECRETARIA_OGA, "/bandeja?desde=-1").status());
    // another cargo's bandeja does not have them
    assertEquals(
        "0", get(SECRETARIA_OTI, "/bandeja?q=" + enUrl(marca)).header("X-Total-Count").orElse(""));
  }

  private static String enUrl(String texto) {
    return java.net.URLEncoder.encode(texto, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ derivación P/OGA-TI-01

  @Test
  void derivacionCompletaConCadaRol() throws Exception {
    String asunto = "Requerimiento de soporte informático " + marca();
    JsonNode registrado = registrarValido(asunto);
    String numero = registrado.path("numero").asText();

    // act 1 — OGA mesa de partes
    String t1 = paso(SECRETARIA_OGA, numero, 1, Map.of("instruccion", "Para despacho"));

    // act 2 — Director General de Administración derives to OTI; a wrong cargo gets 403
    JsonNode tarea2 = tarea(DIRECTOR_OGA, numero);
    assertEquals(2, tarea2.path("actividad").asInt(), tarea2::toString);
    assertTrue(tareaDe(SECRETARIA_OTI, numero).isEmpty(), "la tarea 2 no es de OTI");
    problema(completar(SECRETARIA_OTI, tarea2.path("id").asText(), Map.of("unidad", "OTI")), 403);
    String t2 =
        paso(
            DIRECTOR_OGA,
            numero,
            2,
            Map.of("unidad", "OTI", "instruccion", "Atender con prioridad"));

    // completing twice → 409, and nothing moves
    int movimientos = hojaDeRuta(SECRETARIA_OGA, numero).size();
    problema(completar(DIRECTOR_OGA, t2, Map.of("unidad", "OTI")), 409);
    assertEquals(
        movimientos, hojaDeRuta(SECRETARIA_OGA, numero).size(), "el 409 no añade movimientos");
    problema(completar(SECRETARIA_OGA, t1, Map.of()), 409);

    // act 3 — OGA mesa de partes sends it on
    paso(SECRETARIA_OGA, numero, 3, Map.of());
    // act 4 — OTI mesa de partes receives
    Respuesta remisiones = get(SECRETARIA_OTI, "/remisiones");
    assertEquals(200, remisiones.status(), remisiones::toString);
    paso(SECRETARIA_OTI, numero, 4, Map.of());
    // act 5 — OTI director chooses the responsable
    paso(
        DIRECTOR_OTI,
        numero,
        5,
        Map.of("responsable", ANALISTA_OTI, "instruccion", "Evaluar y responder"));
    // act 6 — OTI mesa de partes hands it to the responsable
    paso(SECRETARIA_OTI, numero, 6, Map.of());

    // the responsable now attends it
    JsonNode atender = tarea(ANALISTA_OTI, numero);
    int act = atender.path("actividad").asInt(0);
    String proc =
        atender.path("procedimiento").isNull() ? null : atender.path("procedimiento").asText(null);
    assertTrue(
        act == 0 && (proc == null || proc.equals("ATENCION")),
        () -> "tarea de atención (actividad 0, procedimiento null/ATENCION): " + atender);
    for (String u : List.of(SECRETARIA_OGA, DIRECTOR_OGA, SECRETARIA_OTI, DIRECTOR_OTI)) {
      assertTrue(tareaDe(u, numero).isEmpty(), () -> u + " ya no tiene tarea de " + numero);
    }

    JsonNode e = expediente(ANALISTA_OTI, numero);
    assertEquals("OTI", e.path("unidadActual").asText(), e::toString);
    assertEquals(ANALISTA_OTI, e.path("responsable").asText(), e::toString);
    assertTrue(
        Set.of("EN_TRAMITE", "EN_ATENCION").contains(e.path("estado").asText()),
        () -> "estado tras la derivación: " + e);

    JsonNode hoja = hojaDeRuta(ANALISTA_OTI, numero);
    List<Integer> actividades = new ArrayList<>();
    long secuenciaAnterior = Long.MIN_VALUE;
    for (JsonNode mov : hoja) {
      actividades.add(mov.path("actividad").asInt());
      long s = mov.path("secuencia").asLong();
      assertTrue(s > secuenciaAnterior, () -> "secuencia creciente: " + hoja);
      secuenciaAnterior = s;
      for (String campo : List.of("fecha", "accion", "usuario", "unidad")) {
        assertFalse(mov.path(campo).asText("").isBlank(), () -> campo + " en " + mov);
      }
    }
    Set<Integer> pasos =
        actividades.stream()
            .filter(a -> a >= 1 && a <= 6)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(1, 2, 3, 4, 5, 6), pasos, () -> "actividades en la hoja de ruta: " + hoja);
    // one movement per activity; activity 1 may also carry the registration itself
    for (int i = 1; i <= 6; i++) {
      int n = i;
      long veces = actividades.stream().filter(x -> x == n).count();
      assertTrue(
          veces == 1 || (n == 1 && veces == 2),
          () -> veces + " movimientos de la actividad " + n + ": " + hoja);
    }
    JsonNode mov2 = movimiento(hoja, 2);
    assertEquals(DIRECTOR_OGA, mov2.path("usuario").asText(), mov2::toString);
    assertEquals("OGA", mov2.path("unidad").asText(), mov2::toString);
    assertFalse(
        mov2.path("destino").asText("").isBlank(), () -> "destino de la actividad 2: " + mov2);
    assertEquals("Atender con prioridad", mov2.path("instruccion").asText(), mov2::toString);
    JsonNode mov4 = movimiento(hoja, 4);
    assertEquals(SECRETARIA_OTI, mov4.path("usuario").asText(), mov4::toString);
    assertEquals(
        "OTI", mov4.path("unidad").asText(), () -> "la actividad 4 ocurre en OTI: " + mov4);
    assertEquals(DIRECTOR_OTI, movimiento(hoja, 5).path("usuario").asText());

    // the PDFs
    Respuesta cargo = get(SECRETARIA_OGA, "/expedientes/" + numero + "/cargo-de-recepcion");
    assertPdf(cargo);
    Respuesta hojaPdf = get(ANALISTA_OTI, "/expedientes/" + numero + "/hoja-de-ruta.pdf");
    assertPdf(hojaPdf);
    // their text, through pdftotext (last: without it the test fails or, skipped, stops here)
    assertMenciona(cargo, numero);
    assertMenciona(hojaPdf, numero);
  }

  private static JsonNode movimiento(JsonNode hoja, int actividad) {
    for (JsonNode m : hoja) {
      if (m.path("actividad").asInt() == actividad) {
        return m;
      }
    }
    throw new AssertionError("sin movimiento de la actividad " + actividad + ": " + hoja);
  }

  /** Users other than {@code duenos} that see a task of the expediente in their bandeja. */
  private static Set<String> sinTarea(String numero, String... duenos) {
    Set<String> otros = new TreeSet<>();
    for (String u : USUARIOS) {
      if (!Arrays.asList(duenos).contains(u)
          && !ADMIN.equals(u)
          && tareaDe(u, numero).isPresent()) {
        otros.add(u);
      }
    }
    return otros;
  }

  /** One step: the task is in the user's bandeja at that activity; claim it and complete it. */
  private static String paso(
      String usuario, String numero, int actividad, Map<String, String> datos) {
    JsonNode t = tarea(usuario, numero);
    assertEquals(
        actividad,
        t.path("actividad").asInt(),
        () -> usuario + " esperaba la actividad " + actividad + ": " + t);
    assertEquals("P/OGA-TI-01", t.path("procedimiento").asText(), t::toString);
    for (String campo : List.of("id", "nombre", "creada", "prioridad")) {
      assertFalse(t.path(campo).asText("").isBlank(), () -> campo + " en la tarea " + t);
    }
    // asignado may be absent when null (JSON-B omits nulls); the others are always there
    assertTrue(t.has("esperaSegundos") && t.has("vencido"), t::toString);
    String id = t.path("id").asText();
    Respuesta reclamo = reclamar(usuario, id);
    assertTrue(reclamo.status() / 100 == 2, () -> usuario + " reclama " + id + ": " + reclamo);
    assertEquals(
        usuario, tarea(usuario, numero).path("asignado").asText(), "asignada tras reclamar");
    Respuesta r = completar(usuario, id, datos);
    assertEquals(200, r.status(), () -> usuario + " completa la actividad " + actividad + ": " + r);
    assertTrue(
        tareaDe(usuario, numero).map(x -> !x.path("id").asText().equals(id)).orElse(true),
        () -> "la tarea " + id + " sigue en la bandeja de " + usuario);
    return id;
  }

  private static void assertPdf(Respuesta r) {
    assertEquals(200, r.status(), r::toString);
    assertTrue(r.tipo().startsWith("application/pdf"), () -> "Content-Type: " + r.tipo());
    assertArrayEquals(
        "%PDF-".getBytes(StandardCharsets.US_ASCII),
        Arrays.copyOf(r.cuerpo(), 5),
        "cabecera %PDF-");
  }

  private static void assertMenciona(Respuesta pdf, String numero)
      throws IOException, InterruptedException {
    String texto = pdftotext(pdf.cuerpo());
    assertTrue(texto.contains(numero), () -> "el PDF no menciona " + numero + ": " + texto);
  }

  /** Text of a PDF through poppler's pdftotext. */
  static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path pdftotext = HerramientaExterna.requerida("pdftotext", "poppler-utils");
    Path f = Files.createTempFile("tramite-it", ".pdf");
    try {
      Files.write(f, pdf);
      Process p =
          new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", f.toString(), "-")
              .redirectErrorStream(true)
              .start();
      byte[] salida = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "pdftotext terminó");
      String texto = new String(salida, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), () -> "pdftotext no pudo leer el PDF: " + texto);
      return texto;
    } finally {
      Files.deleteIfExists(f);
    }
  }

  // ------------------------------------------------------------------ bloqueo (deja operador.oti
  // bloqueado: ninguna otra prueba entra con esa cuenta)

  @Test
  void cincoClavesErradasBloqueanLaCuenta() {
    Respuesta antes = get(BLOQUEABLE, "/bandeja");
    assertEquals(200, antes.status(), () -> BLOQUEABLE + " entra con su clave: " + antes);
    for (int i = 1; i <= 5; i++) {
      Respuesta r = enviar(peticion(BLOQUEABLE, "clave-errada-" + i, "/bandeja").GET());
      assertEquals(401, r.status(), r::toString);
    }
    Respuesta conLaCorrecta = get(BLOQUEABLE, "/bandeja");
    assertEquals(
        401,
        conLaCorrecta.status(),
        () -> "tras 5 fallos la clave correcta no basta: " + conLaCorrecta);

    String log = leerServerLog();
    assertTrue(
        log.lines().anyMatch(l -> l.toLowerCase().contains("bloquead") && l.contains(BLOQUEABLE)),
        () -> "server.log sin línea de bloqueo de " + BLOQUEABLE + " (" + serverLog() + ")");
    // other accounts are not affected
    assertEquals(200, get(SECRETARIA_OGA, "/bandeja").status());
  }
}
