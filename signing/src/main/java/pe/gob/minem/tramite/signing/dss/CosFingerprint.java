package pe.gob.minem.tramite.signing.dss;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * A SHA-256 over a graph of PDF objects: dictionaries (keys sorted), arrays, raw stream bytes and
 * scalars, following references. Two graphs with the same fingerprint are the same content, so they
 * render the same. Back-references are hashed by visit order, which makes cycles finite and keeps
 * equal graphs equal. Keys in {@code skipped} (links back up the tree such as /Parent) are left
 * out.
 */
final class CosFingerprint {

  private final MessageDigest digest;
  private final Map<COSBase, Integer> visited = new IdentityHashMap<>();
  private final Set<COSName> skipped;

  CosFingerprint(Set<COSName> skipped) {
    this.skipped = skipped;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  CosFingerprint label(String label) {
    digest.update(("|" + label + "|").getBytes(StandardCharsets.UTF_8));
    return this;
  }

  CosFingerprint add(COSBase value) throws IOException {
    COSBase base = value instanceof COSObject reference ? reference.getObject() : value;
    if (base == null || base instanceof COSNull) {
      tag('n');
      return this;
    }
    Integer seen = visited.get(base);
    if (seen != null) {
      tag('r');
      text(Integer.toString(seen));
      return this;
    }
    if (base instanceof COSDictionary || base instanceof COSArray) {
      visited.put(base, visited.size());
    }
    if (base instanceof COSStream stream) {
      tag('s');
      dictionary(stream);
      try (InputStream raw = stream.createRawInputStream()) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        long length = 0;
        while ((n = raw.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
          length += n;
        }
        text(Long.toString(length));
      }
    } else if (base instanceof COSDictionary dictionary) {
      tag('d');
      dictionary(dictionary);
    } else if (base instanceof COSArray array) {
      tag('a');
      text(Integer.toString(array.size()));
      for (int i = 0; i < array.size(); i++) {
        add(array.get(i));
      }
    } else if (base instanceof COSName name) {
      tag('N');
      text(name.getName());
    } else if (base instanceof COSString string) {
      tag('S');
      byte[] bytes = string.getBytes();
      text(Integer.toString(bytes.length));
      digest.update(bytes);
    } else if (base instanceof COSNumber number) {
      tag('I');
      text(number.toString());
    } else if (base instanceof COSBoolean bool) {
      tag(bool.getValue() ? 'T' : 'F');
    } else {
      tag('?');
      text(base.getClass().getName() + base);
    }
    return this;
  }

  byte[] finish() {
    return digest.digest();
  }

  private void dictionary(COSDictionary dictionary) throws IOException {
    Map<String, COSBase> sorted = new TreeMap<>();
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      if (!skipped.contains(entry.getKey())) {
        sorted.put(entry.getKey().getName(), entry.getValue());
      }
    }
    text(Integer.toString(sorted.size()));
    for (Map.Entry<String, COSBase> entry : sorted.entrySet()) {
      text(entry.getKey());
      add(entry.getValue());
    }
  }

  private void tag(char c) {
    digest.update((byte) c);
  }

  private void text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (bytes.length >>> 8));
    digest.update((byte) bytes.length);
    digest.update(bytes);
  }
}
