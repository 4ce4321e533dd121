package pe.gob.minem.tramite.interfaces.fallas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FallaDeInfraestructuraTest {

  private static Optional<FallaDeInfraestructura> de(Throwable t) {
    return FallaDeInfraestructura.de(new EJBException(new RuntimeException("envoltura", t)));
  }

  @Test
  void unaConexionRechazadaEsLaBaseDeDatos() {
    assertEquals(
        Optional.of(FallaDeInfraestructura.BASE_DE_DATOS),
        de(new SQLException("Connection to localhost:55432 refused", "08001")));
    assertEquals(
        Optional.of(FallaDeInfraestructura.BASE_DE_DATOS),
        de(new SQLTransientConnectionException("I/O error", "08006")));
  }

  @Test
  void postgresqlApagandoseOCaidoEsLaBaseDeDatos() {
    for (String estado : new String[] {"57P01", "57P02", "57P03", "53300"}) {
      assertEquals(
          Optional.of(FallaDeInfraestructura.BASE_DE_DATOS),
          de(new SQLException("terminating connection", estado)),
          estado);
    }
  }

  @Test
  void elPoolSinConexionSinSqlStateEsLaBaseDeDatos() {
    assertEquals(
        Optional.of(FallaDeInfraestructura.BASE_DE_DATOS),
        de(
            new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because:"
                    + " Connection to localhost:55432 refused.")));
  }

  @Test
  void unaCausaEnLaCadenaNextExceptionTambienCuenta() {
    var e = new SQLException("Batch entry 0 was aborted", (String) null);
    e.setNextException(new SQLException("An I/O error occurred", "08006"));
    assertEquals(Optional.of(FallaDeInfraestructura.BASE_DE_DATOS), de(e));
  }

  @Test
  void unDiscoLlenoEsDiscoLleno() {
    assertEquals(
        Optional.of(FallaDeInfraestructura.DISCO_LLENO),
        de(new IOException("No space left on device")));
    assertEquals(
        Optional.of(FallaDeInfraestructura.DISCO_LLENO),
        de(
            new UncheckedIOException(
                new FileSystemException("/d/x", null, "No space left on device"))));
    assertEquals(
        Optional.of(FallaDeInfraestructura.DISCO_LLENO),
        de(new IOException("Disk quota exceeded")));
  }

  @Test
  void loDemasNoEsInfraestructura() {
    assertTrue(de(new SQLException("duplicate key", "23505")).isEmpty());
    assertTrue(de(new SQLException("syntax error", "42601")).isEmpty());
    assertTrue(de(new IOException("Broken pipe")).isEmpty());
    assertTrue(de(new IllegalStateException("Error in allocating a connection")).isEmpty());
    assertTrue(FallaDeInfraestructura.de(new NullPointerException()).isEmpty());
  }

  @Test
  void unaConexionPerdidaAlConfirmarEsLaBaseDeDatos() {
    // what Payara threw when PostgreSQL crashed under a transaction (FallasIT)
    var xa =
        new javax.transaction.xa.XAException(
            "jakarta.resource.ResourceException: This Managed Connection is not valid as the"
                + " physical connection is not usable");
    assertEquals(
        Optional.of(FallaDeInfraestructura.BASE_DE_DATOS),
        de(new IllegalStateException("commit", xa)));
  }

  @Test
  void unaConexionCerradaAlConfirmarEsLaBaseDeDatos() {
    // what Payara threw in FallasIT (CI, 2026-12-03) when PostgreSQL stopped during the commit
    var xa =
        new javax.transaction.xa.XAException(
            "jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
    assertEquals(
        Optional.of(FallaDeInfraestructura.BASE_DE_DATOS),
        de(new IllegalStateException("jakarta.transaction.SystemException", xa)));
  }

  @Test
  void cadaFallaTieneElEstadoQueCorrespondeYLoDiceEnEspanol() {
    assertEquals(503, FallaDeInfraestructura.BASE_DE_DATOS.estado());
    assertTrue(FallaDeInfraestructura.BASE_DE_DATOS.reintentarEnSegundos() > 0);
    assertTrue(FallaDeInfraestructura.BASE_DE_DATOS.detalle().contains("no se completó"));
    assertEquals(507, FallaDeInfraestructura.DISCO_LLENO.estado());
    assertEquals(0, FallaDeInfraestructura.DISCO_LLENO.reintentarEnSegundos());
    assertTrue(FallaDeInfraestructura.DISCO_LLENO.detalle().contains("no se guardó ningún cambio"));
  }
}
