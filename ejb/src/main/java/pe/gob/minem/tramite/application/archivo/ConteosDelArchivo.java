package pe.gob.minem.tramite.application.archivo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.domain.model.archivo.TareaDeIndexacion;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.infrastructure.archivo.ComponentesDelArchivo;

/**
 * "Index = database": the archive's entries per class counted in the database and in the index, for
 * the index's health page and for reconciliation. Runs in its caller's transaction; no
 * authorisation of its own (its callers check).
 */
@ApplicationScoped
public class ConteosDelArchivo {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject ExpedienteRepository expedientes;
  @Inject DocumentoRepository documentos;
  @Inject ComponentesDelArchivo archivo;

  /** Both counts, with the same classes in the same order. */
  public record Conteos(Map<String, Long> baseDeDatos, Map<String, Long> indice) {
    public boolean coinciden() {
      return baseDeDatos.equals(indice);
    }
  }

  public Conteos contar() {
    Map<String, Long> bd = new LinkedHashMap<>();
    bd.put(EntradasDelArchivo.EXPEDIENTE, expedientes.contar());
    bd.put(EntradasDelArchivo.ARCHIVO, expedientes.contarArchivos());
    bd.put(EntradasDelArchivo.DOCUMENTO, documentos.contarConVersiones());
    Map<String, Long> indice = new LinkedHashMap<>();
    var porClase = archivo.indice().contarPorClase();
    for (String c : bd.keySet()) {
      indice.put(c, porClase.getOrDefault(c, 0L));
    }
    return new Conteos(bd, indice);
  }

  /** Indexing tasks waiting or running: while there are any, the counts may differ. */
  public long enCola() {
    return em.createQuery(
            "SELECT COUNT(t) FROM TareaDeIndexacion t WHERE t.estado IN :estados", Long.class)
        .setParameter(
            "estados",
            List.of(TareaDeIndexacion.Estado.PENDIENTE, TareaDeIndexacion.Estado.EN_CURSO))
        .getSingleResult();
  }
}
