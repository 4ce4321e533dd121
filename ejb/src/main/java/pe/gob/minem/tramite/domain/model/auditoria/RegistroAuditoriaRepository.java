package pe.gob.minem.tramite.domain.model.auditoria;

import java.util.List;
import java.util.function.Consumer;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;

/** The audit rows, their chain's head and its checkpoints. */
public interface RegistroAuditoriaRepository {

  /** The chain's head as committed (not locked). */
  CabezaDeCadena cabeza();

  /** Every chained row, in place order, a page at a time. */
  void recorrerCadena(Consumer<RegistroAuditoria> revisar);

  /** Rows without a place in the chain, by id (at most {@code maximo}). */
  List<RegistroAuditoria> fueraDeLaCadena(int maximo);

  /** The rows the filter selects, latest first. */
  List<RegistroAuditoria> buscar(FiltroAuditoria filtro, int desde, int cuantos);

  long contar(FiltroAuditoria filtro);

  List<PuntoDeControl> puntosDeControl();

  void guardar(PuntoDeControl punto);

  PuntoDeControl puntoDeControl(long id);

  /** The signed PDFs of the checkpoints, as the document store's reconciliation names them. */
  List<ContenidoReferido> constancias();
}
