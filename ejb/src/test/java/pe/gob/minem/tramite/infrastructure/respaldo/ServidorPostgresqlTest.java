package pe.gob.minem.tramite.infrastructure.respaldo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** pg_dump needs host, port and database apart: read from the portal's JDBC URL. */
class ServidorPostgresqlTest {

  @Test
  void leeServidorPuertoBaseYSslmode() {
    var s =
        ServidorPostgresql.de(
            "jdbc:postgresql://db.minem.gob.pe:6432/tramite?sslmode=require&ApplicationName=x");
    assertEquals("db.minem.gob.pe", s.host());
    assertEquals(6432, s.puerto());
    assertEquals("tramite", s.base());
    assertEquals(Optional.of("require"), s.sslmode());
    assertEquals(
        "jdbc:postgresql://db.minem.gob.pe:6432/tramite_v?sslmode=require&ApplicationName=x",
        s.conBase("tramite_v").url());
  }

  @Test
  void sinPuertoEsEl5432YUnaIpv6VaEntreCorchetes() {
    var s = ServidorPostgresql.de("jdbc:postgresql://[::1]/tramite");
    assertEquals("::1", s.host());
    assertEquals(5432, s.puerto());
    assertEquals("jdbc:postgresql://[::1]:5432/tramite", s.url());
    assertEquals("localhost", ServidorPostgresql.de("jdbc:postgresql:tramite").host());
  }

  @Test
  void variosServidoresOSinBaseSeRechazan() {
    assertThrows(
        ErrorDeRespaldo.class, () -> ServidorPostgresql.de("jdbc:postgresql://a:5432,b:5432/t"));
    assertThrows(ErrorDeRespaldo.class, () -> ServidorPostgresql.de("jdbc:postgresql://a:5432/"));
    assertThrows(
        ErrorDeRespaldo.class, () -> ServidorPostgresql.de("jdbc:h2:file:data/db/tramite"));
  }
}
