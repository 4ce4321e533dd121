package pe.gob.minem.tramite.application.paso;

import java.util.Map;
import pe.gob.minem.tramite.domain.model.paso.Manejador;

/** A bean that implements some of the {@link Manejador}s; {@link Pasos} gathers them all. */
public interface ManejadoresDePaso {
  Map<Manejador, ManejadorDePaso> manejadores();
}
