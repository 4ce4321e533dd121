package pe.gob.minem.tramite.infrastructure.documentos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store every {@code @Inject DocumentStore} gets, and that the other one is never made. */
class AlmacenConfiguradoTest {

  @TempDir Path datos;

  private final List<String> creados = new ArrayList<>();

  @Test
  void sinConfigurarEsLaCarpetaYNoSeCreaElDeS3() {
    var carpeta = AlmacenEnCarpeta.en(datos);
    var configurado = configurado("carpeta", carpeta);

    assertSame(carpeta, configurado.almacen());
    assertEquals(List.of("carpeta"), creados);
  }

  @Test
  void conS3EsElDeS3() {
    var configurado = configurado(" s3 ", AlmacenEnCarpeta.en(datos));

    assertThrows(SinS3.class, configurado::almacen);
    assertEquals(List.of("s3"), creados);
  }

  @Test
  void otroValorSeRechazaConPalabras() {
    var configurado = configurado("minio", AlmacenEnCarpeta.en(datos));

    var e = assertThrows(IllegalStateException.class, configurado::almacen);
    assertTrue(e.getMessage().contains("debe ser «carpeta» o «s3», no «minio»"), e::getMessage);
    assertEquals(List.of(), creados);
  }

  /** Thrown instead of making an S3 store: these tests have no S3 server. */
  static final class SinS3 extends RuntimeException {}

  private AlmacenConfigurado configurado(String valor, FileSystemDocumentStore carpeta) {
    var a = new AlmacenConfigurado();
    a.almacen = valor;
    a.carpeta = instancia("carpeta", () -> carpeta);
    a.s3 =
        instancia(
            "s3",
            () -> {
              throw new SinS3();
            });
    return a;
  }

  @SuppressWarnings("unchecked")
  private <T> Instance<T> instancia(String nombre, java.util.function.Supplier<T> crear) {
    return (Instance<T>)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, metodo, args) -> {
              if (!metodo.getName().equals("get")) {
                throw new UnsupportedOperationException(metodo.getName());
              }
              creados.add(nombre);
              return crear.get();
            });
  }
}
