package pe.gob.minem.tramite.interfaces.fallas;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;

/**
 * What failed under a request when the cause is the machine, not the request: the database cannot
 * be reached (stopped, restarting, connection lost), or the disk the document store writes to is
 * full. The client is told so, in Spanish, with the status that lets it act (503 with Retry-After:
 * try again shortly; 507: tell the OTI), instead of a bare 500 (issue 13, item 2).
 */
public enum FallaDeInfraestructura {
  BASE_DE_DATOS(
      503,
      "Base de datos no disponible",
      "La base de datos del portal no responde en este momento; la operación no se completó."
          + " Inténtelo de nuevo en unos segundos.",
      10),
  DISCO_LLENO(
      507,
      "Almacenamiento lleno",
      "El espacio de almacenamiento de documentos del servidor está lleno; no se guardó ningún"
          + " cambio. Avise a la Mesa de Ayuda de la OTI.",
      0);

  private final int estado;
  private final String titulo;
  private final String detalle;
  private final int reintentarEnSegundos;

  FallaDeInfraestructura(int estado, String titulo, String detalle, int reintentarEnSegundos) {
    this.estado = estado;
    this.titulo = titulo;
    this.detalle = detalle;
    this.reintentarEnSegundos = reintentarEnSegundos;
  }

  public int estado() {
    return estado;
  }

  public String titulo() {
    return titulo;
  }

  public String detalle() {
    return detalle;
  }

  /** Seconds for the Retry-After header, or 0 when waiting will not help. */
  public int reintentarEnSegundos() {
    return reintentarEnSegundos;
  }

  /** The infrastructure failure under {@code e}, if that is what it is. */
  public static Optional<FallaDeInfraestructura> de(Throwable e) {
    for (Throwable t : CausaDeNegocio.cadena(e)) {
      if (discoLleno(t)) {
        return Optional.of(DISCO_LLENO);
      }
      if (t instanceof SQLException s) {
        for (SQLException x = s; x != null; x = x.getNextException()) {
          if (sinConexion(x)) {
            return Optional.of(BASE_DE_DATOS);
          }
          if (x.getNextException() == x) {
            break;
          }
        }
      }
      if (sinConexionDelPool(t)) {
        return Optional.of(BASE_DE_DATOS);
      }
    }
    return Optional.empty();
  }

  /** ENOSPC and EDQUOT, as the JDK words them on Linux (and Windows' «not enough space»). */
  static boolean discoLleno(Throwable t) {
    if (!(t instanceof IOException)) {
      return false;
    }
    String m =
        t instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : String.valueOf(t.getMessage());
    m = m.toLowerCase(Locale.ROOT);
    return m.contains("no space left on device")
        || m.contains("disk quota exceeded")
        || m.contains("not enough space on the disk");
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P01–57P03 (PostgreSQL shutting down, crashed,
   * cannot connect now), 53300 (too many connections); H2's «database is closed» (90098, 90121).
   */
  static boolean sinConexion(SQLException s) {
    String estado = s.getSQLState();
    if (estado == null) {
      return sinConexionDelPool(s);
    }
    return estado.startsWith("08")
        || estado.equals("57P01")
        || estado.equals("57P02")
        || estado.equals("57P03")
        || estado.equals("53300")
        || estado.equals("90098")
        || estado.equals("90121");
  }

  /**
   * The application server's pool could not hand out a connection, or lost the one a transaction
   * was using (its own exceptions, which carry no SQLSTATE): «Error in allocating a connection»,
   * «Connection could not be allocated», «…the physical connection is not usable», and PostgreSQL's
   * driver's «This connection has been closed» when the commit itself met the dead connection (the
   * outcome is then unknown: 503, and a retry with the same Idempotency-Key is safe); and the
   * pool's connection handle used after the pool destroyed its connection («Connection closed»,
   * «Invalid Connection»).
   */
  static boolean sinConexionDelPool(Throwable t) {
    String n = t.getClass().getName();
    String m = String.valueOf(t.getMessage());
    return (n.startsWith("jakarta.resource.")
            || n.startsWith("javax.transaction.xa.")
            || t instanceof SQLException)
        && (m.contains("Error in allocating a connection")
            || m.contains("Connection could not be allocated")
            || m.contains("physical connection is not usable")
            || m.contains("This connection has been closed")
            // a handle the pool invalidated when its connection failed (ConnectionHolder)
            || m.equals("Connection closed")
            || m.equals("Invalid Connection"));
  }
}
