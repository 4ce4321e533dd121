package pe.gob.minem.tramite.application.idempotencia;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * Idempotency-Key (IETF draft, as Stripe's): a retried request with the same key and user within 24
 * hours gets the first answer instead of doing the work again. The key is reserved (a row under a
 * unique (usuario, clave)) before the work and its answer stored after it, in the work's own
 * transaction: a crash leaves both or neither. Of two requests with the same key at once, the
 * second waits at the reservation (PostgreSQL) and answers what the first stored, or, if the first
 * has not committed (H2 refuses at once), gets 409. Failed work is not remembered.
 */
@Stateless
public class Idempotencia {

  private static final Logger LOG = Logger.getLogger(Idempotencia.class.getName());

  public static final Duration VIGENCIA = Duration.ofHours(24);

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Resource SessionContext contexto;

  /**
   * The answer to the request: the remembered one, or the work's (remembered now).
   *
   * @param huella the request's fingerprint; asked after the work or, on a retry, instead of it
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Respuesta responder(String clave, Supplier<String> huella, Supplier<Respuesta> trabajo) {
    String usuario = personaActual.usuario();
    String k = validar(clave);
    Idempotencia yo = contexto.getBusinessObject(Idempotencia.class);
    try {
      return yo.enTransaccion(usuario, k, huella, trabajo);
    } catch (PeticionEnCursoException e) {
      // the other request committed meanwhile (PostgreSQL waits for it): its answer is ours
      return yo.recordada(usuario, k).map(r -> r.repetir(huella.get())).orElseThrow(() -> e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Respuesta enTransaccion(
      String usuario, String clave, Supplier<String> huella, Supplier<Respuesta> trabajo) {
    Instant ahora = Instant.now();
    Optional<RespuestaRecordada> previa = buscar(usuario, clave);
    if (previa.isPresent() && !previa.get().vencida(ahora)) {
      LOG.info(() -> "Idempotency-Key repetida por " + usuario + ": se devuelve la respuesta");
      return previa.get().repetir(huella.get());
    }
    // purge on insert: the expired keys of everyone (an index on expira keeps it cheap)
    em.createNamedQuery("RespuestaRecordada.vencidas").setParameter("ahora", ahora).executeUpdate();
    var reserva = new RespuestaRecordada(usuario, clave, ahora, ahora.plus(VIGENCIA));
    try {
      em.persist(reserva);
      em.flush();
    } catch (PersistenceException e) {
      throw new PeticionEnCursoException();
    }
    Respuesta r = trabajo.get();
    reserva.recordar(huella.get(), r);
    return r;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<RespuestaRecordada> recordada(String usuario, String clave) {
    return buscar(usuario, clave)
        .filter(r -> !r.vencida(Instant.now()))
        .filter(r -> r.huellaConocida());
  }

  private Optional<RespuestaRecordada> buscar(String usuario, String clave) {
    return em.createNamedQuery("RespuestaRecordada.de", RespuestaRecordada.class)
        .setParameter("usuario", usuario)
        .setParameter("clave", clave)
        .getResultStream()
        .findFirst();
  }

  /** 1 to 100 visible ASCII characters (a UUID fits). */
  static String validar(String clave) {
    if (clave == null
        || clave.isBlank()
        || clave.length() > 100
        || !clave.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new DatosInvalidosException(
          "Idempotency-Key",
          "La cabecera Idempotency-Key debe tener de 1 a 100 caracteres visibles (por ejemplo, un"
              + " UUID).");
    }
    return clave;
  }
}
