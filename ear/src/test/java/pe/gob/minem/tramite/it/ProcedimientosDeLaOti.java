package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driving P/OGA-TI-03, 04 and 05 through the REST API as their people do: start a procedure on an
 * expediente, find a step in a person's bandeja by procedure and activity, complete it with its
 * fields.
 */
final class ProcedimientosDeLaOti {

  static final String COORDINADOR = "coordinador.oti"; // also Especialista de Gestión de Proyectos
  static final String ESPECIALISTA_PRUEBAS = "especialista.pruebas";
  static final String ANALISTA_PRUEBAS = "analista.pruebas";
  static final String ESPECIALISTA_REDES = "especialista.redes";
  static final String ANALISTA_OAS = "analista.oas";
  static final String REPRESENTANTE_DGM = "analista.dgm";
  static final String TI03 = "P/OGA-TI-03";
  static final String TI04 = "P/OGA-TI-04";
  static final String TI05 = "P/OGA-TI-05";
  static final String TI10 = "P/OGA-TI-10";
  static final String TI12 = "P/OGA-TI-12";
  static final String OPERADOR_MDA = "operador.mda"; // operador.oti is the lockout tests' account
  static final String COORDINADOR_MDA = "coordinador.mda";
  static final String SOPORTE = "soporte.oti";
  static final String ANALISTA_SIG = "analista.sig";

  private ProcedimientosDeLaOti() {}

  static Respuesta iniciar(String usuario, String numero, String codigo, Integer iteraciones) {
    Map<String, Object> cuerpo = new HashMap<>();
    cuerpo.put("procedimiento", codigo);
    cuerpo.put("areaUsuaria", "DGM");
    if (iteraciones != null) {
      cuerpo.put("iteracionesMaximas", iteraciones);
    }
    return postJson(usuario, "/expedientes/" + numero + "/procedimientos", cuerpo);
  }

  /**
   * A requirement of the DGM registered as a public expediente (the OTI's people see it wherever it
   * is; a reserved one only once it passed through their unit).
   */
  static String registrarPublico(String asunto) {
    var datos = datosExpediente(asunto + " " + java.util.UUID.randomUUID());
    datos.put("confidencialidad", "PUBLICO");
    datos.put("origen", "ORGANO_MINISTERIO");
    Respuesta r =
        registrar(SECRETARIA_OGA, datos, pdf("memorando.pdf", "Requerimiento: " + asunto));
    assertEquals(201, r.status(), r::toString);
    return r.json().path("numero").asText();
  }

  /** A new expediente with the procedure started on it by the Director de TI. */
  static String expedienteCon(String codigo, Integer iteraciones) {
    String numero = registrarPublico(codigo + " de prueba");
    Respuesta r = iniciar(DIRECTOR_OTI, numero, codigo, iteraciones);
    assertEquals(201, r.status(), r::toString);
    return numero;
  }

  /** "k1", v1, "k2", v2… as the step's fields. */
  static Map<String, Object> campos(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Optional<JsonNode> tareaDe(
      String usuario, String numero, String procedimiento, int actividad) {
    return bandeja(usuario).stream()
        .filter(t -> numero.equals(t.path("numero").asText()))
        .filter(t -> procedimiento.equals(t.path("procedimiento").asText()))
        .filter(t -> t.path("actividad").asInt() == actividad)
        .findFirst();
  }

  static String tarea(String usuario, String numero, String procedimiento, int actividad) {
    return tareaDe(usuario, numero, procedimiento, actividad)
        .orElseThrow(
            () ->
                new AssertionError(
                    procedimiento
                        + " act. "
                        + actividad
                        + " de "
                        + numero
                        + " no está en la bandeja de "
                        + usuario
                        + ": "
                        + bandeja(usuario)))
        .path("id")
        .asText();
  }

  static Respuesta intentar(
      String usuario,
      String numero,
      String procedimiento,
      int actividad,
      Map<String, Object> campos,
      String instruccion) {
    return intentarTarea(
        usuario, tarea(usuario, numero, procedimiento, actividad), campos, instruccion);
  }

  static Respuesta intentarTarea(
      String usuario, String tareaId, Map<String, Object> campos, String instruccion) {
    Map<String, Object> cuerpo = new HashMap<>();
    cuerpo.put("campos", campos);
    if (instruccion != null) {
      cuerpo.put("instruccion", instruccion);
    }
    return postJson(usuario, "/tareas/" + tareaId + "/completar", cuerpo);
  }

  static void paso(
      String usuario, String numero, String procedimiento, int actividad, Object... kv) {
    pasoConInstruccion(usuario, numero, procedimiento, actividad, null, kv);
  }

  static void pasoConInstruccion(
      String usuario,
      String numero,
      String procedimiento,
      int actividad,
      String instruccion,
      Object... kv) {
    Respuesta r = intentar(usuario, numero, procedimiento, actividad, campos(kv), instruccion);
    assertEquals(
        200, r.status(), () -> usuario + " " + procedimiento + " act. " + actividad + ": " + r);
  }

  // ------------------------------------------------------------- recorridos de P/OGA-TI-04

  /**
   * P/OGA-TI-04 internal development, once act. 3 chose it: the especificaciones técnicas (12), the
   * development (13), the manuals (14) and the solicitud de pruebas (15), up to P/OGA-TI-05.
   */
  static void desarrolloInternoHastaLaSolicitudDePruebas(String numero) {
    paso(
        COORDINADOR,
        numero,
        TI04,
        12,
        "funcionales",
        "Registrar",
        "tiempo",
        "15",
        "recursos",
        "1 analista");
    paso(ANALISTA_OTI, numero, TI04, 13, "desarrollo", "Módulo de registro", "version", "1.0");
    paso(
        ANALISTA_OTI,
        numero,
        TI04,
        14,
        "manuales",
        "Manual de usuario",
        "capacitacion",
        "2026-11-30");
    paso(ANALISTA_OTI, numero, TI04, 15, solicitud());
  }

  /**
   * A whole P/OGA-TI-04 developed internally, tests conformes at the first round, from act. 1 to
   * the pase a producción (act. 24): what a caller (P/OGA-TI-12 act. 8) waits for.
   */
  static void desarrolloInternoCompleto(String numero) {
    paso(DIRECTOR_OTI, numero, TI04, 1);
    paso(COORDINADOR, numero, TI04, 2, "evaluacion", "El equipo puede hacerlo.");
    paso(COORDINADOR, numero, TI04, 3, "desarrolloInterno", "true", "analista", ANALISTA_OTI);
    desarrolloInternoHastaLaSolicitudDePruebas(numero);
    pruebasConformes(numero);
    paso(
        ANALISTA_OTI,
        numero,
        TI04,
        19,
        "sistema",
        "Visor de mapas",
        "version",
        "1.0",
        "fechaPase",
        "2026-12-16",
        "horaPase",
        "07:00");
    paso(DIRECTOR_OTI, numero, TI04, 20);
    paso(REPRESENTANTE_DGM, numero, TI04, 21);
    paso(ANALISTA_OTI, numero, TI04, 22);
    paso(COORDINADOR, numero, TI04, 23);
    paso(ESPECIALISTA_REDES, numero, TI04, 24, "difusion", "Correo a la DGM.");
  }

  /** No step of this expediente waits in any of these people's bandejas. */
  static boolean sinPasosPendientes(String numero, String... usuarios) {
    for (String u : usuarios) {
      if (bandeja(u).stream().anyMatch(t -> numero.equals(t.path("numero").asText()))) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------- recorridos de P/OGA-TI-05

  /** Acts. 1 to 7 of P/OGA-TI-05, the short way: request, review, assignment, environment. */
  static void pruebasHastaLosCasos(String numero) {
    paso(COORDINADOR, numero, TI05, 1, solicitud());
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 2, "solicitudConforme", "true");
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 5, "analistaPruebas", ANALISTA_PRUEBAS);
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 6, "ambienteInstalado", "true");
    paso(ANALISTA_PRUEBAS, numero, TI05, 7, "casos", "CP-01 | Registrar | Registro guardado");
  }

  /** P/OGA-TI-05 from act. 1 to the acta de conformidad signed (ends CONFORME). */
  static void pruebasConformes(String numero) {
    pruebasHastaLosCasos(numero);
    paso(ANALISTA_PRUEBAS, numero, TI05, 8, "observaciones", "false", "resultados", "CP-01 | OK |");
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 9);
    paso(REPRESENTANTE_DGM, numero, TI05, 10, "validacionConforme", "true");
    paso(
        ESPECIALISTA_PRUEBAS,
        numero,
        TI05,
        13,
        "sistema",
        "SIGED",
        "version",
        "1.0",
        "conclusion",
        "Conforme.");
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 14);
  }

  /**
   * P/OGA-TI-05 with one round of observations, for a procedure started with one iteration allowed:
   * act. 11 is the last round and goes to the final report (ends OBSERVADO).
   */
  static void pruebasObservadasEnLaUnicaRonda(String numero) {
    pruebasHastaLosCasos(numero);
    paso(
        ANALISTA_PRUEBAS,
        numero,
        TI05,
        8,
        "observaciones",
        "true",
        "resultados",
        "CP-01 | Falla | Error 500");
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 11);
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 12, "observacionesPendientes", "CP-01 falla.");
    paso(ESPECIALISTA_PRUEBAS, numero, TI05, 12);
  }

  static Object[] solicitud() {
    return new Object[] {
      "sistema",
      "SIGED",
      "version",
      "1.0",
      "ruta",
      "/srv/instaladores/siged-1.0.war",
      "fuentes",
      "git.minem.gob.pe/oti/siged (rama main)"
    };
  }

  static List<JsonNode> documentosDe(String numero) {
    JsonNode l = get(DIRECTOR_OTI, "/expedientes/" + numero + "/documentos").json();
    List<JsonNode> docs = new java.util.ArrayList<>();
    l.forEach(docs::add);
    return docs;
  }

  /** The expediente's document whose asunto starts with this deliverable's title. */
  static JsonNode entregable(String numero, String titulo) {
    List<JsonNode> docs = documentosDe(numero);
    return docs.stream()
        .filter(d -> d.path("asunto").asText().startsWith(titulo))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("sin «" + titulo + "» en " + numero + ": " + docs));
  }
}
