package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.completarTI01;
import static pe.gob.minem.tramite.it.FlujoDocumental.contenido;
import static pe.gob.minem.tramite.it.FlujoDocumental.documento;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasValidasSegunPdfsig;
import static pe.gob.minem.tramite.it.FlujoDocumental.firmasVigentes;
import static pe.gob.minem.tramite.it.Portal.*;
import static pe.gob.minem.tramite.it.ProcedimientosDeLaOti.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P/OGA-TI-03 Gestión de Proyectos Informáticos on Payara Server with PostgreSQL: opened on a
 * just-registered expediente (it replaces the attention and runs P/OGA-TI-01 itself), the
 * Director's reviews asking for changes, the repeatable Informe del estado del proyecto, the
 * informe final and the Acta de cierre signed through P/OGA-TI-02; and a project with software
 * development that runs P/OGA-TI-04 and 05 and, with more reports to come, runs them again.
 */
class GestionDeProyectosIT extends PruebaConElEar {

  /** The expediente registered, P/OGA-TI-03 opened on it and derived to the Especialista. */
  private static String proyectoDerivado() {
    String n = registrarPublico("Proyecto de prueba");
    assertEquals(201, iniciar(SECRETARIA_OGA, n, TI03, null).status());
    // the same procedure twice is refused
    problema(iniciar(DIRECTOR_OTI, n, TI03, null), 409);
    completarTI01(SECRETARIA_OGA, n, Map.of());
    completarTI01(DIRECTOR_OGA, n, Map.of("unidad", "OTI"));
    completarTI01(SECRETARIA_OGA, n, Map.of());
    completarTI01(SECRETARIA_OTI, n, Map.of());
    completarTI01(DIRECTOR_OTI, n, Map.of("responsable", COORDINADOR));
    completarTI01(SECRETARIA_OTI, n, Map.of());
    return n;
  }

  private static void documentacionYPlanes(String n, boolean desarrollo) {
    paso(COORDINADOR, n, TI03, 2, "objetivo", "Portal de trámite", "alcance", "OGA y OTI");
    pasoConInstruccion(
        DIRECTOR_OTI, n, TI03, 3, "Precisar el alcance.", "documentacion", "CAMBIOS");
    paso(COORDINADOR, n, TI03, 2, "objetivo", "Portal de trámite", "alcance", "OGA, OTI y DGM");
    paso(DIRECTOR_OTI, n, TI03, 3, "documentacion", "CONFORME");
    paso(
        COORDINADOR,
        n,
        TI03,
        4,
        "cronograma",
        "Inicio | 2027-01-04 | OTI",
        "periodicidad",
        "mensual");
    pasoConInstruccion(
        DIRECTOR_OTI,
        n,
        TI03,
        5,
        "Añadir riesgos.",
        "planes",
        "CAMBIOS",
        "desarrolloDeSoftware",
        String.valueOf(desarrollo));
    paso(
        COORDINADOR,
        n,
        TI03,
        4,
        "cronograma",
        "Inicio | 2027-01-04 | OTI",
        "riesgos",
        "Demora | media | seguimiento",
        "periodicidad",
        "mensual");
    paso(
        DIRECTOR_OTI,
        n,
        TI03,
        5,
        "planes",
        "CONFORME",
        "desarrolloDeSoftware",
        String.valueOf(desarrollo));
  }

  private static void informeDeEstado(String n, String periodo, String decision) {
    paso(COORDINADOR, n, TI03, 8, "actividades", "Reuniones y levantamiento de información");
    paso(COORDINADOR, n, TI03, 9, "periodo", periodo, "avance", "50", "logros", "Levantamiento");
    paso(DIRECTOR_OTI, n, TI03, 10, "informe", decision);
  }

  @Test
  void proyectoSinDesarrolloHastaElActaDeCierreSuscrita() throws Exception {
    String n = proyectoDerivado();
    documentacionYPlanes(n, false);
    informeDeEstado(n, "enero de 2027", "CONTINUAR");
    informeDeEstado(n, "febrero de 2027", "ULTIMO");
    // each report is its own document
    long informes =
        documentosDe(n).stream()
            .filter(d -> d.path("asunto").asText().startsWith("Informe del estado del proyecto"))
            .count();
    assertEquals(2, informes);
    paso(COORDINADOR, n, TI03, 11, "resultados", "Portal en producción");
    pasoConInstruccion(DIRECTOR_OTI, n, TI03, 12, "Añadir lecciones.", "informeFinal", "CAMBIOS");
    paso(
        COORDINADOR,
        n,
        TI03,
        11,
        "resultados",
        "Portal en producción",
        "lecciones",
        "Pilotos cortos");
    paso(DIRECTOR_OTI, n, TI03, 12, "informeFinal", "CONFORME");
    paso(COORDINADOR, n, TI03, 13, "fechaCierre", "2027-03-01", "entregables", "Acta\nInformes");
    // act. 14: P/OGA-TI-02 on the acta de cierre (an acta: suscrita by the Director General)
    long acta = entregable(n, "Acta de cierre del proyecto").path("id").asLong();
    FlujoDocumental.paso(COORDINADOR, acta, 1, Map.of());
    FlujoDocumental.paso(DIRECTOR_OTI, acta, 2, Map.of("decision", "CONFORME"));
    FlujoDocumental.paso(DIRECTOR_OTI, acta, 5, Map.of());
    FlujoDocumental.paso(SECRETARIA_OTI, acta, 6, Map.of());
    FlujoDocumental.paso(SECRETARIA_OGA, acta, 7, Map.of("revisionLegal", false));
    FlujoDocumental.paso(DIRECTOR_OGA, acta, 9, Map.of("decision", "CONFORME"));
    FlujoDocumental.paso(DIRECTOR_OGA, acta, 11, Map.of());
    FlujoDocumental.paso(SECRETARIA_OGA, acta, 13, Map.of());
    JsonNode firmada = documento(acta);
    assertEquals(List.of("VISTO_BUENO", "SUSCRIPCION"), firmasVigentes(firmada), firmada::toString);
    assertEquals(2, firmasValidasSegunPdfsig(contenido(acta)));
    paso(COORDINADOR, n, TI03, 15, "ubicacion", "Archivo de la OTI, estante 3");
    // the deliverables are searchable in the archive: the informe final's lessons, as a phrase
    long fin = System.currentTimeMillis() + 120_000;
    boolean hallado = false;
    String ultimo = "";
    while (!hallado && System.currentTimeMillis() < fin) {
      Respuesta r = get(DIRECTOR_OTI, "/archivo?q=%22pilotos+cortos%22");
      assertEquals(200, r.status(), r::toString);
      ultimo = r.texto();
      for (JsonNode h : r.json().path("resultados")) {
        hallado |=
            n.equals(h.path("expediente").asText()) && "DOCUMENTO".equals(h.path("clase").asText());
      }
      if (!hallado) {
        Thread.sleep(500);
      }
    }
    assertTrue(hallado, "el informe final en el archivo: " + ultimo);
    // every deliverable of the project, as drafted, is archival (PDF/A-2B for veraPDF)
    List<JsonNode> entregables = documentosDe(n);
    assertEquals(6, entregables.size(), entregables::toString); // two informes del estado
    for (JsonNode d : entregables) {
      Respuesta v1 =
          get(DIRECTOR_OTI, "/documentos/" + d.path("id").asLong() + "/contenido?version=1");
      assertEquals(200, v1.status(), v1::toString);
      assertEquals(List.of(), PdfA.fallas(v1.cuerpo()), () -> "PDF/A-2B: " + d.path("asunto"));
    }
    JsonNode hoja = hojaDeRuta(DIRECTOR_OTI, n);
    assertTrue(hoja.toString().contains("P/OGA-TI-03"), hoja::toString);
  }

  @Test
  void proyectoConDesarrolloCorreLosProcesosDeDesarrolloYPruebasOtraVez() {
    String n = proyectoDerivado();
    documentacionYPlanes(n, true);
    // act. 6: P/OGA-TI-04, internal and conforme at the first tests
    paso(DIRECTOR_OTI, n, TI04, 1);
    paso(COORDINADOR, n, TI04, 2, "evaluacion", "Interno.");
    paso(COORDINADOR, n, TI04, 3, "desarrolloInterno", "true", "analista", ANALISTA_OTI);
    desarrolloInternoHastaLaSolicitudDePruebas(n);
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
        "2026-12-20",
        "horaPase",
        "09:00");
    paso(DIRECTOR_OTI, n, TI04, 20);
    paso(REPRESENTANTE_DGM, n, TI04, 21);
    paso(ANALISTA_OTI, n, TI04, 22);
    paso(COORDINADOR, n, TI04, 23);
    paso(ESPECIALISTA_REDES, n, TI04, 24, "difusion", "Comunicado.");
    // act. 7: P/OGA-TI-05 again, as the MAPRO says
    pruebasConformes(n);
    informeDeEstado(n, "marzo de 2027", "CONTINUAR");
    // more reports to come and software development: P/OGA-TI-04 runs again (act. 6)
    assertTrue(tareaDe(DIRECTOR_OTI, n, TI04, 1).isPresent(), "act. 10 → 6: P/OGA-TI-04 otra vez");
  }

  @Test
  void laGestionDeProyectosSoloEmpiezaSobreUnExpedienteRecienRegistrado() {
    String n = registrarPublico("Proyecto tardío ");
    completarTI01(SECRETARIA_OGA, n, Map.of());
    problema(iniciar(SECRETARIA_OGA, n, TI03, null), 409);
    // an área usuaria's person cannot start the OTI's procedures
    String otro = registrarPublico("Otro ");
    problema(iniciar(REPRESENTANTE_DGM, otro, TI04, null), 403, 404);
  }
}
