package pe.gob.minem.tramite.interfaces.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.organizacion.Autenticacion;

/**
 * Concurrent calls with the same credentials while a check runs (an API client's calls when the
 * remembered check has expired) wait for that one check instead of each deriving PBKDF2.
 */
class IdentidadesDelPortalTest {

  private static final int LLAMADAS = 8;

  /** An authentication that counts its checks and holds the first one until released. */
  static final class AutenticacionRetenida extends Autenticacion {
    final AtomicInteger verificaciones = new AtomicInteger();
    final CountDownLatch empezo = new CountDownLatch(1);
    final CountDownLatch soltar = new CountDownLatch(1);
    final boolean valida;

    AutenticacionRetenida(boolean valida) {
      this.valida = valida;
    }

    @Override
    public Resultado autenticar(String usuario, String clave, String origen) {
      if (verificaciones.incrementAndGet() == 1) {
        empezo.countDown();
        try {
          soltar.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return valida
          ? new Resultado(true, Set.of(Autenticacion.USUARIO), null)
          : new Resultado(false, Set.of(), "CLAVE");
    }
  }

  private final ExecutorService hilos = Executors.newFixedThreadPool(LLAMADAS);

  @AfterEach
  void cerrar() {
    hilos.shutdownNow();
  }

  /** Starts the calls: the first one holds its check, the others are left waiting for it. */
  private List<Future<CredentialValidationResult>> llamadasConcurrentes(
      IdentidadesDelPortal identidades, AutenticacionRetenida autenticacion) throws Exception {
    List<Future<CredentialValidationResult>> resultados = new ArrayList<>();
    List<Thread> esperando = new ArrayList<>();
    resultados.add(
        hilos.submit(() -> identidades.validar("secretaria.oga", "Tramite2026!", "api")));
    autenticacion.empezo.await();
    for (int i = 1; i < LLAMADAS; i++) {
      resultados.add(
          hilos.submit(
              () -> {
                synchronized (esperando) {
                  esperando.add(Thread.currentThread());
                }
                return identidades.validar("secretaria.oga", "Tramite2026!", "api");
              }));
    }
    // the others are parked on the running check (not a timing assumption: their state)
    while (true) {
      synchronized (esperando) {
        if (esperando.size() == LLAMADAS - 1
            && esperando.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
          break;
        }
      }
      Thread.onSpinWait();
    }
    autenticacion.soltar.countDown();
    return resultados;
  }

  @Test
  void lasLlamadasConcurrentesCompartenUnaSolaVerificacionExitosa() throws Exception {
    var autenticacion = new AutenticacionRetenida(true);
    var identidades = new IdentidadesDelPortal();
    identidades.autenticacion = autenticacion;

    for (var r : llamadasConcurrentes(identidades, autenticacion)) {
      assertEquals(CredentialValidationResult.Status.VALID, r.get().getStatus());
      assertEquals("secretaria.oga", r.get().getCallerPrincipal().getName());
    }
    assertEquals(1, autenticacion.verificaciones.get());
    // and the success is remembered
    identidades.validar("secretaria.oga", "Tramite2026!", "api");
    assertEquals(1, autenticacion.verificaciones.get());
  }

  @Test
  void trasUnaFallaCadaLlamadaVerificaPorSuCuenta() throws Exception {
    var autenticacion = new AutenticacionRetenida(false);
    var identidades = new IdentidadesDelPortal();
    identidades.autenticacion = autenticacion;

    for (var r : llamadasConcurrentes(identidades, autenticacion)) {
      assertEquals(CredentialValidationResult.Status.INVALID, r.get().getStatus());
    }
    // a failure is never shared: every attempt is checked (and audited, and counts to the lock)
    assertEquals(LLAMADAS, autenticacion.verificaciones.get());
  }
}
