package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backup holds (ADR 0023): a few facts about it, the rows of each table of its database dump
 * and every file with its size, permissions and SHA-256. A text file of tab-separated lines, so
 * that an operator can read it and diff two of them; {@code SHA256SUMS} beside it lets {@code
 * sha256sum -c} check the files without the portal.
 */
public final class Manifiesto {

  public static final String NOMBRE = "MANIFIESTO";
  public static final String SUMAS = "SHA256SUMS";
  static final String FORMATO = "1";

  /** A file of the backup: its path inside the backup, mode (octal), size and SHA-256. */
  public record Archivo(String ruta, String modo, long bytes, String sha256) {}

  private final Map<String, String> datos = new LinkedHashMap<>();
  private final SortedMap<String, Long> tablas = new TreeMap<>();
  private final SortedMap<String, Archivo> archivos = new TreeMap<>();

  public Manifiesto() {
    datos.put("formato", FORMATO);
  }

  public Manifiesto dato(String clave, String valor) {
    datos.put(clave, valor);
    return this;
  }

  public Optional<String> dato(String clave) {
    return Optional.ofNullable(datos.get(clave));
  }

  public void tablas(Map<String, Long> filasPorTabla) {
    tablas.putAll(filasPorTabla);
  }

  public SortedMap<String, Long> tablas() {
    return Collections.unmodifiableSortedMap(tablas);
  }

  public void archivo(Archivo a) {
    if (a.ruta().indexOf('\t') >= 0 || a.ruta().indexOf('\n') >= 0) {
      throw new IllegalArgumentException("ruta con tabulador o salto de línea: " + a.ruta());
    }
    archivos.put(a.ruta(), a);
  }

  public Collection<Archivo> archivos() {
    return Collections.unmodifiableCollection(archivos.values());
  }

  public Optional<Archivo> archivo(String ruta) {
    return Optional.ofNullable(archivos.get(ruta));
  }

  public long bytes() {
    return archivos.values().stream().mapToLong(Archivo::bytes).sum();
  }

  /** Writes MANIFIESTO and SHA256SUMS into the backup's directory. */
  public void escribir(Path directorio) throws IOException {
    try (BufferedWriter w =
        Files.newBufferedWriter(directorio.resolve(NOMBRE), StandardCharsets.UTF_8)) {
      w.write(
          """
          # Respaldo de Trámite (ADR 0023). Campos separados por tabuladores:
          #   respaldo  CLAVE  VALOR
          #   tabla     ESQUEMA.TABLA  FILAS           (en la base de datos respaldada)
          #   archivo   MODO  BYTES  SHA-256  RUTA    (ruta dentro de este respaldo)
          # Compruebe los archivos sin el portal con: sha256sum -c SHA256SUMS
          """);
      for (var d : datos.entrySet()) {
        w.write("respaldo\t" + d.getKey() + "\t" + d.getValue() + "\n");
      }
      for (var t : tablas.entrySet()) {
        w.write("tabla\t" + t.getKey() + "\t" + t.getValue() + "\n");
      }
      for (Archivo a : archivos.values()) {
        w.write(
            "archivo\t" + a.modo() + "\t" + a.bytes() + "\t" + a.sha256() + "\t" + a.ruta() + "\n");
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(directorio.resolve(SUMAS), StandardCharsets.UTF_8)) {
      for (Archivo a : archivos.values()) {
        w.write(a.sha256() + "  " + a.ruta() + "\n");
      }
    }
  }

  /** Reads a backup's MANIFIESTO; a line it does not understand is an error, not skipped. */
  public static Manifiesto leer(Path directorio) throws IOException {
    Path archivo = directorio.resolve(NOMBRE);
    if (!Files.isRegularFile(archivo)) {
      throw new ErrorDeRespaldo(
          directorio + " no es un respaldo de Trámite: no tiene " + NOMBRE + ".");
    }
    Manifiesto m = new Manifiesto();
    int n = 0;
    for (String linea : Files.readAllLines(archivo, StandardCharsets.UTF_8)) {
      n++;
      if (linea.isEmpty() || linea.startsWith("#")) {
        continue;
      }
      String[] c = linea.split("\t", -1);
      try {
        switch (c[0]) {
          case "respaldo" -> m.datos.put(c[1], c[2]);
          case "tabla" -> m.tablas.put(c[1], Long.parseLong(c[2]));
          case "archivo" ->
              m.archivo(new Archivo(c[4], c[1], Long.parseLong(c[2]), c[3].toLowerCase()));
          default -> throw new IllegalArgumentException(c[0]);
        }
      } catch (RuntimeException e) {
        throw new ErrorDeRespaldo(
            "La línea " + n + " de " + archivo + " no se entiende: «" + linea + "».");
      }
    }
    if (!FORMATO.equals(m.datos.get("formato"))) {
      throw new ErrorDeRespaldo(
          archivo + " tiene el formato «" + m.datos.get("formato") + "»; este portal lee el 1.");
    }
    return m;
  }
}
