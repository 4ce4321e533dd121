package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;

/** The anonymous upload is streamed to a temporary file with a limit, and leaves nothing behind. */
class RecepcionDeVerificacionTest {

  /** An endless stream, as a sender who never stops would send. */
  private static InputStream sinFin() {
    return new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        return len;
      }
    };
  }

  private static long temporales() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("tramite-verificacion-")).count();
    }
  }

  @Test
  void unEnvioSinFinSeCortaEnElLimiteSinQuedarTemporales() throws IOException {
    long antes = temporales();
    var e =
        assertThrows(
            ContenidoDemasiadoGrandeException.class,
            () -> VerificacionService.recibir(new ArchivoRecibido("a.pdf", sinFin()), 1 << 20));
    assertEquals(antes, temporales());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("MB") || e.getMessage().length() > 0);
  }

  @Test
  void unEnvioDentroDelLimiteLlegaCompleto() throws IOException {
    long antes = temporales();
    byte[] pdf = "%PDF-1.7 contenido".getBytes();
    byte[] leido =
        VerificacionService.recibir(
            new ArchivoRecibido("a.pdf", new java.io.ByteArrayInputStream(pdf)), pdf.length);
    assertArrayEquals(pdf, leido);
    assertEquals(antes, temporales());
  }
}
