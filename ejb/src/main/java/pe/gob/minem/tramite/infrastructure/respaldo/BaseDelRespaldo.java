package pe.gob.minem.tramite.infrastructure.respaldo;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.SortedMap;

/**
 * The database's part of a backup, one implementation per engine: a transactionally consistent
 * copy, its rows per table, and putting it back into an empty database or into a scratch one.
 */
interface BaseDelRespaldo {

  /** h2 or postgresql, as TRAMITE_DB names it. */
  String motor();

  /** Where the copy goes inside the backup. */
  String archivo();

  /** Writes the copy to {@code destino}, consistent as of one instant. */
  void respaldar(Path destino) throws IOException, SQLException;

  /**
   * The rows of each table in the copy just written (asked after the files are copied, so that a
   * slow count does not widen the gap between the database's instant and the files').
   */
  SortedMap<String, Long> filasDeLaCopia(Path destino) throws IOException, SQLException;

  /** Refuses (ErrorDeRespaldo) a target database that already has tables. */
  void comprobarDestinoVacio() throws SQLException;

  /** Puts the copy back into the (empty) target; returns the rows of each table found there. */
  SortedMap<String, Long> restaurar(Path copia) throws IOException, SQLException;

  /** Restores the copy into a scratch database, counts its rows and removes it. */
  SortedMap<String, Long> verificar(Path copia) throws IOException, SQLException;
}
