package pe.gob.minem.tramite.archivo.extraccion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitesDeExtraccionTest {

  @Test
  void valoresPorOmision() {
    LimitesDeExtraccion l = LimitesDeExtraccion.porOmision();

    assertEquals(50L * 1024 * 1024, l.maxBytes());
    assertEquals(Duration.ofSeconds(60), l.tiempoMaximo());
    assertEquals(5_000_000, l.maxCaracteres());
    assertEquals(5, l.profundidadMaxima());
    assertEquals(100, l.razonCompresionMaxima());
    assertEquals("spa", l.idiomaOcr());
    assertEquals(
        InstalacionTesseract.buscar().isPresent()
            || Files.isExecutable(Path.of("/usr/bin/tesseract")),
        l.ocr());
  }

  @Test
  void cadaCambioDejaLoDemas() {
    LimitesDeExtraccion l =
        LimitesDeExtraccion.porOmision()
            .conMaxBytes(10)
            .conTiempoMaximo(Duration.ofSeconds(5))
            .conMaxCaracteres(20)
            .conProfundidadMaxima(1)
            .conRazonCompresionMaxima(30)
            .conOcr(false)
            .conIdiomaOcr("spa+eng");

    assertEquals(
        new LimitesDeExtraccion(10, Duration.ofSeconds(5), 20, 1, 30, false, "spa+eng"), l);
  }

  @Test
  void valoresInvalidos() {
    LimitesDeExtraccion l = LimitesDeExtraccion.porOmision();

    assertThrows(IllegalArgumentException.class, () -> l.conMaxBytes(0));
    assertThrows(IllegalArgumentException.class, () -> l.conTiempoMaximo(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> l.conMaxCaracteres(0));
    assertThrows(IllegalArgumentException.class, () -> l.conProfundidadMaxima(-1));
    assertThrows(IllegalArgumentException.class, () -> l.conRazonCompresionMaxima(0));
    for (String malo : List.of("", "es", "spa eng", "spa;rm -rf", "SPA", "spa+")) {
      assertThrows(IllegalArgumentException.class, () -> l.conIdiomaOcr(malo), malo);
    }
    assertThrows(NullPointerException.class, () -> l.conTiempoMaximo(null));
  }

  @Test
  void tamanosYTiemposParaPersonas() {
    assertEquals("50 MB", Formatos.bytes(50L * 1024 * 1024));
    assertEquals("512 KB", Formatos.bytes(512 * 1024));
    assertEquals("1,000 bytes", Formatos.bytes(1000));
    assertEquals("60 s", Formatos.duracion(Duration.ofSeconds(60)));
    assertEquals("1.5 s", Formatos.duracion(Duration.ofMillis(1500)));
    assertEquals("300 ms", Formatos.duracion(Duration.ofMillis(300)));
    assertEquals("1 ms", Formatos.duracion(Duration.ofNanos(10)));
    assertEquals("5,000,000", Formatos.entero(5_000_000));
  }
}
