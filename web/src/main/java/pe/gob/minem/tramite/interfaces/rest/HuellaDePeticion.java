package pe.gob.minem.tramite.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a request sent with an Idempotency-Key: SHA-256 over its route, its JSON parts
 * and its files' names and bytes. Files are hashed as the work reads them (no copy); on a retry,
 * where the work does not run, reading the fingerprint reads them to the end.
 */
final class HuellaDePeticion {

  private final List<String> partes = new ArrayList<>();
  private final List<DigestInputStream> archivos = new ArrayList<>();

  HuellaDePeticion(String ruta) {
    partes.add(ruta);
  }

  void texto(String nombre, String valor) {
    partes.add(nombre + "=" + valor);
  }

  InputStream archivo(String nombre, InputStream contenido) {
    partes.add("archivo=" + nombre);
    var d = new DigestInputStream(contenido, sha256());
    archivos.add(d);
    return d;
  }

  String valor() {
    MessageDigest total = sha256();
    for (String p : partes) {
      byte[] b = p.getBytes(StandardCharsets.UTF_8);
      total.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
      total.update(b);
    }
    for (DigestInputStream d : archivos) {
      try {
        d.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      total.update(d.getMessageDigest().digest());
    }
    return HexFormat.of().formatHex(total.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
