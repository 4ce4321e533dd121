package pe.gob.minem.tramite.agente;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** The signer of the tests: types a given PIN (or cancels), and is told the batch's progress. */
final class PinDePrueba implements PinProvider {

  private volatile String pin = TokensDePrueba.PIN;
  private volatile IntConsumer alAvanzar = n -> {};
  final List<PedidoDePin> pedidos = new ArrayList<>();

  PinDePrueba escribe(String pin) {
    this.pin = pin;
    return this;
  }

  PinDePrueba cancela() {
    this.pin = null;
    return this;
  }

  /** What happens after the n-th document of a batch (1-based). */
  PinDePrueba alAvanzar(IntConsumer accion) {
    this.alAvanzar = accion;
    return this;
  }

  @Override
  public synchronized Optional<char[]> pedirPin(PedidoDePin pedido) {
    pedidos.add(pedido);
    return Optional.ofNullable(pin).map(String::toCharArray);
  }

  @Override
  public void avance(int hechos, int total) {
    alAvanzar.accept(hechos);
  }
}
