package pe.gob.minem.tramite.it.falla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Fault injection for TransaccionIT, added to {@code tramite-ejb.jar} of the deployed EAR (never
 * part of the product). The application fires {@code ExpedienteRegistrado} and {@code
 * TareaCompletada} synchronously inside its transactions, before commit; this observer throws when
 * the asunto carries a marker, so the transaction must roll back completely.
 *
 * <p>It observes {@code Object} and reads the records by reflection on purpose: the test module
 * then compiles without the application's classes, and a renamed event shows up as a failing test
 * ("no se inyectó la falla"), not as a broken build.
 */
@ApplicationScoped
public class FallaInyectada {

  public static final String FALLA_REGISTRO = "[FALLA-REGISTRO]";
  public static final String FALLA_TAREA = "[FALLA-TAREA]";
  public static final String MARCA_LOG = "[FALLA-INYECTADA]";
  static final String EXPEDIENTE_REGISTRADO =
      "pe.gob.minem.tramite.application.expediente.ExpedienteRegistrado";
  static final String TAREA_COMPLETADA = "pe.gob.minem.tramite.application.bandeja.TareaCompletada";

  private static final Logger LOG = Logger.getLogger(FallaInyectada.class.getName());

  void activo(@Observes @Initialized(ApplicationScoped.class) Object contexto) {
    LOG.info(MARCA_LOG + " observador de fallas activo en " + contexto);
  }

  void alEvento(@Observes Object evento) {
    String tipo = evento.getClass().getName();
    String marca;
    if (EXPEDIENTE_REGISTRADO.equals(tipo)) {
      marca = FALLA_REGISTRO;
    } else if (TAREA_COMPLETADA.equals(tipo)) {
      marca = FALLA_TAREA;
    } else {
      return;
    }
    String asunto = leer(evento, "asunto");
    if (asunto != null && asunto.contains(marca)) {
      String numero = leer(evento, "numero");
      LOG.warning(
          MARCA_LOG
              + " "
              + evento.getClass().getSimpleName()
              + " "
              + numero
              + ": se lanza la falla");
      throw new IllegalStateException(
          "falla inyectada por la prueba en " + evento.getClass().getSimpleName() + " " + numero);
    }
  }

  private static String leer(Object registro, String componente) {
    try {
      Method m = registro.getClass().getMethod(componente);
      Object v = m.invoke(registro);
      return v == null ? null : v.toString();
    } catch (ReflectiveOperationException e) {
      LOG.warning(MARCA_LOG + " no se pudo leer " + componente + " de " + registro + ": " + e);
      return null;
    }
  }
}
