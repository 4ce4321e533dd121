package pe.gob.minem.tramite.domain.model.organizacion;

import java.util.List;
import java.util.Optional;

/** The ministry's organisational units (ADR 0015). */
public interface UnidadOrganicaRepository {

  Optional<UnidadOrganica> porCodigo(String codigo);

  /** Every unit, by code. */
  List<UnidadOrganica> todas();

  /**
   * The active units where an active person holds a cargo of this rol, each once, by name, leaving
   * out the unit {@code salvo}.
   */
  List<UnidadOrganica> activasConCargoOcupado(Rol rol, String salvo);

  void guardar(UnidadOrganica unidad);
}
