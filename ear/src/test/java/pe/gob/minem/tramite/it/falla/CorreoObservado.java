package pe.gob.minem.tramite.it.falla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;

/**
 * An observer of the portal's {@code CorreoRecibido} for CorreoIT, added with {@link
 * FallaInyectada} to the EJB module of the EAR with injected faults (never part of the product). It
 * logs each event it sees; a subject with {@link #RESPONDER} makes it answer the sender through the
 * outbox, in the event's transaction, as the help desk will; with {@link #FALLAR} it throws
 * afterwards, so the reception and the answer roll back together.
 *
 * <p>Like FallaInyectada it reads the event by reflection: the test module compiles without the
 * application's classes.
 */
@ApplicationScoped
public class CorreoObservado {

  public static final String RESPONDER = "[RESPONDER]";
  public static final String FALLAR = "[FALLAR]";
  public static final String MARCA_LOG = "[CORREO-OBSERVADO]";
  static final String CORREO_RECIBIDO = "pe.gob.minem.tramite.application.correo.CorreoRecibido";
  static final String BANDEJA = "pe.gob.minem.tramite.application.correo.BandejaDeSalida";
  static final String CORREO_SALIENTE = "pe.gob.minem.tramite.application.correo.CorreoSaliente";

  private static final Logger LOG = Logger.getLogger(CorreoObservado.class.getName());

  void alCorreo(@Observes Object evento) throws ReflectiveOperationException {
    if (!CORREO_RECIBIDO.equals(evento.getClass().getName())) {
      return;
    }
    String id = (String) leer(evento, "messageId");
    String asunto = (String) leer(evento, "asunto");
    String de = (String) leer(evento, "de");
    List<?> adjuntos = (List<?>) leer(evento, "adjuntos");
    LOG.info(
        MARCA_LOG
            + " "
            + id
            + " fila="
            + leer(evento, "id")
            + " adjuntos="
            + adjuntos.size()
            + " enRespuestaA="
            + leer(evento, "enRespuestaA"));
    if (asunto != null && asunto.contains(RESPONDER)) {
      ClassLoader cl = CorreoObservado.class.getClassLoader();
      Class<?> bandeja = Class.forName(BANDEJA, true, cl);
      Class<?> saliente = Class.forName(CORREO_SALIENTE, true, cl);
      Object correo =
          saliente.getConstructors()[0].newInstance(
              "respuesta:" + id, de, "Re: " + asunto, "Recibimos su correo.", null, "prueba", id);
      Object b = CDI.current().select(bandeja).get();
      bandeja.getMethod("encolar", saliente).invoke(b, correo);
    }
    if (asunto != null && asunto.contains(FALLAR)) {
      LOG.warning(FallaInyectada.MARCA_LOG + " CorreoRecibido " + id + ": se lanza la falla");
      throw new IllegalStateException("falla inyectada por la prueba en CorreoRecibido " + id);
    }
  }

  private static Object leer(Object registro, String componente)
      throws ReflectiveOperationException {
    Method m = registro.getClass().getMethod(componente);
    return m.invoke(registro);
  }
}
