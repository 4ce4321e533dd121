package pe.gob.minem.tramite.application.monitoreo;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.application.monitoreo.AlertasAbiertas.Apertura;
import pe.gob.minem.tramite.application.monitoreo.FuentesDeMonitoreo.FuenteAutenticada;
import pe.gob.minem.tramite.domain.model.ServicioNoDisponibleException;

/**
 * The webhook's work: reads the body as its source's kind writes it, then each alert in its own
 * transaction (ADR 0028). A firing counts a repeat of the open alert of the same huella, or opens a
 * new one; when two calls race to open the same one, the database's unique index lets one win and
 * the other is counted as a repeat — on any node, with no lock in this JVM. A resolution closes the
 * open one. A source may send the same body again (Alertmanager retries a failed group): repeats
 * only add to the count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecepcionDeAlertas {

  /** Tries of repeat-or-open before giving up (each lost race means the winner is committed). */
  static final int INTENTOS = 10;

  @Inject AlertasAbiertas alertas;

  /** What a call did with its alerts. */
  public record Resultado(
      String fuente,
      int recibidas,
      List<Apertura> abiertas,
      int repetidas,
      int resueltas,
      int ignoradas) {}

  public Resultado recibir(FuenteAutenticada fuente, byte[] cuerpo) {
    List<AlertaRecibida> leidas = CuerpoDeAlertas.leer(cuerpo, fuente.tipo());
    List<Apertura> abiertas = new ArrayList<>();
    int repetidas = 0;
    int resueltas = 0;
    int ignoradas = 0;
    for (AlertaRecibida a : leidas) {
      if (a.resuelta()) {
        if (alertas.resolver(fuente, a)) {
          resueltas++;
        } else {
          ignoradas++;
        }
        continue;
      }
      var apertura = disparar(fuente, a);
      if (apertura == null) {
        repetidas++;
      } else {
        abiertas.add(apertura);
      }
    }
    return new Resultado(fuente.codigo(), leidas.size(), abiertas, repetidas, resueltas, ignoradas);
  }

  /** The opening, or null when the alert was open already and this firing was counted. */
  private Apertura disparar(FuenteAutenticada fuente, AlertaRecibida a) {
    for (int i = 0; i < INTENTOS; i++) {
      if (alertas.repetir(fuente.id(), a.huella()) > 0) {
        return null;
      }
      try {
        var abierta = alertas.abrir(fuente, a);
        if (abierta.isPresent()) {
          return abierta.get();
        }
      } catch (EJBException e) {
        // a lost race seen at commit rather than at the flush
        if (!AlertasAbiertas.esCarrera(e)) {
          throw e;
        }
      }
    }
    throw new ServicioNoDisponibleException(
        "No se pudo registrar la alerta "
            + a.huella()
            + " de "
            + fuente.codigo()
            + " tras "
            + INTENTOS
            + " intentos: vuelva a enviarla.");
  }
}
