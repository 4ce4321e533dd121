package pe.gob.minem.tramite.agente;

import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar tramite-agente.jar --origen https://tramite.minem.gob.pe}: see {@code --ayuda}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Opciones opciones;
    try {
      opciones = Opciones.leer(args);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("tramite-agente: " + e.getMessage() + " (vea --ayuda)");
      System.exit(2);
      return;
    }
    switch (opciones.accion()) {
      case AYUDA -> {
        System.out.print(Opciones.AYUDA);
        return;
      }
      case VERSION -> {
        System.out.println("tramite-agente " + ServidorDelAgente.VERSION);
        return;
      }
      default -> {}
    }
    List<Almacen> almacenes = new ArrayList<>();
    if (opciones.pkcs11() != null) {
      almacenes.add(new AlmacenPkcs11(opciones.pkcs11()));
    }
    if (opciones.windows()) {
      almacenes.add(new AlmacenWindows());
    }
    PinProvider pin =
        !opciones.consola() && PinPorDialogo.disponible()
            ? new PinPorDialogo()
            : new PinPorConsola();
    ServicioDeFirma servicio = new ServicioDeFirma(almacenes, pin, Clock.systemDefaultZone());
    try {
      ServidorDelAgente servidor =
          ServidorDelAgente.iniciar(opciones.puerto(), opciones.origenes(), servicio);
      Runtime.getRuntime().addShutdownHook(new Thread(servidor::close));
      System.out.println(
          "tramite-agente "
              + ServidorDelAgente.VERSION
              + " atiende en http://127.0.0.1:"
              + servidor.puerto()
              + " a "
              + String.join(", ", opciones.origenes())
              + "; almacenes: "
              + String.join(", ", almacenes.stream().map(Almacen::nombre).toList()));
    } catch (BindException e) {
      System.err.println(
          "tramite-agente: el puerto "
              + opciones.puerto()
              + " está ocupado (¿el agente ya está abierto?)");
      System.exit(1);
    } catch (IOException e) {
      System.err.println("tramite-agente: no se pudo abrir el puerto: " + e.getMessage());
      System.exit(1);
    }
    Thread.currentThread().join();
  }
}
