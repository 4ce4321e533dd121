package pe.gob.minem.tramite.domain.model.auditoria;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * SHA-256 over the canonical encoding of an audit row: each field as its length, a colon and its
 * UTF-8 text ({@code -} for none), one per line, so that no two different rows encode alike.
 */
public final class HuellaDeRegistro {

  /** The hash before the first row. */
  public static final String GENESIS = "0".repeat(64);

  private HuellaDeRegistro() {}

  public static String de(
      long secuencia,
      Instant fecha,
      String usuario,
      String evento,
      String objeto,
      String detalle,
      String anterior) {
    var sb = new StringBuilder(256).append("tramite-auditoria-v1\n");
    for (String campo :
        new String[] {
          Long.toString(secuencia),
          fecha == null ? null : fecha.toString(),
          usuario,
          evento,
          objeto,
          detalle,
          anterior
        }) {
      sb.append(campo == null ? "-" : campo.length() + ":" + campo).append('\n');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 es obligatorio en toda JVM", e);
    }
  }
}
