package pe.gob.minem.tramite.interfaces.fallas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.faces.application.ViewExpiredException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaidaDeLaBaseDeDatosTest {

  private static final Optional<FallaDeInfraestructura> BASE =
      Optional.of(FallaDeInfraestructura.BASE_DE_DATOS);

  private final AtomicLong reloj = new AtomicLong(1_000);
  private final AtomicBoolean responde = new AtomicBoolean(true);
  private final AtomicInteger sondeos = new AtomicInteger();
  private final CaidaDeLaBaseDeDatos caidas =
      new CaidaDeLaBaseDeDatos(
          reloj::get,
          Duration.ofSeconds(60),
          () -> {
            sondeos.incrementAndGet();
            return responde.get();
          });

  private static Throwable desconocida() {
    // what a transaction marked for rollback by a failure caught lower down looks like
    return new EJBException(new IllegalStateException("Transaction is not active"));
  }

  private static Throwable conexionRechazada() {
    return new EJBException(new SQLException("Connection to localhost:55432 refused", "08001"));
  }

  @Test
  void conLaBaseRespondiendoUnErrorDesconocidoEsUnDefecto() {
    assertEquals(Optional.empty(), caidas.de(desconocida()));
    assertEquals(1, sondeos.get());
  }

  @Test
  void conLaBaseSinResponderUnErrorDesconocidoEsLaBaseDeDatos() {
    responde.set(false);
    assertEquals(BASE, caidas.de(desconocida()));
  }

  @Test
  void unMinutoTrasUnaCaidaReconocidaUnErrorDesconocidoEsLaBaseDeDatos() {
    assertEquals(BASE, caidas.de(conexionRechazada()));
    // the database is back, but a request that met it dying fails in a way not recognised
    reloj.addAndGet(Duration.ofSeconds(59).toNanos());
    assertEquals(BASE, caidas.de(desconocida()));
    assertEquals(0, sondeos.get(), "dentro del minuto no hace falta sondear");
    // which itself counts as a failure: the minute starts again
    reloj.addAndGet(Duration.ofSeconds(59).toNanos());
    assertEquals(BASE, caidas.de(desconocida()));
    reloj.addAndGet(Duration.ofSeconds(61).toNanos());
    assertEquals(Optional.empty(), caidas.de(desconocida()));
  }

  @Test
  void reconocidaNoTomaLosDesconocidosPeroRecuerdaLaCaida() {
    responde.set(false);
    assertEquals(Optional.empty(), caidas.reconocida(desconocida()));
    assertEquals(0, sondeos.get());
    assertEquals(BASE, caidas.reconocida(conexionRechazada()));
    responde.set(true);
    assertEquals(BASE, caidas.de(desconocida()));
  }

  @Test
  void lasFallasDelClienteNoSeConfundenConUnaCaida() {
    responde.set(false);
    assertEquals(
        Optional.empty(),
        caidas.de(new RuntimeException(new ViewExpiredException("vista caducada", "/x.xhtml"))));
  }

  @Test
  void unDiscoLlenoSigueSiendoDiscoLlenoYNoMarcaCaida() {
    assertEquals(
        Optional.of(FallaDeInfraestructura.DISCO_LLENO),
        caidas.de(new java.io.IOException("No space left on device")));
    assertEquals(Optional.empty(), caidas.de(desconocida()));
  }

  @Test
  void elManejadorInvalidadoPorElPoolEsLaBaseDeDatos() {
    // Payara's ConnectionHolder once the pool destroyed the connection under it
    assertEquals(
        BASE, FallaDeInfraestructura.de(new EJBException(new SQLException("Connection closed"))));
    assertEquals(BASE, FallaDeInfraestructura.de(new SQLException("Invalid Connection")));
  }
}
