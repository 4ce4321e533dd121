package pe.gob.minem.tramite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Debian packages the tests need are listed once, in {@code bin/paquetes-de-prueba}, which
 * {@code bin/tramite test} and {@code .ci/run} read; the README shows them to a newcomer. This test
 * keeps the README's table equal to that list, in the same order.
 */
class ListaDePaquetesTest {

  private static final Path RAIZ = Path.of("..").toAbsolutePath().normalize();

  @Test
  void laTablaDelReadmeEsLaListaQueSeInstala() throws IOException {
    List<String> lista = new ArrayList<>();
    for (String linea : Files.readAllLines(RAIZ.resolve("bin/paquetes-de-prueba"))) {
      String limpia = linea.strip();
      if (!limpia.isEmpty() && !limpia.startsWith("#")) {
        lista.add(limpia.split("\\s+")[0]);
      }
    }
    assertFalse(lista.isEmpty(), "bin/paquetes-de-prueba no lista ningún paquete");

    String readme = Files.readString(RAIZ.resolve("README.md"), StandardCharsets.UTF_8);
    int inicio = readme.indexOf("<!-- paquetes-de-prueba -->");
    int fin = readme.indexOf("<!-- /paquetes-de-prueba -->");
    assertTrue(
        inicio >= 0 && fin > inicio, "el README no tiene la tabla de paquetes entre sus marcas");
    List<String> enElReadme = new ArrayList<>();
    Matcher fila = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(readme.substring(inicio, fin));
    while (fila.find()) {
      enElReadme.add(fila.group(1));
    }
    assertEquals(lista, enElReadme, "la tabla del README difiere de bin/paquetes-de-prueba");
  }

  @Test
  void ciYLaOrdenDePruebasLeenLaLista() throws IOException {
    String tramite = Files.readString(RAIZ.resolve("bin/tramite"), StandardCharsets.UTF_8);
    String ci = Files.readString(RAIZ.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertTrue(tramite.contains("bin/paquetes-de-prueba"), "bin/tramite test no lee la lista");
    assertTrue(ci.matches("(?s).*\\nbin/tramite test\\b.*"), ".ci/run no ejecuta bin/tramite test");
    assertFalse(ci.contains("apt-get install"), ".ci/run instala paquetes por su cuenta");
  }
}
