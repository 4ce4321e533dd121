package pe.gob.minem.tramite.archivo.extraccion;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaTimeoutException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Reads what went wrong from the exceptions Tika and its parsers throw: they wrap each other's (a
 * POI exception in an IOException in a TikaException…), so each test looks at the whole chain of
 * causes (and suppressed exceptions).
 */
final class Clasificador {

  /** Encryption exceptions of libraries we only see through Tika, by name. */
  private static final Set<String> CIFRADO =
      Set.of(
          "org.apache.poi.EncryptedDocumentException",
          "org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException");

  private Clasificador() {}

  /**
   * A decompression bomb: Tika's {@code SecureContentHandler} ("Suspected zip bomb…", turned into
   * "Zip bomb detected!"), POI's {@code ZipSecureFile} ("Zip bomb detected! The file would exceed
   * the max. ratio…") or a bomb found in an embedded document.
   */
  static boolean esBomba(Throwable t) {
    return alguna(
        t,
        e ->
            e instanceof EmbebidosLimitados.BombaEmbebidaException
                || e.getClass().getName().endsWith("SecureSAXException")
                || mensaje(e).contains("zip bomb"));
  }

  /** A bomb by nesting (XML elements or packages inside packages) rather than by size. */
  static boolean esAnidamiento(Throwable t) {
    return alguna(t, e -> mensaje(e).contains("levels of") && mensaje(e).contains("nesting"));
  }

  static boolean esCifrado(Throwable t) {
    return alguna(
        t,
        e ->
            e instanceof EncryptedDocumentException
                || e instanceof AccessPermissionException
                || CIFRADO.contains(e.getClass().getName()));
  }

  /** Tika's own timeouts (an OCR call), or an interrupted read (our time limit). */
  static boolean esTiempo(Throwable t) {
    return alguna(
        t,
        e ->
            e instanceof TikaTimeoutException
                || e instanceof InterruptedException
                || e instanceof InterruptedIOException
                || e instanceof ClosedByInterruptException
                || mensaje(e).contains("tesseractocrparser timeout")
                || mensaje(e).contains("tesseractocrparser interrupted"));
  }

  static boolean esVacio(Throwable t) {
    return alguna(t, e -> e instanceof ZeroByteFileException);
  }

  static boolean esFormatoNoSoportado(Throwable t) {
    return alguna(t, e -> e instanceof UnsupportedFormatException);
  }

  static boolean esFaltaDeMemoria(Throwable t) {
    return alguna(t, e -> e instanceof OutOfMemoryError);
  }

  private static String mensaje(Throwable e) {
    String m = e.getMessage();
    return m == null ? "" : m.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code t}, one of its causes or one of their suppressed exceptions matches. */
  private static boolean alguna(Throwable t, Predicate<Throwable> prueba) {
    Set<Throwable> vistas = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pendientes = new ArrayDeque<>();
    if (t != null) {
      pendientes.add(t);
    }
    while (!pendientes.isEmpty() && vistas.size() < 100) {
      Throwable e = pendientes.poll();
      if (!vistas.add(e)) {
        continue;
      }
      if (prueba.test(e)) {
        return true;
      }
      if (e.getCause() != null) {
        pendientes.add(e.getCause());
      }
      Collections.addAll(pendientes, e.getSuppressed());
    }
    return false;
  }
}
