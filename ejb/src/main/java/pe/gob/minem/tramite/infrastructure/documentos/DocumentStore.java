package pe.gob.minem.tramite.infrastructure.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

  // ------------------------------------------------------------------ reconciliation (ADR 0021)

  /**
   * A file under the store as it is on disk: {@code ruta} relative to the store, with {@code /}.
   * {@code sha256} is what its name claims, or null when the name is no content's (a write's
   * temporary file left by a crash, a stray).
   */
  record Entrada(String ruta, String sha256, long tamano, Instant modificado) {}

  /** Every file under the store, temporaries included, at the moment of the call. */
  List<Entrada> recorrer() throws IOException;

  /** The SHA-256 of the bytes the entry holds now (it reads the whole file). */
  String calcularSha256(Entrada entrada) throws IOException;

  /**
   * Moves the entry to quarantine unless it was written or reused after {@code limite} (a
   * transaction may be about to commit a row for it): atomic with respect to {@link #guardar},
   * which marks a content it reuses as just written. Returns where it went, relative to the data
   * directory, or empty when it stayed.
   */
  Optional<String> aCuarentena(Entrada entrada, Instant limite) throws IOException;

  /** Deletes what went to quarantine before {@code limite}; returns the folders deleted. */
  List<String> purgarCuarentena(Instant limite) throws IOException;
}
