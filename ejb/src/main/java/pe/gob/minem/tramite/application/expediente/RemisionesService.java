package pe.gob.minem.tramite.application.expediente;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Vistas.RemisionVista;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.RemisionFisica;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** Remitir en físico: the paper originals in transit, for the sender and for the receiver. */
@Stateless
public class RemisionesService {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;

  /** Pending receptions: first those the caller must confirm, then those their units sent. */
  public List<RemisionVista> pendientes() {
    Persona p = personaActual.persona();
    var unidades = new ArrayList<>(p.codigosDeUnidad());
    unidades.add("-");
    List<RemisionVista> lista = new ArrayList<>();
    em.createQuery(
            "SELECT r FROM RemisionFisica r WHERE r.fechaRecepcion IS NULL AND"
                + " ((r.personaDestino IS NOT NULL AND r.personaDestino.usuario = :u) OR"
                + " (r.personaDestino IS NULL AND r.unidadDestino.codigo IN :unidades))"
                + " ORDER BY r.fechaEnvio",
            RemisionFisica.class)
        .setParameter("u", p.getUsuario())
        .setParameter("unidades", unidades)
        .getResultStream()
        .forEach(r -> lista.add(RemisionVista.de(r, true)));
    em.createQuery(
            "SELECT r FROM RemisionFisica r WHERE r.fechaRecepcion IS NULL AND"
                + " (r.enviadoPor = :u OR r.unidadOrigen.codigo IN :unidades) ORDER BY r.fechaEnvio",
            RemisionFisica.class)
        .setParameter("u", p.getUsuario())
        .setParameter("unidades", unidades)
        .getResultStream()
        .filter(r -> lista.stream().noneMatch(v -> v.id().equals(r.getId())))
        .forEach(r -> lista.add(RemisionVista.de(r, false)));
    return lista;
  }

  /** The receiver confirms that the paper arrived; it goes on the hoja de ruta. */
  public RemisionVista recibir(long id) {
    Persona p = personaActual.persona();
    RemisionFisica r = em.find(RemisionFisica.class, id);
    if (r == null) {
      throw new NoEncontradoException("No existe la remisión " + id + ".");
    }
    if (!r.puedeRecibir(p)) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_RECEPCION",
          r.getExpediente().getNumero(),
          "no es el destinatario");
      throw new AccesoDenegadoException(
          "Solo el destinatario de la remisión puede confirmar su recepción física.");
    }
    Instant ahora = Instant.now();
    r.confirmarRecepcion(p.getUsuario(), ahora);
    r.getExpediente().anotarRecepcionFisica(r, p, ahora);
    auditoria.registrar(p.getUsuario(), "RECEPCION_FISICA", r.getExpediente().getNumero(), null);
    return RemisionVista.de(r, false);
  }
}
