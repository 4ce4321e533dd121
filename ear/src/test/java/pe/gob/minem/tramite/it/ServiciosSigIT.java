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
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-12 Atención de servicios relacionados con Sistemas de Información Geográfica on Payara
 * Server with PostgreSQL: the Director assigns the Analista SIG, who takes each of the four kinds
 * of request — ArcGIS licences (available, or bought through the Gestión de Adquisiciones after an
 * Informe para adquisición with the Director's V°B°, the first selection void), a map viewer (a
 * whole P/OGA-TI-04 runs inside), an incident of the online map service, georeferenced information
 * — and ends with the response document he signs.
 */
class ServiciosSigIT extends PruebaConElEar {

  /** An expediente with P/OGA-TI-12 started by this person and assigned to the Analista SIG. */
  private static String requerimiento(String quien, String tipo) {
    String n = registrarPublico("Requerimiento GIS de la DGM: " + tipo);
    Respuesta r = iniciar(quien, n, TI12, null);
    assertEquals(201, r.status(), r::toString);
    paso(DIRECTOR_OTI, n, TI12, 1, "analistaSig", ANALISTA_SIG);
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        2,
        "evaluacion",
        "Requerimiento de la DGM evaluado.",
        "tipoDeRequerimiento",
        tipo);
    return n;
  }

  /** Act. 12: the response drafted and signed by the Analista SIG; the procedure ends. */
  private static void responder(String n) throws Exception {
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        12,
        "respuesta",
        "Se atendió el requerimiento.",
        "medio",
        "MEMORANDO");
    paso(ANALISTA_SIG, n, TI12, 12);
    JsonNode d =
        documento(entregable(n, "Documento de respuesta al requerimiento").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(d), d::toString);
    byte[] pdf = contenido(d.path("id").asLong());
    assertEquals(1, firmasValidasSegunPdfsig(pdf), "pdfsig: la respuesta");
    assertEquals(List.of(), PdfA.fallas(pdf), "PDF/A-2B de la respuesta");
    assertTrue(sinPasosPendientes(n, ANALISTA_SIG, DIRECTOR_OTI), "P/OGA-TI-12 terminó");
  }

  @Test
  void licenciasCompradasTrasUnaSeleccionDesierta() throws Exception {
    String n = registrarPublico("Licencias de ArcGIS para la DGM");
    // the Operador de Mesa de Ayuda does not start P/OGA-TI-12 (he does P/OGA-TI-10)
    problema(iniciar(OPERADOR_MDA, n, TI12, null), 403);
    assertEquals(201, iniciar(DIRECTOR_OTI, n, TI12, null).status());
    // the Director assigns an Analista SIG, not anyone of his unit
    problema(intentar(DIRECTOR_OTI, n, TI12, 1, campos("analistaSig", SOPORTE), null), 400);
    paso(DIRECTOR_OTI, n, TI12, 1, "analistaSig", ANALISTA_SIG);
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        2,
        "evaluacion",
        "Cinco licencias de ArcGIS Pro.",
        "tipoDeRequerimiento",
        "LICENCIAS");
    paso(ANALISTA_SIG, n, TI12, 3, "licenciasRequeridas", "5", "licenciasDisponibles", "false");
    informeParaAdquisicion(n);
    // the outcome with bad data or by a stranger: refused, nothing moves
    String t6 = tarea(ANALISTA_OAS, n, TI12, 6);
    JsonNode sinNumero =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t6,
                campos(
                    "resultadoAdquisicion",
                    "ORDEN",
                    "fechaOrden",
                    LocalDate.now(ZoneId.of("America/Lima")).toString()),
                null),
            400);
    assertTrue(
        sinNumero.path("detail").asText().contains("número de la orden"), sinNumero::toString);
    problema(intentarTarea(ANALISTA_SIG, t6, campos("resultadoAdquisicion", "DESIERTO"), "x"), 403);
    assertEquals(t6, tarea(ANALISTA_OAS, n, TI12, 6), "act. 6 sigue pendiente");
    assertTrue(tareaDe(ANALISTA_SIG, n, TI12, 7).isEmpty(), "nada avanzó");
    // void: the analyst reformulates the TdR (version 2), then the licences are bought
    pasoConInstruccion(
        ANALISTA_OAS,
        n,
        TI12,
        6,
        "No se presentaron postores.",
        "resultadoAdquisicion",
        "DESIERTO");
    informeParaAdquisicion(n);
    paso(
        ANALISTA_OAS,
        n,
        TI12,
        6,
        "resultadoAdquisicion",
        "ORDEN",
        "numeroOrden",
        "OC-0450",
        "fechaOrden",
        LocalDate.now(ZoneId.of("America/Lima")).minusDays(1).toString());
    JsonNode informe =
        documento(entregable(n, "Informe para adquisición y/o mantenimiento").path("id").asLong());
    assertEquals(2, informe.path("versionActual").asInt(), informe::toString);
    assertEquals(List.of("SUSCRIPCION", "VISTO_BUENO"), firmasVigentes(informe), informe::toString);
    informe
        .path("firmas")
        .forEach(
            f -> {
              if (!f.path("anulada").asBoolean()) {
                assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString);
              }
            });
    byte[] pdf = contenido(informe.path("id").asLong());
    assertEquals(2, firmasValidasSegunPdfsig(pdf), "pdfsig: el informe para adquisición");
    assertEquals(List.of(), PdfA.fallas(pdf), "PDF/A-2B del informe para adquisición");
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        7,
        "licenciasAsignadas",
        "5",
        "asignacion",
        "analista.dgm | ArcGIS Pro Standard");
    responder(n);
  }

  /** Acts. 4 to 5: the analyst drafts and signs the TdR/EETT, the Director gives his V°B°. */
  private static void informeParaAdquisicion(String n) {
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        4,
        "objeto",
        "Adquisición de licencias de ArcGIS Pro.",
        "especificaciones",
        "ArcGIS Pro | 5 | Standard, un año",
        "justificacion",
        "Las licencias de la DGM vencieron.");
    paso(ANALISTA_SIG, n, TI12, 4);
    paso(DIRECTOR_OTI, n, TI12, 5);
  }

  @Test
  void licenciasDisponiblesSeAsignanSinComprar() throws Exception {
    String n = requerimiento(SECRETARIA_OTI, "LICENCIAS");
    paso(ANALISTA_SIG, n, TI12, 3, "licenciasRequeridas", "1", "licenciasDisponibles", "true");
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        7,
        "licenciasAsignadas",
        "1",
        "asignacion",
        "analista.dgm | ArcGIS Pro Basic");
    responder(n);
  }

  @Test
  void incidenciaDelServicioDeMapas() throws Exception {
    String n = requerimiento(DIRECTOR_OTI, "INCIDENCIA");
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        9,
        "servicio",
        "Mapa catastral minero en línea",
        "solucion",
        "Se reinició el servicio de mapas.");
    responder(n);
  }

  @Test
  void informacionGeorreferenciadaPasadaAProduccion() throws Exception {
    String n = requerimiento(DIRECTOR_OTI, "GEORREFERENCIADA");
    paso(ANALISTA_SIG, n, TI12, 10, "informacion", "Límites distritales 2026 (INEI).");
    paso(
        ANALISTA_SIG,
        n,
        TI12,
        11,
        "baseDeProduccion",
        "sde-prod/catastro",
        "fechaPase",
        "2026-12-01");
    responder(n);
  }

  @Test
  void visorDeMapasConUnDesarrolloDeSistemasCompletoDentro() throws Exception {
    String n = requerimiento(DIRECTOR_OTI, "VISOR");
    assertTrue(tareaDe(ANALISTA_SIG, n, TI12, 12).isEmpty(), "act. 8 espera a P/OGA-TI-04");
    desarrolloInternoCompleto(n);
    responder(n);
  }
}
