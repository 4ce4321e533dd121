package pe.gob.minem.tramite.agente;

import java.util.Optional;

/**
 * Asks the signer for the PIN, on the signer's own screen or console: never through the web page
 * (ADR 0019). Once per batch, whatever the number of documents.
 */
public interface PinProvider {

  /**
   * @return the PIN, or empty when the signer cancelled
   * @throws ErrorDelAgente with {@link Codigo#SIN_INTERFAZ} when there is no way to ask
   */
  Optional<char[]> pedirPin(PedidoDePin pedido) throws ErrorDelAgente;

  /** Called after each document of the batch, signed or not. */
  default void avance(int hechos, int total) {}
}
