package pe.gob.minem.tramite.application.idempotencia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/** Idempotency-Key on a real H2: a retry gets the first answer, never a second registration. */
class IdempotenciaEnH2Test {

  private BaseDeDatosEnMemoria bd;
  private final AtomicInteger registros = new AtomicInteger();

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  /** The registration the key protects: each run gives a new number. */
  private Supplier<Respuesta> registrar(long demora) {
    return () -> {
      int n = registros.incrementAndGet();
      try {
        Thread.sleep(demora);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Respuesta.creada("expedientes/EXP-2026-" + n, "{\"numero\":\"EXP-2026-" + n + "\"}");
    };
  }

  private Respuesta responder(String usuario, String clave, String huella, long demora) {
    return bd.obtener(
        em -> {
          var i = new Idempotencia();
          i.em = em;
          return i.enTransaccion(usuario, clave, () -> huella, registrar(demora));
        });
  }

  @Test
  void laMismaClaveDevuelveLaPrimeraRespuestaSinRegistrarOtraVez() {
    Respuesta primera = responder("secretaria.oga", "k-1", "h1", 0);
    Respuesta segunda = responder("secretaria.oga", "k-1", "h1", 0);
    assertEquals(1, registros.get());
    assertFalse(primera.repetida());
    assertTrue(segunda.repetida());
    assertEquals(primera.cuerpo(), segunda.cuerpo());
    assertEquals(primera.ubicacion(), segunda.ubicacion());
    assertEquals(201, segunda.estado());
  }

  @Test
  void laMismaClaveConOtroCuerpoSeRechaza() {
    responder("secretaria.oga", "k-2", "h1", 0);
    assertThrows(
        ClaveReutilizadaException.class, () -> responder("secretaria.oga", "k-2", "h2", 0));
    assertEquals(1, registros.get());
  }

  @Test
  void laClaveEsDeCadaUsuario() {
    responder("secretaria.oga", "k-3", "h1", 0);
    Respuesta otra = responder("mesadepartes", "k-3", "h1", 0);
    assertFalse(otra.repetida());
    assertEquals(2, registros.get());
  }

  @Test
  void unTrabajoFallidoNoSeRecuerda() {
    assertThrows(
        DatosInvalidosException.class,
        () ->
            bd.obtener(
                em -> {
                  var i = new Idempotencia();
                  i.em = em;
                  return i.enTransaccion(
                      "secretaria.oga",
                      "k-4",
                      () -> "h1",
                      () -> {
                        throw new DatosInvalidosException("asunto", "Falta el asunto.");
                      });
                }));
    assertFalse(responder("secretaria.oga", "k-4", "h1", 0).repetida());
  }

  @Test
  void unaClaveInvalidaSeRechaza() {
    assertThrows(DatosInvalidosException.class, () -> Idempotencia.validar(" "));
    assertThrows(DatosInvalidosException.class, () -> Idempotencia.validar("a\nb"));
    assertThrows(DatosInvalidosException.class, () -> Idempotencia.validar("x".repeat(101)));
    assertEquals("8f14e45f-ceea-467f", Idempotencia.validar("8f14e45f-ceea-467f"));
  }

  @Test
  void dosPeticionesConLaMismaClaveAlMismoTiempoRegistranUnaSolaVez() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    var largada = new CountDownLatch(1);
    Future<Object> a = pool.submit(() -> intentar(largada));
    Future<Object> b = pool.submit(() -> intentar(largada));
    largada.countDown();
    Object ra = a.get(30, TimeUnit.SECONDS);
    Object rb = b.get(30, TimeUnit.SECONDS);
    pool.shutdown();
    assertEquals(1, registros.get(), "registros: " + registros.get());
    // one answered; the other waited and got the same answer, or was told to repeat (409)
    long respondidas =
        java.util.stream.Stream.of(ra, rb).filter(Respuesta.class::isInstance).count();
    assertTrue(respondidas >= 1, ra + " / " + rb);
    for (Object r : new Object[] {ra, rb}) {
      assertTrue(
          r instanceof Respuesta || r instanceof PeticionEnCursoException, String.valueOf(r));
    }
    // afterwards the key answers with the one registration
    assertTrue(responder("secretaria.oga", "k-5", "h1", 0).repetida());
  }

  private Object intentar(CountDownLatch largada) throws InterruptedException {
    largada.await();
    try {
      return responder("secretaria.oga", "k-5", "h1", 300);
    } catch (PeticionEnCursoException e) {
      return e;
    }
  }
}
