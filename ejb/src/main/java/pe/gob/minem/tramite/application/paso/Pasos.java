package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import pe.gob.minem.tramite.domain.model.paso.Manejador;

/**
 * The handlers of every {@link Manejador}, gathered from the beans that implement them: each one
 * exactly once, or the first step run says which is missing or doubled.
 */
@ApplicationScoped
public class Pasos {

  @Inject @Any Instance<ManejadoresDePaso> proveedores;

  private volatile Map<Manejador, ManejadorDePaso> manejadores;

  /** Runs the step's special action, if its declaration names one. */
  public EfectoDelPaso ejecutar(ContextoDePaso c) {
    Manejador m = c.paso().manejador();
    return m == null ? EfectoDelPaso.NINGUNO : manejadores().get(m).aplicar(c);
  }

  Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = manejadores;
    if (m == null) {
      m = reunir(proveedores);
      manejadores = m;
    }
    return m;
  }

  static Map<Manejador, ManejadorDePaso> reunir(Iterable<? extends ManejadoresDePaso> proveedores) {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    for (ManejadoresDePaso p : proveedores) {
      p.manejadores()
          .forEach(
              (clave, manejador) -> {
                if (m.putIfAbsent(clave, manejador) != null) {
                  throw new IllegalStateException(
                      "El manejador " + clave.nombre() + " está implementado dos veces");
                }
              });
    }
    Set<Manejador> faltan = EnumSet.allOf(Manejador.class);
    faltan.removeAll(m.keySet());
    if (!faltan.isEmpty()) {
      throw new IllegalStateException("Manejadores de pasos sin implementación: " + faltan);
    }
    return m;
  }
}
