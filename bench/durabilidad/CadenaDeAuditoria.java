// Issue 13: what the audit chain costs. Audited transactions per second and their p95, with the
// row chained exactly as Auditoria.guardar chains it (lock the head with PESSIMISTIC_WRITE, link,
// persist) and without (the same entity persisted outside the chain), in the same run, alternating,
// on the portal's own persistence unit, entities and Flyway schema
// (bench/durabilidad/cadena-auditoria.sh; docs/benchmark-portal.md, «Costo de la cadena»).
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.VerificadorDeCadena;

/** Arguments: URL USER PASSWORD THREADS TRANSACTIONS_PER_ROUND ROUNDS. */
public class CadenaDeAuditoria {

  enum Modo {
    SIN_CADENA("sin cadena"),
    CON_CADENA("con cadena");

    final String nombre;

    Modo(String nombre) {
      this.nombre = nombre;
    }
  }

  public static void main(String[] a) throws Exception {
    String url = a[0], usuario = a[1], clave = a[2];
    int hilos = Integer.parseInt(a[3]);
    int porRonda = Integer.parseInt(a[4]);
    int rondas = Integer.parseInt(a[5]);
    Flyway.configure(CadenaDeAuditoria.class.getClassLoader())
        .dataSource(url, usuario, clave)
        .locations("classpath:db/migration")
        .table("flyway_historial")
        .load()
        .migrate();
    Map<String, Object> p = new HashMap<>();
    p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    p.put("jakarta.persistence.jtaDataSource", "");
    p.put("jakarta.persistence.jdbc.url", url);
    p.put("jakarta.persistence.jdbc.user", usuario);
    p.put("jakarta.persistence.jdbc.password", clave);
    p.put("eclipselink.weaving", "false");
    p.put("eclipselink.logging.level", "WARNING");
    p.put("eclipselink.connection-pool.default.min", String.valueOf(hilos));
    p.put("eclipselink.connection-pool.default.max", String.valueOf(hilos));
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("tramite", p);
    ExecutorService pool = Executors.newFixedThreadPool(hilos);
    try {
      // warm-up of both paths (JIT, statement caches, sequence preallocation): not measured
      medir(emf, pool, hilos, Modo.SIN_CADENA, Math.min(porRonda, 500));
      medir(emf, pool, hilos, Modo.CON_CADENA, Math.min(porRonda, 500));
      Map<Modo, List<long[]>> latencias = new HashMap<>();
      Map<Modo, List<Double>> tasas = new HashMap<>();
      for (int r = 0; r < rondas; r++) {
        // alternate which goes first, so that a trend of the machine favours neither
        Modo[] orden =
            r % 2 == 0
                ? new Modo[] {Modo.SIN_CADENA, Modo.CON_CADENA}
                : new Modo[] {Modo.CON_CADENA, Modo.SIN_CADENA};
        for (Modo m : orden) {
          long t0 = System.nanoTime();
          long[] l = medir(emf, pool, hilos, m, porRonda);
          double segundos = (System.nanoTime() - t0) / 1e9;
          latencias.computeIfAbsent(m, k -> new ArrayList<>()).add(l);
          tasas.computeIfAbsent(m, k -> new ArrayList<>()).add(porRonda / segundos);
        }
      }
      for (Modo m : Modo.values()) {
        long[] todas = latencias.get(m).stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double[] t = tasas.get(m).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
            "%-10s hilos=%d  %6.0f transacciones/s (mediana de %d rondas; %.0f–%.0f)  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n",
            m.nombre,
            hilos,
            t[t.length / 2],
            rondas,
            t[0],
            t[t.length - 1],
            ms(todas, 0.50),
            ms(todas, 0.95),
            ms(todas, 0.99));
      }
      System.out.println("cadena: " + verificar(emf));
    } finally {
      pool.shutdown();
      emf.close();
    }
  }

  /** {@code n} one-row transactions over {@code hilos} threads; each one's latency in ns. */
  static long[] medir(EntityManagerFactory emf, ExecutorService pool, int hilos, Modo m, int n)
      throws Exception {
    long[] latencias = new long[n];
    AtomicInteger siguiente = new AtomicInteger();
    CountDownLatch largada = new CountDownLatch(1);
    List<Future<?>> tareas = new ArrayList<>();
    for (int h = 0; h < hilos; h++) {
      tareas.add(
          pool.submit(
              () -> {
                EntityManager em = emf.createEntityManager();
                try {
                  largada.await();
                  for (int i = siguiente.getAndIncrement(); i < n; i = siguiente.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    em.getTransaction().begin();
                    var r =
                        new RegistroAuditoria(
                            Instant.now(),
                            "secretaria.oga",
                            "EXPEDIENTE_REGISTRADO",
                            "EXP-2026-" + String.format("%06d", i),
                            "1 archivo(s)");
                    if (m == Modo.CON_CADENA) { // what Auditoria.guardar does
                      em.find(CabezaDeCadena.class, CabezaDeCadena.ID, LockModeType.PESSIMISTIC_WRITE)
                          .enlazar(r);
                    }
                    em.persist(r);
                    em.getTransaction().commit();
                    latencias[i] = System.nanoTime() - t0;
                    em.clear(); // a new persistence context per transaction, as in the container
                  }
                } finally {
                  if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                  }
                  em.close();
                }
                return null;
              }));
    }
    largada.countDown();
    for (Future<?> f : tareas) {
      f.get();
    }
    return latencias;
  }

  /** Walks the chained rows as the portal's verification does: they must all be in place. */
  static String verificar(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    try {
      var v = new VerificadorDeCadena(Map.of());
      em.createQuery(
              "SELECT r FROM RegistroAuditoria r WHERE r.secuencia IS NOT NULL ORDER BY r.secuencia",
              RegistroAuditoria.class)
          .getResultStream()
          .forEach(v::revisar);
      CabezaDeCadena c = em.find(CabezaDeCadena.class, CabezaDeCadena.ID);
      var rotos = v.terminar(c.getSecuencia(), c.getHash());
      return v.getRevisados()
          + " registros encadenados, "
          + (rotos.isEmpty() ? "intacta" : rotos.size() + " falla(s): " + rotos.get(0));
    } finally {
      em.close();
    }
  }

  static double ms(long[] ordenadas, double q) {
    return ordenadas[Math.min(ordenadas.length - 1, (int) Math.ceil(q * ordenadas.length) - 1)]
        / 1e6;
  }
}
