package pe.gob.minem.tramite.agente;

import java.io.Console;
import java.util.Optional;

/** The PIN asked on the agent's console (no display: a server-less Linux session, SSH...). */
final class PinPorConsola implements PinProvider {

  @Override
  public synchronized Optional<char[]> pedirPin(PedidoDePin pedido) throws ErrorDelAgente {
    Console consola = System.console();
    if (consola == null) {
      throw new ErrorDelAgente(
          Codigo.SIN_INTERFAZ,
          "El agente no tiene pantalla ni consola donde pedir el PIN: inícielo desde una sesión"
              + " de escritorio o una terminal.");
    }
    consola.printf("%n%s%n", pedido.mensaje());
    char[] pin = consola.readPassword("PIN (vacío para cancelar): ");
    return pin == null || pin.length == 0 ? Optional.empty() : Optional.of(pin);
  }

  @Override
  public void avance(int hechos, int total) {
    Console consola = System.console();
    if (consola != null) {
      consola.printf("Firmados %d de %d%n", hechos, total);
    }
  }
}
