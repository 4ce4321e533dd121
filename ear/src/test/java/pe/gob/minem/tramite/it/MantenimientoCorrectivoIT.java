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
 * P/OGA-TI-10 Mantenimiento Correctivo de Equipos de Cómputo y Periféricos on Payara Server with
 * PostgreSQL, started by the Operador de Mesa de Ayuda on the user's request: repaired at once; a
 * loaned equipment, no warranty and no spare part (Informe técnico de reparación, the Gestión de
 * Adquisiciones void and then the part arriving, the repair failing once: back to act. 6); the
 * warranty covering the repair; the warranty not covering it (Informe técnico de falla and the
 * equipment replaced by Control Patrimonial). Refusals: a bad código patrimonial, the external
 * outcomes with bad data (400 in Spanish) and steps by the wrong person (403), nothing moved.
 */
class MantenimientoCorrectivoIT extends PruebaConElEar {

  private static final ZoneId LIMA = ZoneId.of("America/Lima");

  /** An expediente with P/OGA-TI-10 started and its service registered (act. 1). */
  private static String servicio(String codigoPatrimonial) {
    String n = registrarPublico("Equipo de la DGM que no enciende");
    Respuesta r = iniciar(OPERADOR_MDA, n, TI10, null);
    assertEquals(201, r.status(), r::toString);
    paso(
        OPERADOR_MDA,
        n,
        TI10,
        1,
        "codigoPatrimonial",
        codigoPatrimonial,
        "problema",
        "La computadora no enciende.",
        "usuarioDelEquipo",
        "Sofía Ríos Cárdenas",
        "medio",
        "CORREO");
    return n;
  }

  /** Acts. 20 to 22: the repaired equipment installed, the attention reported and closed. */
  private static void instalarYCerrar(String n) {
    paso(SOPORTE, n, TI10, 20);
    paso(SOPORTE, n, TI10, 21, "atencion", "Equipo reparado e instalado; usuario conforme.");
    paso(OPERADOR_MDA, n, TI10, 22);
    assertTrue(
        sinPasosPendientes(n, OPERADOR_MDA, SOPORTE, COORDINADOR_MDA, DIRECTOR_OTI),
        "P/OGA-TI-10 terminó");
  }

  /** The deliverable with these signatures in force, valid for DSS and pdfsig, PDF/A-2B. */
  private static JsonNode firmadoYArchivable(String n, String titulo, List<String> firmas)
      throws Exception {
    JsonNode d = documento(entregable(n, titulo).path("id").asLong());
    assertEquals(firmas, firmasVigentes(d), d::toString);
    d.path("firmas")
        .forEach(
            f -> {
              if (!f.path("anulada").asBoolean()) {
                assertEquals("TOTAL_PASSED", f.path("indicacion").asText(), f::toString);
              }
            });
    byte[] pdf = contenido(d.path("id").asLong());
    assertEquals(firmas.size(), firmasValidasSegunPdfsig(pdf), "pdfsig: " + titulo);
    assertEquals(List.of(), PdfA.fallas(pdf), "PDF/A-2B: " + titulo);
    return d;
  }

  @Test
  void reparadoAlDiagnosticarConElCodigoPatrimonialRevisado() {
    String n = registrarPublico("Impresora de la DGM atascada");
    // only the OTI's Director, its secretary or the Operador de Mesa de Ayuda start it
    problema(iniciar(SOPORTE, n, TI10, null), 403);
    assertEquals(201, iniciar(OPERADOR_MDA, n, TI10, null).status());
    String t1 = tarea(OPERADOR_MDA, n, TI10, 1);
    for (String malo : List.of("PC 1", "12345", "-740899500123", "A".repeat(21))) {
      JsonNode p =
          problema(
              intentarTarea(
                  OPERADOR_MDA,
                  t1,
                  campos(
                      "codigoPatrimonial",
                      malo,
                      "problema",
                      "Atasco de papel.",
                      "usuarioDelEquipo",
                      "Sofía Ríos",
                      "medio",
                      "TELEFONO"),
                  null),
              400);
      assertTrue(
          p.path("detail").asText().contains("código patrimonial")
              || p.path("detail").asText().contains("20"),
          p::toString);
    }
    assertEquals(t1, tarea(OPERADOR_MDA, n, TI10, 1), "act. 1 sigue pendiente");
    assertTrue(tareaDe(SOPORTE, n, TI10, 2).isEmpty(), "nada avanzó");
    paso(
        OPERADOR_MDA,
        n,
        TI10,
        1,
        "codigoPatrimonial",
        " pc-dgm-0042 ",
        "problema",
        "Atasco de papel.",
        "usuarioDelEquipo",
        "Sofía Ríos",
        "medio",
        "TELEFONO");
    assertTrue(
        hojaDeRuta(OPERADOR_MDA, n).toString().contains("equipo PC-DGM-0042"),
        () -> hojaDeRuta(OPERADOR_MDA, n).toString());
    // repaired at the diagnosis: straight to the report of the attention (2 → 21)
    paso(SOPORTE, n, TI10, 2, "diagnostico", "Rodillo sucio.", "resultadoDiagnostico", "REPARADO");
    paso(SOPORTE, n, TI10, 21, "atencion", "Rodillo limpiado; imprime.");
    paso(OPERADOR_MDA, n, TI10, 22);
    assertTrue(sinPasosPendientes(n, OPERADOR_MDA, SOPORTE), "P/OGA-TI-10 terminó");
  }

  @Test
  void conPrestamoSinGarantiaNiRepuestoHastaQueLlegaElRepuestoYFallaUnaVez() throws Exception {
    String n = servicio("740899500123");
    paso(
        SOPORTE,
        n,
        TI10,
        2,
        "diagnostico",
        "Fuente de poder quemada.",
        "resultadoDiagnostico",
        "PRESTAMO");
    paso(SOPORTE, n, TI10, 3, "equipoDePrestamo", "PC-BACKUP-07");
    paso(SOPORTE, n, TI10, 4);
    paso(SOPORTE, n, TI10, 5, "conGarantia", "false");
    paso(SOPORTE, n, TI10, 6, "repuesto", "Fuente ATX 500 W", "hayRepuestos", "false");
    informeDeReparacion(n);
    // the Gestión de Adquisiciones' outcome with bad data: no arrival date, arrival before the
    // order, a stranger recording it — refused, nothing moves
    String t9 = tarea(ANALISTA_OAS, n, TI10, 9);
    String antier = LocalDate.now(LIMA).minusDays(2).toString();
    String ayer = LocalDate.now(LIMA).minusDays(1).toString();
    JsonNode sinLlegada =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t9,
                campos(
                    "resultadoAdquisicion", "ORDEN", "numeroOrden", "OC-0311", "fechaOrden", ayer),
                null),
            400);
    assertTrue(
        sinLlegada.path("detail").asText().contains("llegó el repuesto"), sinLlegada::toString);
    JsonNode antes =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t9,
                campos(
                    "resultadoAdquisicion",
                    "ORDEN",
                    "numeroOrden",
                    "OC-0311",
                    "fechaOrden",
                    ayer,
                    "fechaLlegada",
                    antier),
                null),
            400);
    assertTrue(antes.path("detail").asText().contains("fecha de la orden"), antes::toString);
    problema(
        intentarTarea(SOPORTE, t9, campos("resultadoAdquisicion", "DESIERTO"), "Sin postores."),
        403);
    assertEquals(t9, tarea(ANALISTA_OAS, n, TI10, 9), "act. 9 sigue pendiente");
    assertTrue(tareaDe(REPRESENTANTE_DGM, n, TI10, 10).isEmpty(), "nada avanzó");
    assertTrue(tareaDe(SOPORTE, n, TI10, 6).isEmpty(), "nada avanzó");
    // void: back to the spare parts (act. 6), a second informe (version 2), then the part arrives
    pasoConInstruccion(
        ANALISTA_OAS,
        n,
        TI10,
        9,
        "No se presentaron postores.",
        "resultadoAdquisicion",
        "DESIERTO");
    paso(SOPORTE, n, TI10, 6, "repuesto", "Fuente ATX 500 W", "hayRepuestos", "false");
    informeDeReparacion(n);
    paso(
        ANALISTA_OAS,
        n,
        TI10,
        9,
        "resultadoAdquisicion",
        "ORDEN",
        "numeroOrden",
        "OC-0312",
        "fechaOrden",
        antier,
        "fechaLlegada",
        ayer);
    JsonNode informe =
        firmadoYArchivable(
            n, "Informe técnico de reparación", List.of("SUSCRIPCION", "VISTO_BUENO"));
    assertEquals(2, informe.path("versionActual").asInt(), informe::toString);
    paso(REPRESENTANTE_DGM, n, TI10, 10);
    // the repair fails: back to act. 6 (the loop 11 → 6), a part in stock, then operative
    pasoConInstruccion(
        SOPORTE,
        n,
        TI10,
        11,
        "Sigue sin encender: falla la memoria.",
        "reparacion",
        "Cambio de fuente.",
        "operativo",
        "false");
    paso(SOPORTE, n, TI10, 6, "repuesto", "Memoria DDR4 8 GB", "hayRepuestos", "true");
    paso(SOPORTE, n, TI10, 11, "reparacion", "Cambio de memoria.", "operativo", "true");
    paso(SOPORTE, n, TI10, 18, "huboPrestamo", "true");
    paso(SOPORTE, n, TI10, 19);
    instalarYCerrar(n);
  }

  /** Acts. 7 to 8: the Coordinador drafts and signs the informe, the Director gives his V°B°. */
  private static void informeDeReparacion(String n) {
    paso(
        COORDINADOR_MDA,
        n,
        TI10,
        7,
        "diagnostico",
        "Fuente de poder quemada.",
        "repuestos",
        "Fuente ATX 500 W | 1",
        "recomendacion",
        "Adquirir la fuente.");
    paso(COORDINADOR_MDA, n, TI10, 7);
    paso(DIRECTOR_OTI, n, TI10, 8);
  }

  @Test
  void laGarantiaCubreLaReparacion() throws Exception {
    String n = servicio("PC-DGM-0101");
    paso(
        SOPORTE,
        n,
        TI10,
        2,
        "diagnostico",
        "Disco dañado.",
        "resultadoDiagnostico",
        "SIN_PRESTAMO");
    paso(SOPORTE, n, TI10, 5, "conGarantia", "true");
    // the contractor's visit is the Operador de Soporte Técnico's step
    problema(
        intentarTarea(
            COORDINADOR_MDA,
            tarea(SOPORTE, n, TI10, 12),
            campos("reporteAlContratista", "CASO-77", "fechaVisita", "2026-12-01"),
            null),
        403);
    paso(SOPORTE, n, TI10, 12, "reporteAlContratista", "CASO-77", "fechaVisita", "2026-12-01");
    garantia(n, "true");
    firmadoYArchivable(n, "Reporte técnico de garantía", List.of("SUSCRIPCION"));
    paso(SOPORTE, n, TI10, 18, "huboPrestamo", "false");
    instalarYCerrar(n);
  }

  /** Act. 13: the contractor's visit in the Reporte técnico de garantía, signed by the operator. */
  private static void garantia(String n, String cubierto) {
    paso(
        SOPORTE,
        n,
        TI10,
        13,
        "fechaRevision",
        "2026-12-01",
        "tecnico",
        "Jorge Pérez",
        "empresa",
        "Servicios Informáticos SAC",
        "diagnosticoContratista",
        "Disco duro con sectores dañados.",
        "cubiertoPorGarantia",
        cubierto);
    paso(SOPORTE, n, TI10, 13);
  }

  @Test
  void laGarantiaNoCubreYControlPatrimonialReponeElEquipo() throws Exception {
    String n = servicio("PC-DGM-0202");
    paso(
        SOPORTE,
        n,
        TI10,
        2,
        "diagnostico",
        "Placa dañada.",
        "resultadoDiagnostico",
        "SIN_PRESTAMO");
    paso(SOPORTE, n, TI10, 5, "conGarantia", "true");
    paso(SOPORTE, n, TI10, 12, "reporteAlContratista", "CASO-78", "fechaVisita", "2026-12-01");
    garantia(n, "false");
    paso(
        COORDINADOR_MDA,
        n,
        TI10,
        14,
        "falla",
        "Placa madre dañada por sobretensión: la garantía no la cubre.",
        "recomendacion",
        "Reponer el equipo.");
    paso(COORDINADOR_MDA, n, TI10, 14);
    paso(DIRECTOR_OTI, n, TI10, 15);
    firmadoYArchivable(n, "Informe técnico de falla", List.of("SUSCRIPCION", "VISTO_BUENO"));
    // the replacement's outcome with bad data: a future date, the same código, a bad código, no
    // acta; a stranger — refused, nothing moves
    String t16 = tarea(ANALISTA_OAS, n, TI10, 16);
    String ayer = LocalDate.now(LIMA).minusDays(1).toString();
    String manana = LocalDate.now(LIMA).plusDays(2).toString();
    JsonNode futura =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t16,
                campos("fechaReposicion", manana, "actaDeReposicion", "ACTA-0012-2026"),
                null),
            400);
    assertTrue(futura.path("detail").asText().contains("posterior a hoy"), futura::toString);
    JsonNode mismo =
        problema(
            intentarTarea(
                ANALISTA_OAS,
                t16,
                campos(
                    "fechaReposicion",
                    ayer,
                    "actaDeReposicion",
                    "ACTA-0012-2026",
                    "codigoPatrimonialNuevo",
                    "pc-dgm-0202"),
                null),
            400);
    assertTrue(mismo.path("detail").asText().contains("es el mismo"), mismo::toString);
    problema(
        intentarTarea(
            ANALISTA_OAS,
            t16,
            campos(
                "fechaReposicion",
                ayer,
                "actaDeReposicion",
                "ACTA-0012-2026",
                "codigoPatrimonialNuevo",
                "PC 9"),
            null),
        400);
    JsonNode sinActa =
        problema(intentarTarea(ANALISTA_OAS, t16, campos("fechaReposicion", ayer), null), 400);
    assertEquals("actaDeReposicion", sinActa.path("campo").asText(), sinActa::toString);
    problema(
        intentarTarea(
            SOPORTE,
            t16,
            campos("fechaReposicion", ayer, "actaDeReposicion", "ACTA-0012-2026"),
            null),
        403);
    assertEquals(t16, tarea(ANALISTA_OAS, n, TI10, 16), "act. 16 sigue pendiente");
    assertTrue(tareaDe(REPRESENTANTE_DGM, n, TI10, 17).isEmpty(), "nada avanzó");
    paso(
        ANALISTA_OAS,
        n,
        TI10,
        16,
        "fechaReposicion",
        ayer,
        "actaDeReposicion",
        "ACTA-0012-2026",
        "codigoPatrimonialNuevo",
        "740899500999");
    assertTrue(
        hojaDeRuta(OPERADOR_MDA, n).toString().contains("nuevo código patrimonial 740899500999"),
        () -> hojaDeRuta(OPERADOR_MDA, n).toString());
    paso(REPRESENTANTE_DGM, n, TI10, 17);
    paso(SOPORTE, n, TI10, 11, "reparacion", "Equipo repuesto configurado.", "operativo", "true");
    paso(SOPORTE, n, TI10, 18, "huboPrestamo", "false");
    instalarYCerrar(n);
  }
}
