package pe.gob.minem.tramite.infrastructure.documentos;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of every file live, once, under their SHA-256. A stored content is never
 * modified. The filesystem is the default; object storage is the cluster option.
 */
public interface DocumentStore {

  /** What a {@link #guardar} wrote. {@code nuevo} is false when the content was already there. */
  record Contenido(String sha256, long tamano, boolean nuevo) {}

  /**
   * Stores the stream's bytes. Inside a JTA transaction a content this call created is removed
   * again if the transaction rolls back.
   *
   * @throws ContenidoDemasiadoGrandeException past {@code tamanoMaximo} bytes (nothing is kept)
   */
  Contenido guardar(InputStream contenido, long tamanoMaximo) throws IOException;

  InputStream abrir(String sha256) throws IOException;

  boolean existe(String sha256);

  /** How many contents the store holds (for health checks and tests). */
  long contar() throws IOException;
}
