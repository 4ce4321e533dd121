package pe.gob.minem.tramite.agente;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The agent started inside another Java program, with its own {@link PinProvider}: what the
 * portal's browser tests run beside Chromium (a SoftHSM2 token, the test portal's origin, a PIN
 * given without a window). The same server, origin policy and signing service as {@link Main}.
 */
public final class AgenteEnProceso implements AutoCloseable {

  private final ServidorDelAgente servidor;

  private AgenteEnProceso(ServidorDelAgente servidor) {
    this.servidor = servidor;
  }

  /**
   * @param puerto the port on 127.0.0.1 (0: any free one)
   * @param pkcs11 the PKCS#11 module
   * @param origenes the portal origins allowed to call it
   */
  public static AgenteEnProceso iniciar(
      int puerto, Path pkcs11, Set<String> origenes, PinProvider pin) throws IOException {
    var servicio =
        new ServicioDeFirma(List.of(new AlmacenPkcs11(pkcs11)), pin, Clock.systemDefaultZone());
    return new AgenteEnProceso(ServidorDelAgente.iniciar(puerto, Set.copyOf(origenes), servicio));
  }

  public int puerto() {
    return servidor.puerto();
  }

  @Override
  public void close() {
    servidor.close();
  }
}
