import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnCarpeta;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnS3;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;

/**
 * Stores, stores again (reuse) and reads N distinct files of TAMANO bytes in the filesystem store
 * and in the S3 store (s3proxy in this JVM, filesystem back end), in the same run. Not a test: a
 * measurement (bench/almacen/almacen-bench.sh).
 */
public class MedicionDelAlmacen {

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int tamano = Integer.parseInt(args[1]);
    Path trabajo = Files.createTempDirectory("almacen-bench");
    List<byte[]> archivos = new ArrayList<>();
    Random azar = new Random(20261203);
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[tamano];
      azar.nextBytes(b);
      archivos.add(b);
    }
    System.out.printf("%d archivos de %d KB%n%n", n, tamano / 1024);
    System.out.println("| Almacén | Guardar (archivos/s) | Guardar (MB/s) | Reutilizar (archivos/s) | Leer (archivos/s) | Leer (MB/s) |");
    System.out.println("|---|---|---|---|---|---|");
    // warm-up of both (JIT, connections), then the measured rounds
    medir("carpeta", AlmacenEnCarpeta.en(Files.createDirectories(trabajo.resolve("calentar"))), archivos.subList(0, Math.min(50, n)), false);
    medir("carpeta", AlmacenEnCarpeta.en(Files.createDirectories(trabajo.resolve("carpeta"))), archivos, true);
    try (var s3 = AlmacenEnS3.iniciar(Files.createDirectories(trabajo.resolve("s3proxy")))) {
      medir("s3", s3.almacen("tramite-documentos", "calentar/"), archivos.subList(0, Math.min(50, n)), false);
      medir("S3 (s3proxy en la misma JVM, HTTP local)", s3.almacen("tramite-documentos", "medicion/"), archivos, true);
    }
    System.exit(0);
  }

  private static void medir(String nombre, DocumentStore almacen, List<byte[]> archivos, boolean imprimir)
      throws Exception {
    long t0 = System.nanoTime();
    List<String> shas = new ArrayList<>();
    int i = 0;
    for (byte[] b : archivos) {
      var c = almacen.guardar(new ByteArrayInputStream(b), Long.MAX_VALUE);
      if (!c.nuevo()) throw new IllegalStateException(nombre + ": el archivo " + i + " no es nuevo");
      shas.add(c.sha256());
      i++;
    }
    long t1 = System.nanoTime();
    for (byte[] b : archivos) {
      if (almacen.guardar(new ByteArrayInputStream(b), Long.MAX_VALUE).nuevo()) throw new IllegalStateException("nuevo");
    }
    long t2 = System.nanoTime();
    long leidos = 0;
    for (String s : shas) {
      try (InputStream in = almacen.abrir(s)) {
        leidos += in.readAllBytes().length;
      }
    }
    long t3 = System.nanoTime();
    long bytes = archivos.stream().mapToLong(b -> b.length).sum();
    if (leidos != bytes) throw new IllegalStateException("se leyó " + leidos + " de " + bytes);
    if (imprimir) {
      int n = archivos.size();
      System.out.printf("| %s | %.0f | %.1f | %.0f | %.0f | %.1f |%n", nombre,
          n / seg(t0, t1), bytes / 1e6 / seg(t0, t1), n / seg(t1, t2), n / seg(t2, t3), bytes / 1e6 / seg(t2, t3));
    }
  }

  private static double seg(long a, long b) {
    return (b - a) / 1e9;
  }
}
