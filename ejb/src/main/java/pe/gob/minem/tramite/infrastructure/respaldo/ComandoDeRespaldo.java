package pe.gob.minem.tramite.infrastructure.respaldo;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Java half of {@code bin/tramite backup | restore | backup --verify} (ADR 0023); the script
 * finds the portal, asks it for the H2 copy when it runs, and renames the finished backup. Plain
 * Java run from the EAR's jars (tramite-ejb, h2, postgresql) without a server. The database's
 * settings come in the environment (TRAMITE_DB_URL, TRAMITE_DB_USER, TRAMITE_DB_PASSWORD), so that
 * the password is on no command line.
 *
 * <pre>
 *   respaldar --datos DIR --destino DIR --motor h2|postgresql [--inicio ISO]
 *             [--copia-del-portal SQL.GZ --instante ISO]
 *   restaurar --origen DIR --datos DIR --motor h2|postgresql
 *   verificar --origen DIR
 * </pre>
 *
 * Exit codes: 0 all well; 1 done, with differences or warnings (each printed); 2 refused or failed.
 */
public final class ComandoDeRespaldo {

  private ComandoDeRespaldo() {}

  public static void main(String[] args) {
    int codigo;
    try {
      if (args.length == 0) {
        throw new ErrorDeRespaldo("falta la orden: respaldar, restaurar o verificar");
      }
      Map<String, String> opciones = opciones(args);
      codigo =
          switch (args[0]) {
            case "respaldar" -> respaldar(opciones);
            case "restaurar" -> restaurar(opciones);
            case "verificar" -> verificar(opciones);
            default -> throw new ErrorDeRespaldo("orden desconocida: " + args[0]);
          };
    } catch (ErrorDeRespaldo e) {
      decir(e.getMessage());
      codigo = 2;
    } catch (Exception e) {
      decir("error: " + e);
      e.printStackTrace();
      codigo = 2;
    }
    System.exit(codigo);
  }

  // ------------------------------------------------------------------ respaldar

  static int respaldar(Map<String, String> o) throws Exception {
    Instant inicio = o.containsKey("inicio") ? Instant.parse(o.get("inicio")) : Instant.now();
    Path datos = ruta(o, "datos");
    Path destino = ruta(o, "destino");
    String portal = o.get("copia-del-portal");
    BaseDelRespaldo base = base(o.get("motor"), datos, portal == null ? null : Path.of(portal));
    Manifiesto m = new Manifiesto().dato("motor", base.motor()).dato("inicio", inicio.toString());

    Path copia = destino.resolve(base.archivo());
    base.respaldar(copia);
    Instant instante =
        base instanceof BasePostgresql pg
            ? pg.instante()
            : o.containsKey("instante") ? Instant.parse(o.get("instante")) : inicio;
    m.dato("base-de-datos", instante.toString());
    m.archivo(CopiaDeDatos.huella(copia, base.archivo()));
    Instant finBase = Instant.now();
    long bytesBase = m.archivo(base.archivo()).orElseThrow().bytes();
    decir(
        "base de datos ("
            + base.motor()
            + ") copiada: "
            + megas(bytesBase)
            + " en "
            + segundos(inicio, finBase));

    // after the database's copy: every file it refers to was written before its row committed
    CopiaDeDatos.Copia archivos = CopiaDeDatos.respaldar(datos, destino);
    archivos.archivos().forEach(m::archivo);
    Instant finArchivos = Instant.now();
    decir(
        "archivos: "
            + archivos.archivos().size()
            + ", "
            + megas(m.bytes() - bytesBase)
            + " en "
            + segundos(finBase, finArchivos));

    SortedMap<String, Long> filas = base.filasDeLaCopia(copia);
    m.tablas(filas);
    Instant fin = Instant.now();
    m.dato("fin", fin.toString());
    m.escribir(destino);
    decir(
        "filas de la copia: "
            + filas.size()
            + " tablas, "
            + filas.values().stream().mapToLong(Long::longValue).sum()
            + " filas (contadas en "
            + segundos(finArchivos, fin)
            + ")");
    archivos
        .desaparecidos()
        .forEach(
            d ->
                decir(
                    "AVISO: "
                        + d
                        + " desapareció durante la copia (la conciliación lo movió a la"
                        + " cuarentena: ninguna fila lo usaba)"));
    archivos
        .alterados()
        .forEach(
            a ->
                decir(
                    "ALTERADO en el almacén (se copió tal cual; restáurelo de otro respaldo): "
                        + a));
    return archivos.alterados().isEmpty() ? 0 : 1;
  }

  // ------------------------------------------------------------------ restaurar

  static int restaurar(Map<String, String> o) throws Exception {
    Instant inicio = Instant.now();
    Path origen = ruta(o, "origen");
    Path datos = ruta(o, "datos");
    Manifiesto m = Manifiesto.leer(origen);
    String delRespaldo = m.dato("motor").orElse("?");
    if (!delRespaldo.equals(o.get("motor"))) {
      throw new ErrorDeRespaldo(
          "El respaldo es de una base "
              + delRespaldo
              + " y el portal está configurado para "
              + o.get("motor")
              + " (TRAMITE_DB): restáurelo en el mismo motor.");
    }
    BaseDelRespaldo base = base(delRespaldo, datos, null);
    List<String> ocupados = ocupados(datos);
    if (!ocupados.isEmpty()) {
      throw new ErrorDeRespaldo(
          "El directorio de datos "
              + datos
              + " no está vacío (tiene "
              + String.join(", ", ocupados)
              + "): se restaura solo en uno vacío, para no mezclar dos portales.");
    }
    Path copia = origen.resolve(base.archivo());
    comprobarCopia(origen, m, base.archivo());
    base.comprobarDestinoVacio();

    List<String> diferencias = CopiaDeDatos.restaurar(origen, m, datos);
    Instant finArchivos = Instant.now();
    SortedMap<String, Long> filas = base.restaurar(copia);
    diferencias.addAll(compararTablas(m.tablas(), filas, "tras restaurar"));
    Instant fin = Instant.now();
    decir(
        "restaurado el respaldo del "
            + m.dato("base-de-datos").orElse("?")
            + ": "
            + m.archivos().size()
            + " archivos ("
            + megas(m.bytes())
            + ") en "
            + segundos(inicio, finArchivos)
            + "; base de datos "
            + base.motor()
            + " ("
            + filas.size()
            + " tablas) en "
            + segundos(finArchivos, fin));
    return informar(diferencias);
  }

  // ------------------------------------------------------------------ verificar

  static int verificar(Map<String, String> o) throws Exception {
    Instant inicio = Instant.now();
    Path origen = ruta(o, "origen");
    Manifiesto m = Manifiesto.leer(origen);
    String motor = m.dato("motor").orElse("?");
    Path scratch = Files.createTempDirectory("tramite-verificacion");
    try {
      BaseDelRespaldo base = base(motor, scratch, null);
      List<String> diferencias = CopiaDeDatos.comprobar(origen, m);
      Instant finArchivos = Instant.now();
      Path copia = origen.resolve(base.archivo());
      boolean copiaIntacta =
          diferencias.stream().noneMatch(d -> d.startsWith(base.archivo() + ":"));
      if (copiaIntacta) {
        diferencias.addAll(
            compararTablas(m.tablas(), base.verificar(copia), "en la restauración de prueba"));
      }
      decir(
          "verificados "
              + m.archivos().size()
              + " archivos ("
              + megas(m.bytes())
              + ") en "
              + segundos(inicio, finArchivos)
              + (copiaIntacta
                  ? "; base de datos "
                      + motor
                      + " restaurada en una base temporal y contada en "
                      + segundos(finArchivos, Instant.now())
                  : "; la copia de la base de datos está dañada: no se restauró"));
      return informar(diferencias);
    } finally {
      try (Stream<Path> s = Files.walk(scratch)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  // ------------------------------------------------------------------ shared

  private static BaseDelRespaldo base(String motor, Path datos, Path copiaDelPortal) {
    String url = System.getenv("TRAMITE_DB_URL");
    String usuario = System.getenv().getOrDefault("TRAMITE_DB_USER", "tramite");
    String clave = System.getenv().getOrDefault("TRAMITE_DB_PASSWORD", "tramite");
    if ("h2".equals(motor)) {
      return new BaseH2(datos, usuario, clave, copiaDelPortal);
    }
    if ("postgresql".equals(motor)) {
      if (url == null || url.isBlank()) {
        throw new ErrorDeRespaldo(
            "Es un respaldo de PostgreSQL: indique el servidor con TRAMITE_DB=postgresql"
                + " TRAMITE_DB_URL=jdbc:postgresql://… TRAMITE_DB_USER=… TRAMITE_DB_PASSWORD=….");
      }
      return new BasePostgresql(url, usuario, clave);
    }
    throw new ErrorDeRespaldo("motor de base de datos desconocido: " + motor);
  }

  /** Refuses a database copy that is missing or does not match its manifest line. */
  private static void comprobarCopia(Path origen, Manifiesto m, String ruta)
      throws java.io.IOException {
    Manifiesto.Archivo esperado =
        m.archivo(ruta)
            .orElseThrow(
                () -> new ErrorDeRespaldo("El manifiesto no lista la copia de la base de datos."));
    Path copia = origen.resolve(ruta);
    if (!Files.isRegularFile(copia)) {
      throw new ErrorDeRespaldo("Falta la copia de la base de datos: " + copia);
    }
    List<String> d = new ArrayList<>();
    CopiaDeDatos.comparar(esperado, CopiaDeDatos.huella(copia, ruta), d);
    if (!d.isEmpty()) {
      throw new ErrorDeRespaldo(
          "La copia de la base de datos del respaldo está dañada: " + String.join("; ", d));
    }
  }

  /** What makes a data directory not empty: its files (empty folders do not count). */
  static List<String> ocupados(Path datos) throws java.io.IOException {
    if (!Files.exists(datos)) {
      return List.of();
    }
    TreeSet<String> primeros = new TreeSet<>();
    try (Stream<Path> s = Files.walk(datos)) {
      s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> datos.relativize(p).getName(0).toString())
          .forEach(primeros::add);
    }
    return new ArrayList<>(primeros);
  }

  static List<String> compararTablas(
      SortedMap<String, Long> esperadas, SortedMap<String, Long> halladas, String donde) {
    List<String> d = new ArrayList<>();
    TreeSet<String> todas = new TreeSet<>(esperadas.keySet());
    todas.addAll(halladas.keySet());
    for (String t : todas) {
      Long e = esperadas.get(t);
      Long h = halladas.get(t);
      if (e == null) {
        d.add("tabla " + t + ": no está en el manifiesto y tiene " + h + " filas " + donde);
      } else if (h == null) {
        d.add("tabla " + t + ": falta " + donde + " (el manifiesto dice " + e + " filas)");
      } else if (!e.equals(h)) {
        d.add("tabla " + t + ": " + h + " filas " + donde + "; el manifiesto dice " + e);
      }
    }
    return d;
  }

  private static int informar(List<String> diferencias) {
    if (diferencias.isEmpty()) {
      decir("todo coincide con el manifiesto (archivos: tamaño y SHA-256; tablas: filas)");
      return 0;
    }
    diferencias.forEach(d -> decir("DIFERENCIA: " + d));
    decir(diferencias.size() + " diferencias con el manifiesto");
    return 1;
  }

  private static Map<String, String> opciones(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new ErrorDeRespaldo("argumento no válido: " + args[i]);
      }
      o.put(args[i].substring(2), args[++i]);
    }
    return o;
  }

  private static Path ruta(Map<String, String> o, String nombre) {
    String v = o.get(nombre);
    if (v == null || v.isBlank()) {
      throw new ErrorDeRespaldo("falta --" + nombre);
    }
    return Path.of(v).toAbsolutePath().normalize();
  }

  static String megas(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  static String segundos(Instant desde, Instant hasta) {
    return String.format(
        java.util.Locale.ROOT, "%.1f s", Duration.between(desde, hasta).toMillis() / 1000.0);
  }

  private static void decir(String mensaje) {
    System.out.println("[tramite] " + mensaje);
  }
}
