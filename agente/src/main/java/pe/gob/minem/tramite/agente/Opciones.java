package pe.gob.minem.tramite.agente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The agent's settings, from the command line and an optional file ({@code --config}, one {@code
 * nombre = valor} per line: what an installer writes).
 */
record Opciones(
    int puerto,
    Set<String> origenes,
    Path pkcs11,
    boolean windows,
    boolean consola,
    Accion accion) {

  static final int PUERTO = 18650;

  enum Accion {
    ATENDER,
    AYUDA,
    VERSION
  }

  static final String AYUDA =
      """
      tramite-agente — agente de firma digital del portal Trámite (MINEM)

      Firma en su computadora, con su DNIe o token, los documentos que usted elige en el portal.
      La clave nunca sale del dispositivo y el PIN se pide en una ventana del agente.

      Uso: tramite-agente --origen https://tramite.minem.gob.pe [opciones]

        --origen URL       portal que puede pedir firmas (se puede repetir; obligatorio)
        --pkcs11 RUTA      módulo PKCS#11 del token (por defecto, el de OpenSC si está instalado)
        --sin-pkcs11       no usar PKCS#11 (solo el almacén de Windows)
        --sin-windows      en Windows, no usar el almacén de certificados del usuario
        --puerto N         puerto en 127.0.0.1 (por defecto 18650)
        --consola          pedir el PIN en la consola aunque haya pantalla
        --config ARCHIVO   leer las opciones de un archivo (origen = …, pkcs11 = …, puerto = …)
        --version          mostrar la versión
        --ayuda            mostrar esta ayuda
      """;

  static Opciones leer(String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).equals("--config")) {
        if (i + 1 >= a.size()) {
          throw new IllegalArgumentException("--config necesita un archivo");
        }
        Path archivo = Path.of(a.get(i + 1));
        a.remove(i + 1);
        a.remove(i);
        a.addAll(0, delArchivo(archivo));
        break;
      }
    }
    int puerto = PUERTO;
    List<String> origenes = new ArrayList<>();
    Path pkcs11 = null;
    boolean sinPkcs11 = false;
    boolean windows = AlmacenWindows.disponible();
    boolean consola = false;
    Accion accion = Accion.ATENDER;
    for (int i = 0; i < a.size(); i++) {
      String o = a.get(i);
      switch (o) {
        case "--origen" -> origenes.add(valor(a, ++i, o));
        case "--pkcs11" -> pkcs11 = Path.of(valor(a, ++i, o));
        case "--sin-pkcs11" -> sinPkcs11 = true;
        case "--sin-windows" -> windows = false;
        case "--puerto" -> {
          try {
            puerto = Integer.parseInt(valor(a, ++i, o));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--puerto debe ser un número");
          }
          if (puerto < 1 || puerto > 65535) {
            throw new IllegalArgumentException("--puerto debe estar entre 1 y 65535");
          }
        }
        case "--consola" -> consola = true;
        case "--ayuda", "-h", "--help" -> accion = Accion.AYUDA;
        case "--version" -> accion = accion == Accion.AYUDA ? accion : Accion.VERSION;
        default -> throw new IllegalArgumentException("Opción desconocida: " + o);
      }
    }
    if (accion == Accion.ATENDER && origenes.isEmpty()) {
      throw new IllegalArgumentException(
          "Indique con --origen la dirección del portal que puede pedir firmas"
              + " (p. ej. --origen https://tramite.minem.gob.pe)");
    }
    if (!sinPkcs11 && pkcs11 == null) {
      pkcs11 = moduloPorDefecto();
    }
    return new Opciones(
        puerto,
        PoliticaDeOrigen.normalizar(origenes),
        sinPkcs11 ? null : pkcs11,
        windows,
        consola,
        accion);
  }

  private static String valor(List<String> a, int i, String opcion) {
    if (i >= a.size() || a.get(i).startsWith("--")) {
      throw new IllegalArgumentException(opcion + " necesita un valor");
    }
    return a.get(i);
  }

  private static List<String> delArchivo(Path archivo) throws IOException {
    List<String> r = new ArrayList<>();
    for (String linea : Files.readAllLines(archivo)) {
      String l = linea.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int igual = l.indexOf('=');
      String nombre = (igual < 0 ? l : l.substring(0, igual)).strip();
      r.add("--" + nombre);
      if (igual >= 0) {
        r.add(l.substring(igual + 1).strip());
      }
    }
    return r;
  }

  /** OpenSC's module where its installers put it (the DNIe's driver on Linux, Windows, macOS). */
  static Path moduloPorDefecto() {
    List<String> candidatos =
        AlmacenWindows.disponible()
            ? List.of(
                System.getenv().getOrDefault("ProgramFiles", "C:\\Program Files")
                    + "\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll",
                "C:\\Windows\\System32\\opensc-pkcs11.dll")
            : List.of(
                "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
                "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
                "/usr/lib64/opensc-pkcs11.so",
                "/usr/lib/opensc-pkcs11.so",
                "/Library/OpenSC/lib/opensc-pkcs11.so");
    return candidatos.stream()
        .map(Path::of)
        .filter(Files::isRegularFile)
        .findFirst()
        .orElse(Path.of(candidatos.get(0)));
  }
}
