package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.FlujoDocumental.*;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A batch of signatures whose node died (issue 17, ADR 0041): its rows are written in PostgreSQL as
 * a killed node leaves them (documents pending, a lease that nobody renews) and the running portal,
 * another node, takes it over and finishes it as the director who started it: every document signed
 * exactly once (DSS and pdfsig count one signature each), a task that is not his refused, and the
 * progress API reports it.
 */
class LoteRetomadoIT extends PruebaConElEar {

  private static final String NODO_MUERTO = "tramite-b-muerto01";

  @Test
  void elLoteDeUnNodoMuertoLoTerminaOtroNodoFirmandoCadaDocumentoUnaVez() throws Exception {
    List<Long> documentos = new ArrayList<>();
    List<String> tareas = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = documentoHastaElVistoBuenoDelDirector();
      documentos.add(id);
      tareas.add(tareaDelDocumento(DIRECTOR_OTI, id, 5));
    }
    tareas.add(1, "tarea-que-no-existe");
    String lote = loteDeUnNodoMuerto(DIRECTOR_OTI, tareas);

    // the progress is readable at once, from the database, and the resumption ends the batch
    JsonNode progreso = terminado(DIRECTOR_OTI, lote);
    assertEquals(4, progreso.path("total").asInt(), progreso::toString);
    assertEquals(4, progreso.path("resultados").size(), progreso::toString);
    int firmados = 0;
    for (JsonNode r : progreso.path("resultados")) {
      if (r.path("firmado").asBoolean()) {
        firmados++;
      } else {
        assertEquals("tarea-que-no-existe", r.path("tareaId").asText(), r::toString);
        assertFalse(r.path("mensaje").asText().isBlank());
      }
    }
    assertEquals(3, firmados, progreso::toString);
    for (long id : documentos) {
      JsonNode d = documento(id);
      assertEquals(1, d.path("firmas").size(), d::toString);
      assertEquals("TOTAL_PASSED", d.path("firmas").get(0).path("indicacion").asText());
      assertEquals(1, firmasValidasSegunPdfsig(contenido(id)), "pdfsig: una sola firma");
    }
    try (Connection c = BaseDeDatos.conectar();
        var st = c.prepareStatement("SELECT nodo FROM lote_de_firma WHERE id = ?")) {
      st.setString(1, lote);
      try (var rs = st.executeQuery()) {
        assertTrue(rs.next());
        assertNotEquals(NODO_MUERTO, rs.getString(1), "otro nodo tomó el lote");
      }
    }
    // the batch is still its owner's only
    assertEquals(404, get(DIRECTOR_OGA, "/firmas/lotes/" + lote).status());
  }

  @Test
  void elNodoQueRetomaUnLoteSoloFirmaLoQueEsDeSuDueno() throws Exception {
    long id = documentoHastaElVistoBuenoDelDirector();
    String tarea = tareaDelDocumento(DIRECTOR_OTI, id, 5);
    // a batch «of» someone without the director's cargo, with the director's task in it
    String lote = loteDeUnNodoMuerto(LEGAL_OGA, List.of(tarea));
    JsonNode progreso = terminado(LEGAL_OGA, lote);
    assertEquals(1, progreso.path("resultados").size(), progreso::toString);
    assertFalse(progreso.path("resultados").get(0).path("firmado").asBoolean(), progreso::toString);
    assertEquals(0, documento(id).path("firmas").size(), "nadie firmó por el director");
    // the director signs it himself, through the API, on the same database-backed batches
    Respuesta inicio =
        postJson(DIRECTOR_OTI, "/firmas/lotes", java.util.Map.of("tareas", List.of(tarea)));
    assertEquals(202, inicio.status(), inicio::toString);
    progreso = terminado(DIRECTOR_OTI, inicio.json().path("lote").asText());
    assertTrue(progreso.path("resultados").get(0).path("firmado").asBoolean(), progreso::toString);
    assertEquals(1, documento(id).path("firmas").size());
  }

  /** Writes a batch as a node that was killed leaves it: all pending, its lease long expired. */
  private static String loteDeUnNodoMuerto(String usuario, List<String> tareas) throws Exception {
    String lote = UUID.randomUUID().toString();
    try (Connection c = BaseDeDatos.conectar()) {
      try (var st =
          c.prepareStatement(
              "INSERT INTO lote_de_firma (id, usuario, total, inicio, nodo, vence)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")) {
        st.setString(1, lote);
        st.setString(2, usuario);
        st.setInt(3, tareas.size());
        st.setTimestamp(4, Timestamp.from(Instant.now()));
        st.setString(5, NODO_MUERTO);
        // the dead node's last renewal, long ago
        st.setTimestamp(6, Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")));
        st.executeUpdate();
      }
      for (int i = 0; i < tareas.size(); i++) {
        try (var st =
            c.prepareStatement(
                "INSERT INTO tarea_de_lote (lote_id, orden, tarea_id, estado)"
                    + " VALUES (?, ?, ?, 'PENDIENTE')")) {
          st.setString(1, lote);
          st.setInt(2, i);
          st.setString(3, tareas.get(i));
          st.executeUpdate();
        }
      }
    }

    return lote;
  }

  private static JsonNode terminado(String usuario, String lote) throws Exception {
    JsonNode progreso = null;
    for (int i = 0; i < 180; i++) {
      progreso = get(usuario, "/firmas/lotes/" + lote).json();
      if (progreso.has("fin")) {
        return progreso;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("nadie retomó el lote: " + progreso);
  }
}
