package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The OTI's equipment inventory on Payara Server with PostgreSQL (ADR 0030): a CSV of 8 good and 4
 * bad rows imported by the OTI (8 in, 4 reasons with their lines), the same file again (nothing
 * new), a changed row (one update in the history); search by words, kind and warranty; an item with
 * its history; edits with their version (409 when stale); a state change and a note in the history;
 * a person outside the OTI who sees only her own items and is refused (403, audited) the import and
 * the edits.
 */
class EquiposIT extends PruebaConElEar {

  static final String OPERADOR_OTI = "operador.oti";
  static final String USUARIO_AREA = "usuario.area";
  static final String ANALISTA_DGM = "analista.dgm";

  /** A prefix no other test or run uses: every test makes its own items. */
  private static String prefijo() {
    return String.format("IT%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /**
   * 8 good rows and 4 bad ones, with a BOM. The server's row (line 6) has a quoted line break, so
   * the rows after it start one line further: good 2, 3, 5, 6, 9, 11, 12, 14; bad 4, 8, 10, 13.
   */
  static String csvDePrueba(String p) {
    return "\uFEFFCódigo patrimonial;Tipo;Marca;Modelo;Serie;Usuario;Unidad;Ubicación;Garantía hasta;Estado\r\n"
        + p
        + "-01;Laptop;Lenovo;ThinkPad E14;S-"
        + p
        + "-01;usuario.area;;Piso 4, DGH;31/12/2099;\r\n"
        + p
        + "-02;Monitor;LG;24MK430H;S-"
        + p
        + "-02;usuario.area;;Piso 4, DGH;2020-01-31;Operativo\r\n"
        + p
        + "-03;Tablet;Samsung;Tab S9;;usuario.area;;;;\r\n"
        + p
        + "-04;Impresora;Epson;L6270;;analista.dgm;;Piso 6;31/12/2099;\r\n"
        + p
        + "-05;SERVIDOR;Dell;\"PowerEdge R650; 2U\";;;OTI;\"Centro de datos\nrack 2\";2099-06-30;\r\n"
        + p
        + "-06;Escáner;Epson;DS-530;;analista.dgm;;;31/02/2026;\r\n"
        + p
        + "-07;Equipo de red;Cisco;Catalyst 9200;;;OTI;Rack 1;;\r\n"
        + p
        + "-08;Laptop;HP;ProBook;;nadie.existe;;;;\r\n"
        + p
        + "-09;Teléfono IP;Yealink;T43U;;analista.dgm;;;;\r\n"
        + p
        + "-10;Proyector;Epson;E20;;;DGM;Sala 5;2020-12-31;En reparación\r\n"
        + p
        + "-01;Monitor;LG;Otro;;;;;;\r\n"
        + p
        + "-11;computadora de escritorio;HP;ProDesk;;secretaria.oga;;Piso 2;;\r\n";
  }

  static Respuesta importarCsv(String usuario, String csv) {
    return enviar(
        peticion(usuario, "/equipos/importacion")
            .header("Content-Type", "text/csv; charset=UTF-8")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))));
  }

  static JsonNode importado(String usuario, String csv) {
    Respuesta r = importarCsv(usuario, csv);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static JsonNode buscar(String usuario, String consulta) {
    Respuesta r = get(usuario, "/equipos?" + consulta);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static List<String> codigos(JsonNode pagina) {
    List<String> l = new ArrayList<>();
    pagina.path("items").forEach(e -> l.add(e.path("codigoPatrimonial").asText()));
    return l;
  }

  static JsonNode equipo(String usuario, String codigo) {
    Respuesta r = get(usuario, "/equipos/" + codigo);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static List<String> historia(JsonNode detalle) {
    List<String> l = new ArrayList<>();
    detalle.path("historia").forEach(x -> l.add(x.path("tipo").asText()));
    return l;
  }

  static long rechazos(String usuario) {
    try (var c = BaseDeDatos.conectar();
        var q =
            c.prepareStatement(
                "SELECT COUNT(*) FROM registro_auditoria WHERE evento = 'RECHAZO_EQUIPO' AND usuario = ?")) {
      q.setString(1, usuario);
      try (var rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void laOtiImportaOchoFilasBuenasYRecibeElMotivoDeCadaMalaConSuLinea() {
    String p = prefijo();
    JsonNode informe = importado(OPERADOR_OTI, csvDePrueba(p));
    assertEquals(12, informe.path("leidas").asInt(), informe::toString);
    assertEquals(8, informe.path("importadas").asInt(), informe::toString);
    assertEquals(0, informe.path("actualizadas").asInt(), informe::toString);
    List<String> errores = new ArrayList<>();
    informe
        .path("errores")
        .forEach(e -> errores.add(e.path("linea").asInt() + " " + e.path("columna").asText()));
    assertEquals(
        List.of("4 tipo", "8 garantia_hasta", "10 usuario", "13 codigo_patrimonial"),
        errores,
        informe::toString);
    JsonNode e = informe.path("errores");
    assertTrue(
        e.get(0).path("motivo").asText().startsWith("Tipo de equipo desconocido: «Tablet»"),
        e::toString);
    assertTrue(e.get(1).path("motivo").asText().contains("«31/02/2026» no es válida"), e::toString);
    assertEquals(
        "No existe el usuario «nadie.existe» en el portal.", e.get(2).path("motivo").asText());
    assertEquals(
        "El código patrimonial " + p + "-01 ya está en la línea 2 del archivo.",
        e.get(3).path("motivo").asText());

    JsonNode todos = buscar(OPERADOR_OTI, "q=" + p + "&tamano=50");
    assertEquals(8, todos.path("total").asInt(), todos::toString);
    assertEquals(
        List.of(
            p + "-01", p + "-02", p + "-04", p + "-05", p + "-07", p + "-09", p + "-10", p + "-11"),
        codigos(todos));
    JsonNode servidor = equipo(OPERADOR_OTI, p + "-05").path("equipo");
    assertEquals("PowerEdge R650; 2U", servidor.path("modelo").asText());
    assertEquals("Centro de datos\nrack 2", servidor.path("ubicacion").asText());
    assertEquals("Servidor", servidor.path("tipoEtiqueta").asText());
    JsonNode laptop = equipo(OPERADOR_OTI, p + "-01").path("equipo");
    assertEquals("DGH", laptop.path("unidad").asText(), "la unidad de usuario.area");
    assertEquals("2099-12-31", laptop.path("garantiaHasta").asText());
    JsonNode proyector = equipo(OPERADOR_OTI, p + "-10").path("equipo");
    assertEquals("EN_REPARACION", proyector.path("estado").asText());
    assertEquals("En reparación", proyector.path("estadoEtiqueta").asText());
  }

  @Test
  void importarElMismoArchivoOtraVezNoDuplicaYUnCambioQuedaEnLaHistoria() {
    String p = prefijo();
    String csv = csvDePrueba(p);
    assertEquals(8, importado(OPERADOR_OTI, csv).path("importadas").asInt());

    JsonNode otraVez = importado(OPERADOR_OTI, csv);
    assertEquals(0, otraVez.path("importadas").asInt(), otraVez::toString);
    assertEquals(0, otraVez.path("actualizadas").asInt(), otraVez::toString);
    assertEquals(8, otraVez.path("sinCambios").asInt(), otraVez::toString);
    assertEquals(4, otraVez.path("errores").size(), otraVez::toString);
    assertEquals(8, buscar(OPERADOR_OTI, "q=" + p).path("total").asInt());
    assertEquals(List.of("REGISTRO"), historia(equipo(OPERADOR_OTI, p + "-04")));

    // the printer moves to another office: one update, listed in its history
    String cambiado =
        csv.replace(
            p + "-04;Impresora;Epson;L6270;;analista.dgm;;Piso 6;",
            p + "-04;Impresora;Epson;L6270;;analista.dgm;;Piso 7;");
    JsonNode tercera = importado(OPERADOR_OTI, cambiado);
    assertEquals(0, tercera.path("importadas").asInt(), tercera::toString);
    assertEquals(1, tercera.path("actualizadas").asInt(), tercera::toString);
    JsonNode impresora = equipo(OPERADOR_OTI, p + "-04");
    assertEquals(List.of("REGISTRO", "ACTUALIZACION"), historia(impresora));
    assertTrue(
        impresora
            .path("historia")
            .get(1)
            .path("descripcion")
            .asText()
            .contains("Ubicación: Piso 6 → Piso 7"),
        impresora::toString);
  }

  @Test
  void unArchivoAdjuntoEnMultipartSeImportaIgual() {
    String p = prefijo();
    String csv = "codigo_patrimonial,tipo,marca\n" + p + "-01,Laptop,Dell\n" + p + "-02,Monitor,\n";
    var cuerpo =
        new CuerpoMultipart()
            .archivo("archivo", "inventario.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    Respuesta r =
        enviar(
            peticion(OPERADOR_OTI, "/equipos/importacion")
                .header("Content-Type", cuerpo.tipo())
                .POST(HttpRequest.BodyPublishers.ofByteArray(cuerpo.bytes())));
    assertEquals(200, r.status(), r::toString);
    assertEquals(1, r.json().path("importadas").asInt(), r::toString);
    JsonNode error = r.json().path("errores").get(0);
    assertEquals(3, error.path("linea").asInt());
    assertEquals("marca", error.path("columna").asText());
    assertEquals("Falta la marca.", error.path("motivo").asText());
  }

  @Test
  void unArchivoIlegibleEsUn400YUnoDemasiadoGrandeUn413SinDejarRastro() {
    String p = prefijo();
    JsonNode sinCabecera =
        problema(importarCsv(OPERADOR_OTI, "codigo;color\n" + p + "-01;rojo\n"), 400);
    assertTrue(
        sinCabecera.path("detail").asText().contains("columnas desconocidas"),
        sinCabecera::toString);
    byte[] latin1 =
        ("codigo_patrimonial;tipo;marca\n" + p + "-01;Escáner;Epson\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Respuesta noUtf8 =
        enviar(
            peticion(OPERADOR_OTI, "/equipos/importacion")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
    assertTrue(problema(noUtf8, 400).path("detail").asText().contains("UTF-8"), noUtf8::toString);
    StringBuilder grande = new StringBuilder("codigo_patrimonial;tipo;marca\n");
    while (grande.length() <= 5 * 1024 * 1024) {
      grande.append(p).append("-99;Laptop;").append("x".repeat(60)).append('\n');
    }
    JsonNode muyGrande = problema(importarCsv(OPERADOR_OTI, grande.toString()), 413);
    assertTrue(muyGrande.path("detail").asText().contains("5 MB"), muyGrande::toString);
    assertEquals(0, buscar(OPERADOR_OTI, "q=" + p).path("total").asInt());
  }

  @Test
  void seBuscaPorPalabrasTipoYGarantia() {
    String p = prefijo();
    importado(OPERADOR_OTI, csvDePrueba(p));
    assertEquals(List.of(p + "-01"), codigos(buscar(OPERADOR_OTI, "q=" + p + "&tipo=Laptop")));
    assertEquals(
        List.of(p + "-01"),
        codigos(buscar(OPERADOR_OTI, "q=thinkpad%20e14&tipo=LAPTOP&usuario=usuario.area")).stream()
            .filter(c -> c.startsWith(p))
            .toList());
    assertEquals(
        List.of(p + "-01", p + "-04", p + "-05"),
        codigos(buscar(OPERADOR_OTI, "q=" + p + "&garantia=vigente")));
    assertEquals(
        List.of(p + "-02", p + "-07", p + "-09", p + "-10", p + "-11"),
        codigos(buscar(OPERADOR_OTI, "q=" + p + "&garantia=vencida")));
    assertEquals(
        List.of(p + "-05", p + "-07"), codigos(buscar(OPERADOR_OTI, "q=" + p + "&unidad=oti")));
    assertEquals(
        List.of(p + "-10"),
        codigos(buscar(OPERADOR_OTI, "q=" + p + "&estado=en%20reparaci%C3%B3n")));
    JsonNode ordenados = buscar(OPERADOR_OTI, "q=" + p + "&orden=-garantia&tamano=2&pagina=0");
    assertEquals(8, ordenados.path("total").asInt());
    assertEquals(List.of(p + "-01", p + "-04"), codigos(ordenados));
    problema(get(OPERADOR_OTI, "/equipos?tipo=Tablet"), 400);
    problema(get(OPERADOR_OTI, "/equipos?garantia=quizas"), 400);
  }

  @Test
  void laOtiRegistraYEditaConLaVersionLeidaYUnaVersionViejaEsUnConflicto() {
    String p = prefijo();
    Map<String, Object> nuevo = new HashMap<>();
    nuevo.put("codigoPatrimonial", p.toLowerCase() + "-20");
    nuevo.put("tipo", "LAPTOP");
    nuevo.put("marca", "Dell");
    nuevo.put("modelo", "Latitude 5440");
    nuevo.put("usuarioAsignado", ANALISTA_DGM);
    nuevo.put("garantiaHasta", "2099-01-31");
    Respuesta creado = postJson(OPERADOR_OTI, "/equipos", nuevo);
    assertEquals(201, creado.status(), creado::toString);
    assertEquals(p + "-20", creado.json().path("codigoPatrimonial").asText());
    assertEquals("DGM", creado.json().path("unidad").asText());
    problema(postJson(OPERADOR_OTI, "/equipos", nuevo), 409);

    long version = creado.json().path("version").asLong();
    nuevo.put("usuarioAsignado", USUARIO_AREA);
    nuevo.put("version", version);
    Respuesta editado = putJson(OPERADOR_OTI, "/equipos/" + p + "-20", nuevo);
    assertEquals(200, editado.status(), editado::toString);
    assertEquals("DGH", editado.json().path("unidad").asText(), "la unidad de la nueva persona");
    JsonNode viejo = problema(putJson(OPERADOR_OTI, "/equipos/" + p + "-20", nuevo), 409);
    assertTrue(viejo.path("detail").asText().contains("Otra persona modificó"), viejo::toString);

    JsonNode detalle = equipo(OPERADOR_OTI, p + "-20");
    assertEquals(List.of("REGISTRO", "ASIGNACION"), historia(detalle));
    String asignacion = detalle.path("historia").get(1).path("descripcion").asText();
    assertTrue(asignacion.contains("Usuario asignado: analista.dgm → usuario.area"), asignacion);
    assertEquals(OPERADOR_OTI, detalle.path("historia").get(1).path("actor").asText());

    nuevo.put("tipo", "Tablet");
    problema(putJson(OPERADOR_OTI, "/equipos/" + p + "-20", nuevo), 400);
    nuevo.put("tipo", "LAPTOP");
    nuevo.put("usuarioAsignado", "nadie.existe");
    nuevo.put("version", editado.json().path("version").asLong());
    JsonNode desconocido = problema(putJson(OPERADOR_OTI, "/equipos/" + p + "-20", nuevo), 400);
    assertTrue(desconocido.path("detail").asText().contains("nadie.existe"), desconocido::toString);
    problema(get(OPERADOR_OTI, "/equipos/" + p + "-99"), 404);
  }

  @Test
  void unCambioDeEstadoYUnaAnotacionQuedanEnLaHistoria() {
    String p = prefijo();
    importado(OPERADOR_OTI, csvDePrueba(p));
    Map<String, Object> reparacion = new HashMap<>();
    reparacion.put("estado", "EN_REPARACION");
    reparacion.put("descripcion", "No enciende; se abre el mantenimiento correctivo.");
    reparacion.put("referencia", "MDA-2026-0042");
    Respuesta r = postJson(OPERADOR_OTI, "/equipos/" + p + "-01/estado", reparacion);
    assertEquals(200, r.status(), r::toString);
    assertEquals("EN_REPARACION", r.json().path("equipo").path("estado").asText());
    assertEquals(List.of("REGISTRO", "MANTENIMIENTO_CORRECTIVO"), historia(r.json()));
    JsonNode evento = r.json().path("historia").get(1);
    assertEquals("MDA-2026-0042", evento.path("referencia").asText());
    assertTrue(
        evento
            .path("descripcion")
            .asText()
            .startsWith("Estado: Operativo → En reparación. No enciende"),
        evento::toString);

    // usuario.area notes a ticket on her own laptop; the OTI notes the preventive maintenance
    Respuesta ticket =
        postJson(
            USUARIO_AREA,
            "/equipos/" + p + "-01/eventos",
            Map.of(
                "tipo",
                "TICKET",
                "descripcion",
                "La pantalla parpadea.",
                "referencia",
                "MDA-2026-0043"));
    assertEquals(200, ticket.status(), ticket::toString);
    Respuesta preventivo =
        postJson(
            OPERADOR_OTI,
            "/equipos/" + p + "-01/eventos",
            Map.of(
                "tipo",
                "Mantenimiento preventivo",
                "descripcion",
                "Limpieza interna y pasta térmica."));
    assertEquals(200, preventivo.status(), preventivo::toString);
    assertEquals(
        List.of("REGISTRO", "MANTENIMIENTO_CORRECTIVO", "TICKET", "MANTENIMIENTO_PREVENTIVO"),
        historia(equipo(USUARIO_AREA, p + "-01")));
    problema(
        postJson(
            OPERADOR_OTI,
            "/equipos/" + p + "-99/eventos",
            Map.of("tipo", "TICKET", "descripcion", "x")),
        400);
    problema(
        postJson(
            OPERADOR_OTI,
            "/equipos/" + p + "-01/eventos",
            Map.of("tipo", "TICKET", "descripcion", " ")),
        400);

    // written off: no way back to use
    assertEquals(
        200,
        postJson(OPERADOR_OTI, "/equipos/" + p + "-01/estado", Map.of("estado", "Dado de baja"))
            .status());
    JsonNode baja =
        problema(
            postJson(OPERADOR_OTI, "/equipos/" + p + "-01/estado", Map.of("estado", "OPERATIVO")),
            400);
    assertTrue(baja.path("detail").asText().contains("dado de baja"), baja::toString);
  }

  @Test
  void fueraDeLaOtiSoloSeVenLosEquiposPropiosYNoSeImportaNiEditaConRechazoAuditado() {
    String p = prefijo();
    importado(OPERADOR_OTI, csvDePrueba(p));
    long antes = rechazos(USUARIO_AREA);

    JsonNode suyos = buscar(USUARIO_AREA, "q=" + p + "&tamano=50");
    assertEquals(List.of(p + "-01", p + "-02"), codigos(suyos));
    buscar(USUARIO_AREA, "tamano=200")
        .path("items")
        .forEach(e -> assertEquals(USUARIO_AREA, e.path("usuarioAsignado").asText(), e::toString));
    assertEquals(
        List.of(p + "-01", p + "-02"),
        codigos(buscar(USUARIO_AREA, "q=" + p + "&usuario=" + ANALISTA_DGM)),
        "el filtro de usuario no abre los equipos de otra persona");
    assertEquals(List.of("REGISTRO"), historia(equipo(USUARIO_AREA, p + "-01")));

    JsonNode ajeno = problema(get(USUARIO_AREA, "/equipos/" + p + "-04"), 403);
    assertTrue(ajeno.path("detail").asText().contains("OTI"), ajeno::toString);
    JsonNode importar = problema(importarCsv(USUARIO_AREA, csvDePrueba(prefijo())), 403);
    assertTrue(
        importar.path("detail").asText().contains("Solo el personal de la OTI"),
        importar::toString);
    Map<String, Object> cambio = new HashMap<>();
    cambio.put("tipo", "LAPTOP");
    cambio.put("marca", "Otra");
    cambio.put("version", 0);
    problema(putJson(USUARIO_AREA, "/equipos/" + p + "-01", cambio), 403);
    cambio.put("codigoPatrimonial", p + "-30");
    problema(postJson(USUARIO_AREA, "/equipos", cambio), 403);
    problema(
        postJson(USUARIO_AREA, "/equipos/" + p + "-01/estado", Map.of("estado", "DADO_DE_BAJA")),
        403);
    problema(
        postJson(
            USUARIO_AREA,
            "/equipos/" + p + "-04/eventos",
            Map.of("tipo", "TICKET", "descripcion", "x")),
        403);
    problema(
        postJson(
            USUARIO_AREA,
            "/equipos/" + p + "-01/eventos",
            Map.of("tipo", "BAJA", "descripcion", "x")),
        403);

    assertEquals(antes + 7, rechazos(USUARIO_AREA), "cada rechazo queda en la auditoría");
    JsonNode intacto = equipo(OPERADOR_OTI, p + "-01");
    assertEquals("Lenovo", intacto.path("equipo").path("marca").asText());
    assertEquals("OPERATIVO", intacto.path("equipo").path("estado").asText());
    assertEquals(List.of("REGISTRO"), historia(intacto));
    // the administrator sees everything, edits nothing
    assertEquals(8, buscar(ADMIN, "q=" + p).path("total").asInt());
    problema(importarCsv(ADMIN, csvDePrueba(prefijo())), 403);
  }

  @Test
  void elCsvDeEjemploDelReadmeSeImportaSinErroresYOtraVezSinCambios() throws java.io.IOException {
    String csv =
        java.nio.file.Files.readString(java.nio.file.Path.of("../docs/ejemplos/equipos.csv"));
    JsonNode primera = importado(OPERADOR_OTI, csv);
    assertEquals(8, primera.path("leidas").asInt(), primera::toString);
    assertEquals(0, primera.path("errores").size(), primera::toString);
    assertEquals(
        8,
        primera.path("importadas").asInt() + primera.path("sinCambios").asInt(),
        primera::toString);
    JsonNode segunda = importado(OPERADOR_OTI, csv);
    assertEquals(8, segunda.path("sinCambios").asInt(), segunda::toString);
    assertEquals(0, segunda.path("importadas").asInt() + segunda.path("actualizadas").asInt());
  }

  @Test
  void losEquiposDeDemostracionEstanConSuHistoria() {
    JsonNode servidor = equipo(OPERADOR_OTI, "740880370020");
    assertEquals("SERVIDOR", servidor.path("equipo").path("tipo").asText());
    assertEquals("OTI", servidor.path("equipo").path("unidad").asText());
    assertEquals(List.of("REGISTRO"), historia(servidor).subList(0, 1));
    assertFalse(codigos(buscar(USUARIO_AREA, "q=740899500101")).isEmpty());
    assertTrue(buscar(OPERADOR_OTI, "tipo=EQUIPO_DE_RED&unidad=OTI").path("total").asInt() >= 1);
  }
}
