package pe.gob.minem.tramite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.gob.minem.tramite.it.Portal.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit chain on Payara Server with PostgreSQL: a row edited or deleted behind the portal's
 * back is named by {@code GET /auditoria/verificacion}; the viewer's filters and CSV;
 * administrators only. Each test tampers one row it caused and puts back its exact original values
 * in a finally block, so that the shared database's chain stays intact for the other tests.
 */
class AuditoriaIT extends PruebaConElEar {

  /** The audit row of a registration made for the test, in the middle of the chain. */
  private record Fila(
      long id,
      long secuencia,
      Timestamp fecha,
      String usuario,
      String evento,
      String objeto,
      String detalle,
      String hashAnterior,
      String hash) {}

  private static Fila filaDeUnRegistroNuevo() throws SQLException {
    String numero = registrarValido("Auditoría " + UUID.randomUUID()).path("numero").asText();
    // a verification writes a row after it: the tampered row is never the chain's last
    assertEquals(200, get(ADMIN, "/auditoria/verificacion").status());
    try (Connection c = BaseDeDatos.conectar();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, secuencia, fecha, usuario, evento, objeto, detalle, hash_anterior, hash"
                    + " FROM registro_auditoria WHERE objeto = ? AND evento ="
                    + " 'EXPEDIENTE_REGISTRADO'")) {
      st.setString(1, numero);
      try (ResultSet rs = st.executeQuery()) {
        assertTrue(rs.next(), "sin registro de auditoría de " + numero);
        return new Fila(
            rs.getLong(1),
            rs.getLong(2),
            rs.getTimestamp(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getString(9));
      }
    }
  }

  private static void sql(String sentencia, Object... valores) throws SQLException {
    try (Connection c = BaseDeDatos.conectar();
        PreparedStatement st = c.prepareStatement(sentencia)) {
      for (int i = 0; i < valores.length; i++) {
        st.setObject(i + 1, valores[i]);
      }
      st.executeUpdate();
    }
  }

  private static JsonNode fallaDe(JsonNode verificacion, String falla, long secuencia) {
    for (JsonNode r : verificacion.path("rotos")) {
      if (falla.equals(r.path("falla").asText()) && r.path("secuencia").asLong() == secuencia) {
        return r;
      }
    }
    return null;
  }

  @Test
  void unDetalleEditadoEnLaBaseSeNombraConSuIdYPosicion() throws SQLException {
    Fila f = filaDeUnRegistroNuevo();
    try {
      sql("UPDATE registro_auditoria SET detalle = 'nada que ver' WHERE id = ?", f.id());
      Respuesta r = get(ADMIN, "/auditoria/verificacion");
      assertEquals(200, r.status(), r::toString);
      JsonNode v = r.json();
      assertEquals(false, v.path("intacta").asBoolean(), v::toString);
      JsonNode roto = fallaDe(v, "CONTENIDO_ALTERADO", f.secuencia());
      assertTrue(roto != null, v::toString);
      assertEquals(f.id(), roto.path("id").asLong(), v::toString);
      assertTrue(roto.path("detalle").asText().contains("modificado"), v::toString);
    } finally {
      sql("UPDATE registro_auditoria SET detalle = ? WHERE id = ?", f.detalle(), f.id());
    }
    JsonNode despues = get(ADMIN, "/auditoria/verificacion").json();
    assertEquals(null, fallaDe(despues, "CONTENIDO_ALTERADO", f.secuencia()), despues::toString);
  }

  @Test
  void unRegistroBorradoSeNombraPorLaPosicionQueFalta() throws SQLException {
    Fila f = filaDeUnRegistroNuevo();
    try {
      sql("DELETE FROM registro_auditoria WHERE id = ?", f.id());
      JsonNode v = get(ADMIN, "/auditoria/verificacion").json();
      assertTrue(fallaDe(v, "FALTAN_REGISTROS", f.secuencia()) != null, v::toString);
    } finally {
      sql(
          "INSERT INTO registro_auditoria (id, secuencia, fecha, usuario, evento, objeto, detalle,"
              + " hash_anterior, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          f.id(),
          f.secuencia(),
          f.fecha(),
          f.usuario(),
          f.evento(),
          f.objeto(),
          f.detalle(),
          f.hashAnterior(),
          f.hash());
    }
    JsonNode despues = get(ADMIN, "/auditoria/verificacion").json();
    assertEquals(null, fallaDe(despues, "FALTAN_REGISTROS", f.secuencia()), despues::toString);
  }

  @Test
  void elVisorFiltraPorExpedienteYExportaCsv() {
    String numero = registrarValido("Visor " + UUID.randomUUID()).path("numero").asText();
    Respuesta r = get(ADMIN, "/auditoria?expediente=" + numero + "&evento=expediente_registrado");
    assertEquals(200, r.status(), r::toString);
    JsonNode p = r.json();
    assertEquals(1, p.path("total").asInt(), p::toString);
    JsonNode fila = p.path("items").get(0);
    assertEquals(SECRETARIA_OGA, fila.path("usuario").asText());
    assertEquals(64, fila.path("hash").asText().length(), fila::toString);

    Respuesta csv = get(ADMIN, "/auditoria?formato=csv&objeto=" + numero);
    assertEquals(200, csv.status(), csv::toString);
    assertTrue(csv.tipo().startsWith("text/csv"), csv::toString);
    String texto = csv.texto();
    assertTrue(texto.contains("secuencia,id,fecha,usuario,evento,objeto,detalle,hash"), texto);
    assertTrue(texto.contains("\"" + numero + "\""), texto);
  }

  @Test
  void soloUnAdministradorVeOVerificaLaAuditoria() {
    assertEquals(403, get(SECRETARIA_OGA, "/auditoria/verificacion").status());
    assertEquals(403, get(SECRETARIA_OGA, "/auditoria").status());
    assertEquals(403, get(DIRECTOR_OGA, "/auditoria?formato=csv").status());
  }
}
