package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.expediente.ArchivoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;
import pe.gob.minem.tramite.domain.model.expediente.EstadoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;

/** The expedientes in the application's persistence unit, in the caller's transaction. */
@ApplicationScoped
public class JpaExpedienteRepository implements ExpedienteRepository {

  /** Numbers per query of {@link #porNumeros}: keeps each IN list short. */
  static final int NUMEROS_POR_CONSULTA = 500;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public Optional<Expediente> porNumero(NumeroExpediente numero) {
    return em.createNamedQuery("Expediente.porNumero", Expediente.class)
        .setParameter("numero", numero)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Expediente> porNumeros(Collection<NumeroExpediente> numeros) {
    List<NumeroExpediente> lista = List.copyOf(numeros);
    List<Expediente> encontrados = new ArrayList<>();
    for (int i = 0; i < lista.size(); i += NUMEROS_POR_CONSULTA) {
      encontrados.addAll(
          em.createNamedQuery("Expediente.porNumeros", Expediente.class)
              .setParameter(
                  "numeros", lista.subList(i, Math.min(lista.size(), i + NUMEROS_POR_CONSULTA)))
              .getResultList());
    }
    return encontrados;
  }

  @Override
  public Optional<Expediente> porId(long id) {
    return Optional.ofNullable(em.find(Expediente.class, id));
  }

  @Override
  public Optional<String> codigoDeUnidadActual(NumeroExpediente numero) {
    return em.createQuery(
            "SELECT e.unidadActual.codigo FROM Expediente e WHERE e.numero = :n", String.class)
        .setParameter("n", numero)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> ids() {
    return em.createQuery("SELECT e.id FROM Expediente e ORDER BY e.id", Long.class)
        .getResultList();
  }

  @Override
  public long contar() {
    return em.createQuery("SELECT COUNT(e) FROM Expediente e", Long.class).getSingleResult();
  }

  @Override
  public Optional<ArchivoExpediente> archivo(long archivoId) {
    return Optional.ofNullable(em.find(ArchivoExpediente.class, archivoId));
  }

  @Override
  public long contarArchivos() {
    return em.createQuery("SELECT COUNT(a) FROM ArchivoExpediente a", Long.class).getSingleResult();
  }

  @Override
  public List<ContenidoReferido> contenidosDeArchivos() {
    return em.createQuery(
            "SELECT a.sha256, e.numero, a.nombre FROM ArchivoExpediente a JOIN a.expediente e",
            Object[].class)
        .getResultStream()
        .map(f -> new ContenidoReferido((String) f[0], String.valueOf(f[1]), (String) f[2]))
        .toList();
  }

  @Override
  public Map<String, EstadoExpediente> estados() {
    Map<String, EstadoExpediente> estados = new HashMap<>();
    // an expediente the portal opened to hold other instances (a month of backups) never had a
    // process of its own: nothing to reconcile
    em.createQuery(
            "SELECT e.numero, e.estado FROM Expediente e WHERE e.procesoId IS NOT NULL",
            Object[].class)
        .getResultStream()
        .forEach(f -> estados.put(String.valueOf(f[0]), (EstadoExpediente) f[1]));
    return estados;
  }

  @Override
  public java.util.Set<String> existentes(java.util.Collection<String> numeros) {
    java.util.Set<String> hay = new java.util.HashSet<>();
    List<NumeroExpediente> todos = new java.util.ArrayList<>();
    for (String n :
        new java.util.TreeSet<>(numeros.stream().filter(java.util.Objects::nonNull).toList())) {
      try {
        todos.add(NumeroExpediente.de(n));
      } catch (RuntimeException noEsUnNumero) {
        // a business key that is no expediente number names nothing here
      }
    }
    for (int i = 0; i < todos.size(); i += 500) {
      em.createQuery("SELECT e.numero FROM Expediente e WHERE e.numero IN :n", Object.class)
          .setParameter("n", todos.subList(i, Math.min(todos.size(), i + 500)))
          .getResultStream()
          .forEach(n -> hay.add(String.valueOf(n)));
    }
    return hay;
  }

  @Override
  public void guardar(Expediente expediente) {
    em.persist(expediente);
  }

  @Override
  public void sincronizar() {
    em.flush();
  }
}
