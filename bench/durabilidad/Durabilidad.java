// Issue 13: acknowledged H2 commits lost to a SIGKILL, and commits/s (bench/durabilidad/h2-durabilidad.sh).
import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Mode "escribir URL threads seconds": commits rows, prints each acknowledged id; "contar URL": prints ids present. "medir URL threads n": commits/s. */
public class Durabilidad {
  public static void main(String[] a) throws Exception {
    String modo = a[0], url = a[1];
    if (modo.equals("contar")) {
      try (Connection c = DriverManager.getConnection(url, "sa", ""); ResultSet rs = c.createStatement().executeQuery("SELECT id FROM t")) {
        while (rs.next()) System.out.println(rs.getLong(1));
      }
      return;
    }
    int hilos = Integer.parseInt(a[2]);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id BIGINT PRIMARY KEY, relleno VARCHAR(1000))");
    }
    AtomicLong sig = new AtomicLong();
    int total = modo.equals("medir") ? Integer.parseInt(a[3]) : Integer.MAX_VALUE;
    AtomicInteger hechos = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(hilos);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int h = 0; h < hilos; h++) fs.add(pool.submit(() -> {
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        c.setAutoCommit(false);
        var ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
        while (hechos.getAndIncrement() < total) {
          long id = sig.incrementAndGet();
          ps.setLong(1, id); ps.setString(2, "x".repeat(500)); ps.executeUpdate();
          c.commit();
          if (!modo.equals("medir")) { synchronized (System.out) { System.out.println(id); System.out.flush(); } }
        }
      }
      return null;
    }));
    for (var f : fs) f.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.err.printf("%d commits, %d hilos, %d ms, %.0f commits/s%n", total, hilos, ms, total * 1000.0 / ms);
    pool.shutdown();
  }
}
