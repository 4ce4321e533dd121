package pe.gob.minem.tramite.infrastructure.firma;

import jakarta.persistence.EntityManager;

/** Gives tests of other packages the entity manager the container injects. */
public final class SolicitudesPreparadasAcceso {

  private SolicitudesPreparadasAcceso() {}

  public static void em(SolicitudesPreparadas s, EntityManager em) {
    s.em = em;
  }
}
