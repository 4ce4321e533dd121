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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-05 Desarrollo de Pruebas de Software started on its own, on Payara Server with
 * PostgreSQL: the acta de conformidad signed by the Especialista de Pruebas; the observation loop
 * stopped at the configured maximum with the final report; steps by the wrong person refused.
 */
class PruebasDeSoftwareIT extends PruebaConElEar {

  @Test
  void conformesTerminanEnElActaDeConformidadSuscrita() throws Exception {
    String n = expedienteCon(TI05, null);
    // act. 1 is the Coordinador's: the Analista de Pruebas is refused and nothing is drafted
    problema(
        intentarTarea(ANALISTA_PRUEBAS, tarea(COORDINADOR, n, TI05, 1), campos(solicitud()), null),
        403);
    assertTrue(documentosDe(n).isEmpty(), "nada elaborado tras el rechazo");
    // a missing field is named in Spanish
    JsonNode falta =
        problema(intentar(COORDINADOR, n, TI05, 1, campos("sistema", "SIGED"), null), 400);
    assertTrue(falta.path("detail").asText().contains("versión"), falta::toString);
    pruebasHastaLosCasos(n);
    // act. 8 is assigned to the chosen analyst: the Especialista cannot do it
    problema(
        intentarTarea(
            ESPECIALISTA_PRUEBAS,
            tarea(ANALISTA_PRUEBAS, n, TI05, 8),
            campos("observaciones", "false", "resultados", "x"),
            null),
        403);
    paso(ANALISTA_PRUEBAS, n, TI05, 8, "observaciones", "false", "resultados", "CP-01 | OK |");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 9);
    paso(REPRESENTANTE_DGM, n, TI05, 10, "validacionConforme", "true");
    paso(
        ESPECIALISTA_PRUEBAS,
        n,
        TI05,
        13,
        "sistema",
        "SIGED",
        "version",
        "1.0",
        "conclusion",
        "Conforme.");
    paso(ESPECIALISTA_PRUEBAS, n, TI05, 14);
    JsonNode acta = documento(entregable(n, "Acta de conformidad de pruebas").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(acta), acta::toString);
    assertEquals(1, firmasValidasSegunPdfsig(contenido(acta.path("id").asLong())));
  }

  @Test
  void alLimiteDeIteracionesElInformeFinalLlevaLasObservaciones() {
    String n = expedienteCon(TI05, 1);
    pruebasObservadasEnLaUnicaRonda(n);
    JsonNode informe = documento(entregable(n, "Informe de pruebas").path("id").asLong());
    assertEquals(List.of("SUSCRIPCION"), firmasVigentes(informe), informe::toString);
    // the constancia got the Especialista's V°B° at act. 11
    JsonNode constancia = documento(entregable(n, "Constancia de pruebas").path("id").asLong());
    assertEquals(List.of("VISTO_BUENO"), firmasVigentes(constancia), constancia::toString);
    assertTrue(
        bandeja(ESPECIALISTA_PRUEBAS).stream().noneMatch(t -> n.equals(t.path("numero").asText())));
    // iterations outside 1..10 are refused
    String otro = registrarPublico("Pruebas ");
    problema(iniciar(DIRECTOR_OTI, otro, TI05, 0), 400);
  }
}
