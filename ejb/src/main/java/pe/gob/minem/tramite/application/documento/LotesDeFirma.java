package pe.gob.minem.tramite.application.documento;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The batches of signatures in progress and just finished, for their progress bars. */
@ApplicationScoped
public class LotesDeFirma {

  /** The outcome of one document of a batch. */
  public record Resultado(
      String tareaId, String numero, String documento, boolean firmado, String mensaje)
      implements java.io.Serializable {}

  /** What a batch has done so far. */
  public record Progreso(
      String id,
      String usuario,
      int total,
      List<Resultado> resultados,
      Instant inicio,
      Instant fin) {
    public int hechos() {
      return resultados.size();
    }

    public boolean terminado() {
      return fin != null;
    }

    public long firmados() {
      return resultados.stream().filter(Resultado::firmado).count();
    }
  }

  private static final class Lote {
    final String usuario;
    final int total;
    final List<Resultado> resultados = Collections.synchronizedList(new ArrayList<>());
    final Instant inicio = Instant.now();
    volatile Instant fin;

    Lote(String usuario, int total) {
      this.usuario = usuario;
      this.total = total;
    }
  }

  private final Map<String, Lote> lotes = new ConcurrentHashMap<>();

  public String abrir(String usuario, int total) {
    Instant hace = Instant.now().minusSeconds(3600);
    lotes.values().removeIf(l -> l.fin != null && l.fin.isBefore(hace));
    String id = UUID.randomUUID().toString();
    lotes.put(id, new Lote(usuario, total));
    return id;
  }

  /** Records one outcome; the batch is finished when every document has one. */
  public void anotar(String id, Resultado r) {
    Lote l = lotes.get(id);
    synchronized (l.resultados) {
      l.resultados.add(r);
      if (l.resultados.size() >= l.total) {
        l.fin = Instant.now();
      }
    }
  }

  /** The batch's progress, only for the person who started it. */
  public Progreso progreso(String id, String usuario) {
    Lote l = lotes.get(id);
    if (l == null || !l.usuario.equals(usuario)) {
      return null;
    }
    synchronized (l.resultados) {
      return new Progreso(id, l.usuario, l.total, List.copyOf(l.resultados), l.inicio, l.fin);
    }
  }
}
