package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasVigentes;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-04 Desarrollo de Sistemas de Información on Payara Server with PostgreSQL, through the
 * REST API: the external development with its Términos de referencia signed in sequence, the
 * Gestión de Adquisiciones declared void and then with its orden de servicio, P/OGA-TI-05 observed
 * (observations to the provider) and then conforme, the Acta de pase a producción signed by the
 * área usuaria and the Director in parallel; and the internal development whose tests end with
 * observations and go back to the development. Refusals: a step by the wrong cargo (403, nothing
 * changes) and an outcome of the Gestión de Adquisiciones with bad data (400 in Spanish).
 */
class DesarrolloDeSistemasIT extends PruebaConElEar {

  @Test
  void desarrolloExternoHastaElActaDePaseConLasDosFirmasEnParalelo() throws Exception {
    String n = expedienteCon(TI04, 2);
    // act. 1 belongs to the Director de TI: the Especialista de Redes is refused, nothing moves
    Respuesta ajeno =
        intentarTarea(ESPECIALISTA_REDES, tarea(DIRECTOR_OTI, n, TI04, 1), campos(), null);
    problema(ajeno, 403);
    paso(DIRECTOR_OTI, n, TI04, 1);
    paso(COORDINADOR, n, TI04, 2, "evaluacion", "Requiere un proveedor: capacidad copada.");
    paso(COORDINADOR, n, TI04, 3, "desarrolloInterno", "false", "analista", ANALISTA_OTI);
    paso(
        ANALISTA_OTI,
        n,
        TI04,
        4,
        "objeto",
        "Desarrollo del sistema SIGED",
        "funcionales",
        "Registrar\nConsultar",
        "noFuncionales",
        "Disponibilidad 99 %",
        "plazoEjecucion",
        "90");
    // the TdR: área usuaria, Coordinador (suscripciones) and Director (V°B°), in this order
    paso(REPRESENTANTE_DGM, n, TI04, 5);
    paso(COORDINADOR, n, TI04, 6);
    paso(DIRECTOR_OTI, n, TI04, 7);
    JsonNode tdr = entregable(n, "Términos de referencia");
    assertEquals(
        List.of("SUSCRIPCION", "SUSCRIPCION", "VISTO_BUENO"), firmasVigentes(tdr), tdr::toString);
    assertEquals(3, firmasValidasSegunPdfsig(contenido(tdr.path("id").asLong())));
    List<Integer> actividades = new java.util.ArrayList<>();
    List<String> cargos = new java.util.ArrayList<>();
    tdr.path("firmas")
        .forEach(
            f -> {
              assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString);
              actividades.add(f.path("actividad").asInt());
              cargos.add(f.path("cargo").asText());
            });
    assertEquals(List.of(5, 6, 7), actividades, "área usuaria, Coordinador y Director, en orden");
    assertEquals("Director de Tecnologías de la Información", cargos.get(2), cargos::toString);

    paso(REPRESENTANTE_DGM, n, TI04, 8, "solicitud", "Pedido de servicio 0456-2026");
    // the Gestión de Adquisiciones' outcome with bad data: no number, a date in the future
    String t9 = tarea(ANALISTA_OAS, n, TI04, 9);
    JsonNode sinNumero =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t9,
                campos("resultadoAdquisicion", "ORDEN", "fechaOrden", LocalDate.now().toString()),
                null),
            400);
    assertTrue(
        sinNumero.path("detail").asText().contains("número de la orden"), sinNumero::toString);
    String manana = LocalDate.now(ZoneId.of("America/Lima")).plusDays(2).toString();
    JsonNode futura =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t9,
                campos(
                    "resultadoAdquisicion",
                    "ORDEN",
                    "numeroOrden",
                    "OS-0789",
                    "fechaOrden",
                    manana),
                null),
            400);
    assertTrue(futura.path("detail").asText().contains("posterior a hoy"), futura::toString);
    // void: the área usuaria asks again; then the orden de servicio
    pasoConInstruccion(
        ANALISTA_OAS,
        n,
        TI04,
        9,
        "No se presentaron postores.",
        "resultadoAdquisicion",
        "DESIERTO");
    paso(REPRESENTANTE_DGM, n, TI04, 8, "solicitud", "Pedido de servicio 0457-2026");
    String hoy = LocalDate.now(ZoneId.of("America/Lima")).minusDays(1).toString();
    paso(
        ANALISTA_OAS,
        n,
        TI04,
        9,
        "resultadoAdquisicion",
        "ORDEN",
        "numeroOrden",
        "OS-0789",
        "fechaOrden",
        hoy);
    paso(ANALISTA_OTI, n, TI04, 10, "finDesarrollo", hoy);
    paso(ANALISTA_OTI, n, TI04, 11, "productos", "Fuentes\nManuales");

    // P/OGA-TI-05, first run: the request returned and the environment failing, then one round
    // with observations (the last of the two allowed ends in the final report with observations)
    paso(COORDINADOR, n, TI05, 1, solicitud());
    pasoConInstruccion(
        ESPECIALISTA_PRUEBAS,
        n,
        TI05,
        2,
        "Falta la ruta de las fuentes.",
        "solicitudConforme",
        "false");
    pasoConInstruccion(ESPECIALISTA_PRUEBAS, n, TI05, 3, "Indique la rama de las fuentes.");
    paso(COORDINADOR, n, TI05, 4, concat(solicitud(), "subsanacion", "Rama indicada."));
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 2, "solicitudConforme", "true");
    // the analyst must be one of Pruebas: the Analista de Desarrollo is refused
    problema(
        intentar(ESPECIALISTA_PRUEBAS, n, TI05, 5, campos("analistaPruebas", ANALISTA_OTI), null),
        400);
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 5, "analistaPruebas", ANALISTA_PRUEBAS);
    pasoConInstruccion(
        ESPECIALISTA_PRUEBAS,
        n,
        TI05,
        6,
        "Falla la conexión a la base.",
        "ambienteInstalado",
        "false");
    pasoConInstruccion(ESPECIALISTA_PRUEBAS, n, TI05, 3, "Corregir la cadena de conexión.");
    paso(COORDINADOR, n, TI05, 4, concat(solicitud(), "subsanacion", "Cadena corregida."));
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 2, "solicitudConforme", "true");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 5, "analistaPruebas", ANALISTA_PRUEBAS);
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 6, "ambienteInstalado", "true");
    paso(
        ANALISTA_PRUEBAS,
        n,
        TI05,
        7,
        "casos",
        "CP-01 | Registrar | Guardado\nCP-02 | Consultar | Listado");
    paso(
        ANALISTA_PRUEBAS,
        n,
        TI05,
        8,
        "observaciones",
        "true",
        "resultados",
        "CP-02 | Falla | Lento");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 11); // round 1 of 2: back to act. 4
    paso(COORDINADOR, n, TI05, 4, concat(solicitud(), "subsanacion", "Consulta optimizada."));
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 2, "solicitudConforme", "true");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 5, "analistaPruebas", ANALISTA_PRUEBAS);
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 6, "ambienteInstalado", "true");
    paso(ANALISTA_PRUEBAS, n, TI05, 7, "casos", "CP-01 | Registrar | Guardado");
    paso(ANALISTA_PRUEBAS, n, TI05, 8, "observaciones", "false", "resultados", "CP-01 | OK |");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 9);
    pasoConInstruccion(
        REPRESENTANTE_DGM,
        n,
        TI05,
        10,
        "El reporte no exporta a Excel.",
        "validacionConforme",
        "false");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 11); // round 2 of 2: the last one
    paso(
        ESPECIALISTA_PRUEBAS,
        n,
        TI05,
        12,
        "observacionesPendientes",
        "El reporte no exporta a Excel.");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 12);
    JsonNode informe = entregable(n, "Informe de pruebas");
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(documento(informe.path("id").asLong())));

    // not conforme, external development: the observations go to the área usuaria and provider
    pasoConInstruccion(DIRECTOR_OTI, n, TI04, 17, "Subsanar la exportación a Excel.");
    paso(REPRESENTANTE_DGM, n, TI04, 18, "finSubsanacion", hoy);
    paso(ANALISTA_OTI, n, TI04, 11, "productos", "Versión 1.1");
    // P/OGA-TI-05, second run: conforme
    pruebasConformes(n);

    paso(
        ANALISTA_OTI,
        n,
        TI04,
        19,
        "sistema",
        "SIGED",
        "version",
        "1.1",
        "fechaPase",
        "2026-12-15",
        "horaPase",
        "20:30");
    // the two signatures in parallel: the área usuaria signs first, then the Director
    assertTrue(tareaDe(DIRECTOR_OTI, n, TI04, 20).isPresent(), "act. 20 espera en paralelo");
    paso(REPRESENTANTE_DGM, n, TI04, 21);
    assertTrue(tareaDe(ANALISTA_OTI, n, TI04, 22).isEmpty(), "act. 22 espera ambas firmas");
    paso(DIRECTOR_OTI, n, TI04, 20);
    JsonNode acta = documento(entregable(n, "Acta de pase a producción").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION", "SUSCRIPCION"), firmasVigentes(acta), acta::toString);
    acta.path("firmas")
        .forEach(f -> assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString));
    byte[] pdf = contenido(acta.path("id").asLong());
    assertEquals(2, firmasValidasSegunPdfsig(pdf), "pdfsig: las dos firmas del acta");
    String texto;
    try (var doc = Loader.loadPDF(pdf)) {
      texto = new PDFTextStripper().getText(doc);
    }
    assertTrue(texto.contains("15 de diciembre de 2026") && texto.contains("20:30"), texto);
    // archival: the drafted acta (version 1) and the signed one are PDF/A-2B for veraPDF
    Respuesta v1 =
        get(DIRECTOR_OTI, "/documentos/" + acta.path("id").asLong() + "/contenido?version=1");
    assertEquals(200, v1.status(), v1::toString);
    assertEquals(List.of(), PdfA.fallas(v1.cuerpo()), "PDF/A-2B del acta elaborada");
    assertEquals(List.of(), PdfA.fallas(pdf), "PDF/A-2B del acta con sus dos firmas");
    paso(ANALISTA_OTI, n, TI04, 22);
    paso(COORDINADOR, n, TI04, 23);
    paso(ESPECIALISTA_REDES, n, TI04, 24, "difusion", "Correo a todo el personal de la DGM.");
    assertTrue(
        bandeja(ESPECIALISTA_REDES).stream().noneMatch(t -> n.equals(t.path("numero").asText())));
  }

  @Test
  void desarrolloInternoObservadoVuelveAlDesarrolloYElActaSeFirmaALaVez() throws Exception {
    String n = expedienteCon(TI04, 1);
    paso(DIRECTOR_OTI, n, TI04, 1);
    paso(COORDINADOR, n, TI04, 2, "evaluacion", "El equipo puede hacerlo.");
    paso(COORDINADOR, n, TI04, 3, "desarrolloInterno", "true", "analista", ANALISTA_OTI);
    desarrolloInternoHastaLaSolicitudDePruebas(n);
    pruebasObservadasEnLaUnicaRonda(n);
    // observed, internal development: back to the development (act. 13)
    paso(ANALISTA_OTI, n, TI04, 13, "desarrollo", "Corrección del registro", "version", "1.0");
    paso(
        ANALISTA_OTI,
        n,
        TI04,
        14,
        "manuales",
        "Manual de usuario v2",
        "capacitacion",
        "2026-12-01");
    paso(ANALISTA_OTI, n, TI04, 15, solicitud());
    pruebasConformes(n);
    paso(
        ANALISTA_OTI,
        n,
        TI04,
        19,
        "sistema",
        "SIGED",
        "version",
        "1.0",
        "fechaPase",
        "2026-12-16",
        "horaPase",
        "07:00");
    // both sign at the same moment: each signature is whole, and one that lost the race to the
    // same version is refused cleanly and signs the new version when retried
    String t20 = tarea(DIRECTOR_OTI, n, TI04, 20);
    String t21 = tarea(REPRESENTANTE_DGM, n, TI04, 21);
    var hilos = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var r20 = hilos.submit(() -> intentarTarea(DIRECTOR_OTI, t20, campos(), null));
      var r21 = hilos.submit(() -> intentarTarea(REPRESENTANTE_DGM, t21, campos(), null));
      for (var par :
          List.of(
              List.of(DIRECTOR_OTI, t20, r20.get()), List.of(REPRESENTANTE_DGM, t21, r21.get()))) {
        Respuesta r = (Respuesta) par.get(2);
        if (r.status() != 200) {
          assertTrue(r.status() == 409 || r.status() == 503, r::toString);
          Respuesta otra = intentarTarea((String) par.get(0), (String) par.get(1), campos(), null);
          assertEquals(200, otra.status(), otra::toString);
        }
      }
    } finally {
      hilos.shutdown();
    }
    JsonNode acta = documento(entregable(n, "Acta de pase a producción").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION", "SUSCRIPCION"), firmasVigentes(acta), acta::toString);
    assertEquals(2, firmasValidasSegunPdfsig(contenido(acta.path("id").asLong())));
    assertTrue(tareaDe(ANALISTA_OTI, n, TI04, 22).isPresent(), "ambas firmas: act. 22");
  }

  static Object[] concat(Object[] a, Object... b) {
    Object[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
