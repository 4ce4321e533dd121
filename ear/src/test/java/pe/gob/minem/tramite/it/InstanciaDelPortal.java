package pe.gob.minem.tramite.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A portal as an operator runs it, through {@code bin/tramite}, with its own data directory and
 * ports moved to {@code base}+n (never the Arquillian domain's): demo mode on H2 unless the
 * environment given says otherwise. Every command's output goes to the test's log.
 */
final class InstanciaDelPortal {

  static final Path RAIZ = Path.of("..").toAbsolutePath().normalize();
  static final Path EAR = Path.of("target", "tramite.ear").toAbsolutePath();

  /** What a command printed and how it ended. */
  record Salida(int codigo, String texto) {}

  private final String nombre;
  private final Map<String, String> entorno = new HashMap<>();

  InstanciaDelPortal(String nombre, Path runtime, Path datos, int base) {
    this.nombre = nombre;
    entorno.put("TRAMITE_RUNTIME", runtime.toString());
    entorno.put("TRAMITE_DATA", datos.toString());
    entorno.put("TRAMITE_PUERTO_BASE", Integer.toString(base));
    entorno.put("TRAMITE_EAR", EAR.toString());
    entorno.put("TRAMITE_HEAP", "768m");
  }

  InstanciaDelPortal con(String variable, String valor) {
    entorno.put(variable, valor);
    return this;
  }

  int puertoHttp() {
    return Integer.parseInt(entorno.get("TRAMITE_PUERTO_BASE")) + 80;
  }

  void iniciar() throws IOException, InterruptedException {
    exigir(tramite(Duration.ofMinutes(8), "start"));
  }

  void detener() throws IOException, InterruptedException {
    tramite(Duration.ofMinutes(2), "stop");
  }

  /** {@code bin/tramite ARGS…} with this portal's environment plus {@code extra}. */
  Salida tramite(Map<String, String> extra, Duration limite, String... args)
      throws IOException, InterruptedException {
    var comando =
        new java.util.ArrayList<>(List.of("bash", RAIZ.resolve("bin/tramite").toString()));
    comando.addAll(List.of(args));
    var pb = new ProcessBuilder(comando).directory(RAIZ.toFile()).redirectErrorStream(true);
    pb.environment().putAll(entorno);
    pb.environment().putAll(extra);
    Process p = pb.start();
    p.getOutputStream().close();
    var texto = new StringBuilder();
    Thread lector =
        new Thread(
            () -> {
              try {
                texto.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                texto.append(e);
              }
            });
    lector.start();
    if (!p.waitFor(limite.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    lector.join(10_000);
    int codigo = p.isAlive() ? -1 : p.exitValue();
    System.out.println(
        "[" + nombre + "] bin/tramite " + String.join(" ", args) + " → " + codigo + "\n" + texto);
    return new Salida(codigo, texto.toString());
  }

  Salida tramite(Duration limite, String... args) throws IOException, InterruptedException {
    return tramite(Map.of(), limite, args);
  }

  static Salida exigir(Salida s) {
    if (s.codigo() != 0) {
      throw new AssertionError("bin/tramite terminó con " + s.codigo() + ":\n" + s.texto());
    }
    return s;
  }
}
