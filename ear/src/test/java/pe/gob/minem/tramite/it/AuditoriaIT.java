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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit chain on Payara Server with PostgreSQL: a row edited or deleted behind the portal's
 * back is named by {@code GET /auditoria/verificacion}; the viewer's filters and CSV;
 * administrators only. Each test tampers rows it caused and puts back their exact original values
 * in a finally block, so that the shared database's chain stays intact for the other tests. A cut
 * tail hidden by rewriting the head and the checkpoint table is named thanks to the checkpoint's
 * signed constancia; with the TSA down the checkpoint stays unsigned and the verification still
 * answers.
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

  /** The newest checkpoint row: id, place, hash, its constancia's SHA-256 (or null). */
  private record Punto(long id, long secuencia, String hash, String documento) {}

  private static Punto ultimoPunto() throws SQLException {
    try (Connection c = BaseDeDatos.conectar();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT id, secuencia, hash, documento_sha256 FROM punto_de_control_auditoria"
                        + " ORDER BY id DESC LIMIT 1")) {
      assertTrue(rs.next(), "sin puntos de control");
      return new Punto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }
  }

  private static void insertar(Connection c, Fila f) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO registro_auditoria (id, secuencia, fecha, usuario, evento, objeto, detalle,"
                + " hash_anterior, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setLong(1, f.id());
      st.setLong(2, f.secuencia());
      st.setTimestamp(3, f.fecha());
      st.setString(4, f.usuario());
      st.setString(5, f.evento());
      st.setString(6, f.objeto());
      st.setString(7, f.detalle());
      st.setString(8, f.hashAnterior());
      st.setString(9, f.hash());
      st.executeUpdate();
    }
  }

  private static void ejecutar(Connection c, String sentencia, Object... valores)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sentencia)) {
      for (int i = 0; i < valores.length; i++) {
        st.setObject(i + 1, valores[i]);
      }
      st.executeUpdate();
    }
  }

  /** Locks the chain's head, as the portal does before appending: no row is chained meanwhile. */
  private static long tomarCabeza(Connection c) throws SQLException {
    try (ResultSet rs =
        c.createStatement()
            .executeQuery("SELECT secuencia FROM cadena_auditoria WHERE id = 1 FOR UPDATE")) {
      rs.next();
      return rs.getLong(1);
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
  void unaColaCortadaConLaCabezaYElPuntoDeControlReescritosSeVePorLaConstanciaFirmada()
      throws SQLException {
    registrarValido("Corte " + UUID.randomUUID());
    // an intact verification takes a checkpoint of the head (its own row included) and signs it
    JsonNode v = get(ADMIN, "/auditoria/verificacion").json();
    assertTrue(v.path("intacta").asBoolean(), v::toString);
    Punto punto = ultimoPunto();
    assertTrue(punto.documento() != null, "punto de control sin constancia: " + punto);
    long corte = punto.secuencia() - 1; // the rows after this place are cut
    String hashDelCorte;
    long cabeza;
    String hashDeCabeza;
    List<Fila> cortadas = new ArrayList<>();
    try (Connection c = BaseDeDatos.conectar()) {
      c.setAutoCommit(false);
      cabeza = tomarCabeza(c);
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT id, secuencia, fecha, usuario, evento, objeto, detalle, hash_anterior,"
                      + " hash FROM registro_auditoria WHERE secuencia >= "
                      + corte
                      + " ORDER BY secuencia")) {
        while (rs.next()) {
          cortadas.add(
              new Fila(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getTimestamp(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
      hashDelCorte = cortadas.remove(0).hash(); // the last row kept
      hashDeCabeza = cortadas.get(cortadas.size() - 1).hash();
      assertEquals(cabeza, cortadas.get(cortadas.size() - 1).secuencia());
      // what someone with access to the database would do to hide the last rows: delete them,
      // move the head back, and make the checkpoints after the cut say the same
      ejecutar(c, "DELETE FROM registro_auditoria WHERE secuencia > ?", corte);
      ejecutar(
          c,
          "UPDATE cadena_auditoria SET secuencia = ?, hash = ? WHERE id = 1",
          corte,
          hashDelCorte);
      ejecutar(
          c,
          "UPDATE punto_de_control_auditoria SET secuencia = ?, hash = ? WHERE id = ?",
          corte,
          hashDelCorte,
          punto.id());
      c.commit();
    }
    try {
      Respuesta r = get(ADMIN, "/auditoria/verificacion");
      assertEquals(200, r.status(), r::toString);
      JsonNode alterada = r.json();
      assertEquals(false, alterada.path("intacta").asBoolean(), alterada::toString);
      JsonNode editado = fallaDe(alterada, "PUNTO_DE_CONTROL_ALTERADO", corte);
      assertTrue(editado != null, alterada::toString);
      assertTrue(
          editado.path("detalle").asText().contains("posición " + punto.secuencia()),
          alterada::toString);
      JsonNode cortada = fallaDe(alterada, "COLA_CORTADA", corte + 1);
      assertTrue(cortada != null, alterada::toString);
      assertTrue(
          cortada
              .path("detalle")
              .asText()
              .contains("un punto de control firmado la vio llegar a la " + punto.secuencia()),
          alterada::toString);
    } finally {
      try (Connection c = BaseDeDatos.conectar()) {
        c.setAutoCommit(false);
        tomarCabeza(c);
        // the verification above chained its own row after the cut: it goes with the cut chain
        ejecutar(c, "DELETE FROM registro_auditoria WHERE secuencia > ?", corte);
        for (Fila f : cortadas) {
          insertar(c, f);
        }
        ejecutar(
            c,
            "UPDATE cadena_auditoria SET secuencia = ?, hash = ? WHERE id = 1",
            cabeza,
            hashDeCabeza);
        ejecutar(
            c,
            "UPDATE punto_de_control_auditoria SET secuencia = ?, hash = ? WHERE id = ?",
            punto.secuencia(),
            punto.hash(),
            punto.id());
        ejecutar(c, "DELETE FROM punto_de_control_auditoria WHERE id > ?", punto.id());
        c.commit();
      }
    }
    JsonNode despues = get(ADMIN, "/auditoria/verificacion").json();
    assertTrue(despues.path("intacta").asBoolean(), despues::toString);
  }

  @Test
  void conLaTsaCaidaLaVerificacionRespondeYElPuntoDeControlQuedaSinFirmar() throws SQLException {
    try {
      // nothing listens on port 1 of the loopback: the TSA refuses at once
      Respuesta cambio =
          enviar(
              peticion(ADMIN, "/demo/pki/tsa")
                  .header("Content-Type", "application/json")
                  .PUT(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"url\":\"http://127.0.0.1:1/tsa\"}")));
      assertEquals(200, cambio.status(), cambio::toString);
      registrarValido("Sin TSA " + UUID.randomUUID());
      Respuesta r = get(ADMIN, "/auditoria/verificacion");
      assertEquals(200, r.status(), r::toString);
      assertTrue(r.json().path("intacta").asBoolean(), r::toString);
      Punto sinFirma = ultimoPunto();
      assertEquals(null, sinFirma.documento(), sinFirma::toString);
    } finally {
      enviar(peticion(ADMIN, "/demo/pki/tsa").DELETE());
    }
    JsonNode v = get(ADMIN, "/auditoria/verificacion").json();
    assertTrue(v.path("intacta").asBoolean(), v::toString);
    // the checkpoint this verification took once the TSA was back is signed
    assertTrue(ultimoPunto().documento() != null, "la TSA volvió y el punto siguió sin firmar");
    JsonNode otra = get(ADMIN, "/auditoria/verificacion").json();
    assertTrue(otra.path("puntosFirmados").asInt() >= 1, otra::toString);
    assertTrue(otra.path("ultimoPuntoFirmado").isTextual(), otra::toString);
  }

  @Test
  void unaCadenaDeMasDeUnaPaginaSeRecorreEntera() throws SQLException {
    // 1100 rows chained as the portal chains them (the walk reads 1000 at a time, outside any
    // transaction): they stay, a valid part of the shared chain
    int filas = 1100;
    try (Connection c = BaseDeDatos.conectar()) {
      c.setAutoCommit(false);
      long secuencia;
      String hash;
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT secuencia, hash FROM cadena_auditoria WHERE id = 1 FOR UPDATE")) {
        rs.next();
        secuencia = rs.getLong(1);
        hash = rs.getString(2);
      }
      long id;
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM registro_auditoria")) {
        rs.next();
        id = rs.getLong(1) + 10_000_000; // far from the ids the portal's sequence hands out
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO registro_auditoria (id, secuencia, fecha, usuario, evento, objeto,"
                  + " detalle, hash_anterior, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 1; i <= filas; i++) {
          secuencia++;
          var fecha = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
          String detalle = "fila " + i + " de " + filas;
          String nuevo =
              pe.gob.minem.tramite.domain.model.auditoria.HuellaDeRegistro.de(
                  secuencia, fecha, ADMIN, "PRUEBA_PAGINAS", "auditoria", detalle, hash);
          st.setLong(1, ++id);
          st.setLong(2, secuencia);
          st.setTimestamp(3, Timestamp.from(fecha));
          st.setString(4, ADMIN);
          st.setString(5, "PRUEBA_PAGINAS");
          st.setString(6, "auditoria");
          st.setString(7, detalle);
          st.setString(8, hash);
          st.setString(9, nuevo);
          st.addBatch();
          hash = nuevo;
        }
        st.executeBatch();
      }
      ejecutar(
          c, "UPDATE cadena_auditoria SET secuencia = ?, hash = ? WHERE id = 1", secuencia, hash);
      c.commit();
    }
    Respuesta r = get(ADMIN, "/auditoria/verificacion");
    assertEquals(200, r.status(), r::toString);
    JsonNode v = r.json();
    assertTrue(v.path("intacta").asBoolean(), v::toString);
    assertTrue(v.path("revisados").asLong() > filas, v::toString);
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
