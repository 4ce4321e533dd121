package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.it.falla.FallaInyectada;

/**
 * An operation that fails midway leaves nothing behind: {@link FallaInyectada}, deployed inside the
 * EJB module, throws from the events the application fires before commit (ExpedienteRegistrado when
 * the asunto carries [FALLA-REGISTRO], TareaCompletada when it carries [FALLA-TAREA]). Checked over
 * REST, on disk and directly in PostgreSQL (row counts of every table).
 */
class TransaccionIT extends PruebaConFallasInyectadas {

  private static String marca() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void registroQueFallaAMitadNoDejaNada() {
    String m = marca();
    String asunto = FallaInyectada.FALLA_REGISTRO + " registro que debe deshacerse " + m;
    Portal.archivoEnReposo();
    long archivosAntes = archivosGuardados();
    Map<String, Long> filasAntes = BaseDeDatos.filasPorTabla();

    Respuesta r =
        registrar(
            SECRETARIA_OGA,
            datosExpediente(asunto),
            pdf("oficio.pdf", "no debe quedar " + m),
            new Archivo("anexo.png", "image/png", Documentos.png()));
    assertTrue(
        r.status() != 201,
        "la falla no se inyectó: el registro respondió 201 (¿se dispara ExpedienteRegistrado"
            + " dentro de la transacción? ¿está FallaInyectada en tramite-ejb.jar?) "
            + r);
    problema(r);
    assertTrue(
        leerServerLog().contains(FallaInyectada.MARCA_LOG + " ExpedienteRegistrado"),
        "server.log no muestra que el observador inyectado lanzara la falla");

    assertEquals(0, buscar(SECRETARIA_OGA, m).path("total").asInt(), "ningún expediente queda");
    for (String u : USUARIOS) {
      if (u.equals(LEGAL_OGA)) {
        continue; // ExpedientesApiIT leaves this account locked on purpose (lockout test)
      }
      assertTrue(
          bandeja(u).stream().noneMatch(t -> t.path("asunto").asText().contains(m)),
          () -> "queda una tarea en la bandeja de " + u);
    }
    assertEquals(archivosAntes, archivosGuardados(), "ningún archivo nuevo en documentos/");
    Map<String, String> cambios = BaseDeDatos.diferencias(filasAntes, BaseDeDatos.filasPorTabla());
    assertTrue(cambios.isEmpty(), () -> "filas que quedaron tras el rollback: " + cambios);

    // the same registration without the marker works: the failure was the injected one
    JsonNode bien = registrarValido("Registro normal tras la falla " + m);
    assertEquals("REGISTRADO", bien.path("estado").asText());
  }

  @Test
  void tareaQueFallaAMitadNoAvanza() {
    String m = marca();
    String asunto = FallaInyectada.FALLA_TAREA + " tarea que debe deshacerse " + m;
    JsonNode registrado = registrarValido(asunto);
    String numero = registrado.path("numero").asText();

    // 1) task not claimed: completing it fails and the task stays as it was
    intentarYComprobar(numero, "sin reclamar");

    // 2) task claimed by the secretary: completing fails and it stays claimed by her
    JsonNode t = tarea(SECRETARIA_OGA, numero);
    Respuesta reclamo = reclamar(SECRETARIA_OGA, t.path("id").asText());
    assertTrue(reclamo.status() / 100 == 2, reclamo::toString);
    assertEquals(SECRETARIA_OGA, tarea(SECRETARIA_OGA, numero).path("asignado").asText());
    intentarYComprobar(numero, "reclamada");
    assertTrue(
        leerServerLog().contains(FallaInyectada.MARCA_LOG + " TareaCompletada"),
        "server.log no muestra que el observador inyectado lanzara la falla");
  }

  private static void intentarYComprobar(String numero, String caso) {
    JsonNode tareaAntes = tarea(SECRETARIA_OGA, numero);
    JsonNode expAntes = expediente(SECRETARIA_OGA, numero);
    int movimientosAntes = hojaDeRuta(SECRETARIA_OGA, numero).size();
    Portal.archivoEnReposo();
    long archivosAntes = archivosGuardados();
    Map<String, Long> filasAntes = BaseDeDatos.filasPorTabla();

    Respuesta r =
        completar(
            SECRETARIA_OGA, tareaAntes.path("id").asText(), Map.of("instruccion", "Para despacho"));
    if (caso.equals("reclamada")) {
      assertTrue(
          r.status() != 200,
          "la falla no se inyectó: completar respondió 200 (¿se dispara TareaCompletada dentro de"
              + " la transacción?) "
              + r);
    }
    if (r.status() == 200) {
      throw new AssertionError(
          "[" + caso + "] completar una tarea con falla inyectada respondió 200");
    }
    problema(r);

    JsonNode tareaDespues = tarea(SECRETARIA_OGA, numero);
    assertEquals(
        tareaAntes.path("id"), tareaDespues.path("id"), "[" + caso + "] la misma tarea sigue");
    assertEquals(tareaAntes.path("actividad"), tareaDespues.path("actividad"), caso);
    assertEquals(
        tareaAntes.path("asignado"),
        tareaDespues.path("asignado"),
        "[" + caso + "] asignación intacta");
    for (String u : List.of(DIRECTOR_OGA, SECRETARIA_OTI, DIRECTOR_OTI, ANALISTA_OTI)) {
      assertTrue(tareaDe(u, numero).isEmpty(), () -> "[" + caso + "] la tarea no pasó a " + u);
    }
    assertEquals(
        movimientosAntes,
        hojaDeRuta(SECRETARIA_OGA, numero).size(),
        "[" + caso + "] hoja de ruta sin movimiento nuevo");
    JsonNode expDespues = expediente(SECRETARIA_OGA, numero);
    for (String campo : List.of("estado", "unidadActual", "responsable")) {
      assertEquals(expAntes.path(campo), expDespues.path(campo), "[" + caso + "] " + campo);
    }
    assertEquals(archivosAntes, archivosGuardados(), "[" + caso + "] documentos/");
    Map<String, String> cambios = BaseDeDatos.diferencias(filasAntes, BaseDeDatos.filasPorTabla());
    assertTrue(
        cambios.isEmpty(), () -> "[" + caso + "] filas que quedaron tras el rollback: " + cambios);
  }
}
