package pe.gob.minem.tramite.domain.model.organizacion;

import java.util.Optional;

/** The cargos of the org chart, by their code (ADR 0015; the directory's mapping, ADR 0016). */
public interface CargoRepository {

  /** The cargo with this code ({@code OTI:DIRECTOR}, {@code OTI:ANALISTA:BD}). */
  Optional<Cargo> porCodigo(String codigo);
}
