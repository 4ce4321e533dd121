package pe.gob.minem.tramite.application.correo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;

/**
 * The outbox's SQL on H2 with the Flyway schema (V12): a key enqueued once, the sender woken only
 * after a commit, a due row claimed by one of two claimers, a lease that runs out, back-off and
 * FALLIDO.
 */
class BandejaDeSalidaEnH2Test {

  private static final Instant T0 = Instant.parse("2026-12-02T15:00:00Z");
  private static final Duration ARRIENDO = Duration.ofMinutes(2);

  private BaseDeDatosEnMemoria bd;
  private int despertares;
  private final List<Synchronization> sincronizaciones = new ArrayList<>();

  @BeforeEach
  void abrir() {
    bd = new BaseDeDatosEnMemoria();
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  private <T> T con(Function<EntityManager, T> trabajo) {
    return bd.obtener(trabajo);
  }

  private BandejaDeSalida bandeja(EntityManager em) {
    var b = new BandejaDeSalida();
    b.em = em;
    b.transporte = new TransporteDeCorreo();
    b.transporte.remitente = "Mesa de Ayuda OTI <mesadeayuda@minem.gob.pe>";
    b.envio =
        new EnvioDeCorreos() {
          @Override
          public void despertar() {
            despertares++;
          }
        };
    b.transacciones = new Registro();
    return b;
  }

  private ReclamoDeCorreos reclamo(EntityManager em) {
    var r = new ReclamoDeCorreos();
    r.em = em;
    return r;
  }

  private static CorreoSaliente correo(String clave) {
    return new CorreoSaliente(
        clave, "jose@ejemplo.pe", "Asunto", "Texto", "<p>Texto</p>", "TCK-2026-000001", null);
  }

  private void encolar(CorreoSaliente c) {
    sincronizaciones.clear();
    con(
        em -> {
          bandeja(em).encolar(c);
          return null;
        });
    sincronizaciones.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
  }

  private void marcarDebidos(Instant cuando) {
    con(
        em ->
            em.createNativeQuery("UPDATE correo_saliente SET proximo_intento = ?")
                .setParameter(1, java.sql.Timestamp.from(cuando))
                .executeUpdate());
  }

  private String estado(long id) {
    return con(
        em ->
            (String)
                em.createNativeQuery("SELECT estado FROM correo_saliente WHERE id = ?")
                    .setParameter(1, id)
                    .getSingleResult());
  }

  @Test
  void unaClaveSeEncolaUnaSolaVezYDespiertaAlEnvioTrasConfirmar() {
    encolar(correo("ticket:1:registrado"));
    encolar(correo("ticket:1:registrado"));
    long filas =
        con(
            em ->
                ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM correo_saliente")
                            .getSingleResult())
                    .longValue());
    assertEquals(1, filas);
    assertEquals(1, despertares, "solo el primero escribió algo que enviar");
  }

  @Test
  void unaTransaccionRevertidaNoDespiertaNiDejaFila() {
    sincronizaciones.clear();
    con(
        em -> {
          bandeja(em).encolar(correo("revertido"));
          em.getTransaction().setRollbackOnly();
          return null;
        });
    sincronizaciones.forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));
    assertEquals(0, despertares);
    marcarDebidos(T0);
    assertTrue(con(em -> reclamo(em).reclamar(10, T0, ARRIENDO)).isEmpty());
  }

  @Test
  void direccionInvalidaSeRechaza() {
    assertThrows(
        DatosInvalidosException.class,
        () ->
            con(
                em -> {
                  bandeja(em)
                      .encolar(new CorreoSaliente("x", "no es correo", "a", "b", null, null, null));
                  return null;
                }));
  }

  @Test
  void deDosReclamosSoloUnoTomaCadaCorreo() {
    encolar(correo("a"));
    encolar(correo("b"));
    marcarDebidos(T0);
    EntityManager uno = bd.entityManager();
    EntityManager otro = bd.entityManager();
    try {
      uno.getTransaction().begin();
      otro.getTransaction().begin();
      List<CorreoPorEnviar> primero = reclamo(uno).reclamar(10, T0, ARRIENDO);
      uno.getTransaction().commit();
      List<CorreoPorEnviar> segundo = reclamo(otro).reclamar(10, T0, ARRIENDO);
      otro.getTransaction().commit();
      assertEquals(2, primero.size());
      assertTrue(segundo.isEmpty(), "ya están en ENVIANDO con su arriendo");
    } finally {
      uno.close();
      otro.close();
    }
    CorreoPorEnviar c =
        con(em -> reclamo(em).reclamar(10, T0.plus(ARRIENDO).plusSeconds(1), ARRIENDO)).get(0);
    assertEquals("ENVIANDO", estado(c.id()), "un arriendo vencido se vuelve a reclamar");
    assertTrue(c.messageId().endsWith(".tramite@minem.gob.pe>"));
  }

  @Test
  void unFalloReprogramaConEsperaCrecienteYAlFinalQuedaFallido() {
    encolar(correo("k"));
    marcarDebidos(T0);
    Reintentos r = new Reintentos(Duration.ofSeconds(30), Duration.ofHours(1), 3);
    Instant ahora = T0;
    for (int i = 1; i <= 3; i++) {
      Instant t = ahora;
      List<CorreoPorEnviar> l = con(em -> reclamo(em).reclamar(10, t, ARRIENDO));
      assertEquals(1, l.size(), "intento " + i);
      assertTrue(
          con(em -> reclamo(em).reclamar(10, t, ARRIENDO)).isEmpty(),
          "mientras se envía nadie más lo toma");
      EstadoDeCorreo e = con(em -> reclamo(em).marcarFallo(l.get(0), "SMTP caído", r, t));
      assertEquals(i < 3 ? EstadoDeCorreo.PENDIENTE : EstadoDeCorreo.FALLIDO, e);
      if (i < 3) {
        Instant antes = t.plus(r.espera(i)).minusSeconds(1);
        assertTrue(con(em -> reclamo(em).reclamar(10, antes, ARRIENDO)).isEmpty());
      }
      ahora = t.plus(r.espera(i));
    }
    Instant despues = ahora.plus(Duration.ofDays(1));
    assertTrue(con(em -> reclamo(em).reclamar(10, despues, ARRIENDO)).isEmpty());
  }

  @Test
  void marcarEnviadoExigeLaVersionDelReclamo() {
    encolar(correo("v"));
    marcarDebidos(T0);
    CorreoPorEnviar c = con(em -> reclamo(em).reclamar(10, T0, ARRIENDO)).get(0);
    Instant vencido = T0.plus(ARRIENDO).plusSeconds(1);
    CorreoPorEnviar otraVez = con(em -> reclamo(em).reclamar(10, vencido, ARRIENDO)).get(0);
    boolean primero = con(em -> reclamo(em).marcarEnviado(c, vencido));
    boolean segundo = con(em -> reclamo(em).marcarEnviado(otraVez, vencido));
    assertFalse(primero, "el primer reclamo ya no vale");
    assertTrue(segundo);
    assertEquals("ENVIADO", estado(c.id()));
  }

  /** Just what the outbox uses of the container's registry. */
  private final class Registro implements TransactionSynchronizationRegistry {
    private final Map<Object, Object> recursos = new HashMap<>();

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      recursos.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return recursos.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      sincronizaciones.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
