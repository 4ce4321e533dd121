package pe.gob.minem.tramite.infrastructure.workflow;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import pe.gob.minem.tramite.domain.model.plazo.CalendarioLaboral;

/**
 * The {@code plazos} bean of the process expressions that {@link TemporizadoresDePlazo} adds to
 * each step with a plazo: the task's due date, the two timers' dates (the start of the plazo's last
 * business day, and the midnight after it), and what the timers do when they fire (a {@link
 * PlazoCumplido} event that the application turns into notices). Dates come from the engine's
 * clock, which tests move.
 */
public class Plazos {

  private static final Logger LOG = Logger.getLogger(Plazos.class.getName());
  private static final long VIGENCIA_MS = 10 * 60 * 1000L;

  private final DataSource dataSource;
  private final Clock reloj;
  private Consumer<PlazoCumplido> destino = Plazos::disparar;
  private volatile CalendarioLaboral calendario;
  private volatile long leidoEn;

  public Plazos(DataSource dataSource, Clock reloj) {
    this.dataSource = dataSource;
    this.reloj = reloj;
  }

  /** For tests with an engine of their own: where the fired timers go instead of CDI. */
  public void enviarA(Consumer<PlazoCumplido> destino) {
    this.destino = destino;
  }

  public Date vencimiento(DelegateExecution ejecucion, int dias) {
    return Date.from(calendario().vencimiento(ahora(), dias));
  }

  public Date aviso(DelegateExecution ejecucion, int dias) {
    return Date.from(calendario().aviso(ahora(), dias));
  }

  public void avisar(DelegateExecution ejecucion, String tarea, int dias) {
    destino.accept(
        new PlazoCumplido(
            PlazoCumplido.Momento.AVISO, ejecucion.getProcessInstanceId(), tarea, dias));
  }

  public void vencer(DelegateExecution ejecucion, String tarea, int dias) {
    destino.accept(
        new PlazoCumplido(
            PlazoCumplido.Momento.VENCIMIENTO, ejecucion.getProcessInstanceId(), tarea, dias));
  }

  private Instant ahora() {
    return reloj.getCurrentTime().toInstant();
  }

  /** The holidays, read again at most every ten minutes or when an administrator edits them. */
  public CalendarioLaboral calendario() {
    CalendarioLaboral c = calendario;
    if (c == null || System.currentTimeMillis() - leidoEn > VIGENCIA_MS) {
      Set<LocalDate> f = feriados();
      c = new CalendarioLaboral(f == null ? Set.of() : f);
      if (f != null) { // a failed read is not kept: the next plazo reads again
        calendario = c;
        leidoEn = System.currentTimeMillis();
      }
    }
    return c;
  }

  public void olvidarFeriados() {
    calendario = null;
  }

  private Set<LocalDate> feriados() {
    Set<LocalDate> f = new HashSet<>();
    if (dataSource == null) {
      return f;
    }
    try (var con = dataSource.getConnection();
        var st = con.prepareStatement("SELECT fecha FROM feriado");
        var rs = st.executeQuery()) {
      while (rs.next()) {
        f.add(rs.getDate(1).toLocalDate());
      }
    } catch (SQLException e) {
      LOG.warning(
          () ->
              "No se pudieron leer los feriados; este plazo cuenta solo los fines de semana: " + e);
      return null;
    }
    return f;
  }

  private static void disparar(PlazoCumplido p) {
    CDI.current().getBeanManager().getEvent().select(PlazoCumplido.class).fire(p);
  }
}
