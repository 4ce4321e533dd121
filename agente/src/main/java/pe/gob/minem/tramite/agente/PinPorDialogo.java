package pe.gob.minem.tramite.agente;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPasswordField;

/** The PIN asked in a window of the agent, in front of every other (the browser included). */
final class PinPorDialogo implements PinProvider {

  static boolean disponible() {
    return !GraphicsEnvironment.isHeadless();
  }

  @Override
  public Optional<char[]> pedirPin(PedidoDePin pedido) throws ErrorDelAgente {
    AtomicReference<char[]> pin = new AtomicReference<>();
    try {
      EventQueue.invokeAndWait(() -> pin.set(mostrar(pedido)));
    } catch (InvocationTargetException e) {
      throw new ErrorDelAgente(Codigo.SIN_INTERFAZ, "No se pudo mostrar la ventana del PIN.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    return Optional.ofNullable(pin.get());
  }

  private static char[] mostrar(PedidoDePin pedido) {
    JPasswordField campo = new JPasswordField(16);
    JOptionPane panel =
        new JOptionPane(
            new Object[] {pedido.mensaje(), "PIN:", campo},
            JOptionPane.QUESTION_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION);
    JDialog dialogo = panel.createDialog("Trámite — firma digital");
    dialogo.setAlwaysOnTop(true);
    dialogo.addWindowFocusListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowGainedFocus(java.awt.event.WindowEvent e) {
            campo.requestFocusInWindow();
          }
        });
    dialogo.setVisible(true);
    dialogo.dispose();
    char[] pin = campo.getPassword();
    campo.setText("");
    if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(panel.getValue()) || pin.length == 0) {
      Arrays.fill(pin, '\0');
      return null;
    }
    return pin;
  }
}
