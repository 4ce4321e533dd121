package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.FiltroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.PuntoDeControl;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.domain.model.expediente.ContenidoReferido;

/** The audit rows in the application's persistence unit, in the caller's transaction. */
@ApplicationScoped
public class JpaRegistroAuditoriaRepository implements RegistroAuditoriaRepository {

  /** Rows read at a time while walking the chain: memory stays flat whatever its length. */
  static final int PAGINA = 1000;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Override
  public CabezaDeCadena cabeza() {
    return em.createQuery("SELECT c FROM CabezaDeCadena c WHERE c.id = :id", CabezaDeCadena.class)
        .setParameter("id", CabezaDeCadena.ID)
        .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
        .setHint("eclipselink.refresh", "true")
        .getSingleResult();
  }

  @Override
  public void recorrerCadena(Consumer<RegistroAuditoria> revisar) {
    long despues = Long.MIN_VALUE;
    while (true) {
      List<RegistroAuditoria> pagina =
          em.createQuery(
                  "SELECT r FROM RegistroAuditoria r WHERE r.secuencia > :despues"
                      + " ORDER BY r.secuencia",
                  RegistroAuditoria.class)
              .setParameter("despues", despues)
              .setHint("eclipselink.refresh", "true")
              .setMaxResults(PAGINA)
              .getResultList();
      pagina.forEach(revisar);
      if (pagina.size() < PAGINA) {
        return;
      }
      despues = pagina.get(pagina.size() - 1).getSecuencia();
      if (em.isJoinedToTransaction()) {
        // outside a transaction (the verification) the container detaches query results itself,
        // and refuses detach (TransactionRequiredException)
        pagina.forEach(em::detach);
      }
    }
  }

  @Override
  public List<RegistroAuditoria> fueraDeLaCadena(int maximo) {
    return em.createQuery(
            "SELECT r FROM RegistroAuditoria r WHERE r.secuencia IS NULL ORDER BY r.id",
            RegistroAuditoria.class)
        .setMaxResults(maximo)
        .getResultList();
  }

  @Override
  public List<RegistroAuditoria> buscar(FiltroAuditoria filtro, int desde, int cuantos) {
    return consulta(
            "SELECT r FROM RegistroAuditoria r",
            filtro,
            " ORDER BY r.fecha DESC, r.id DESC",
            RegistroAuditoria.class)
        .setFirstResult(desde)
        .setMaxResults(cuantos)
        .getResultList();
  }

  @Override
  public long contar(FiltroAuditoria filtro) {
    return consulta("SELECT COUNT(r) FROM RegistroAuditoria r", filtro, "", Long.class)
        .getSingleResult();
  }

  @Override
  public List<PuntoDeControl> puntosDeControl() {
    return em.createQuery(
            "SELECT p FROM PuntoDeControl p ORDER BY p.secuencia", PuntoDeControl.class)
        .getResultList();
  }

  @Override
  public void guardar(PuntoDeControl punto) {
    em.persist(punto);
  }

  @Override
  public PuntoDeControl puntoDeControl(long id) {
    return em.find(PuntoDeControl.class, id);
  }

  @Override
  public List<ContenidoReferido> constancias() {
    return em.createQuery(
            "SELECT p.documentoSha256, p.id, p.secuencia FROM PuntoDeControl p"
                + " WHERE p.documentoSha256 IS NOT NULL",
            Object[].class)
        .getResultStream()
        .map(
            f ->
                new ContenidoReferido(
                    (String) f[0],
                    "auditoría",
                    "constancia del punto de control " + f[1] + " (posición " + f[2] + ")"))
        .toList();
  }

  private <T> TypedQuery<T> consulta(
      String seleccion, FiltroAuditoria f, String orden, Class<T> tipo) {
    List<String> condiciones = new ArrayList<>();
    Map<String, Object> valores = new java.util.HashMap<>();
    if (f.usuario() != null) {
      condiciones.add("r.usuario = :usuario");
      valores.put("usuario", f.usuario());
    }
    if (f.evento() != null) {
      condiciones.add("r.evento = :evento");
      valores.put("evento", f.evento());
    }
    if (f.objeto() != null) {
      condiciones.add("r.objeto = :objeto");
      valores.put("objeto", f.objeto());
    }
    if (f.desde() != null) {
      condiciones.add("r.fecha >= :desde");
      valores.put("desde", f.desde());
    }
    if (f.hasta() != null) {
      condiciones.add("r.fecha < :hasta");
      valores.put("hasta", f.hasta());
    }
    String donde = condiciones.isEmpty() ? "" : " WHERE " + String.join(" AND ", condiciones);
    TypedQuery<T> q = em.createQuery(seleccion + donde + orden, tipo);
    valores.forEach(q::setParameter);
    return q;
  }
}
