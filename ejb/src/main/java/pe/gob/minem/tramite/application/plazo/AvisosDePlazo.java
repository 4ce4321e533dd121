package pe.gob.minem.tramite.application.plazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.plazo.Aviso;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos.PasoEnCurso;
import pe.gob.minem.tramite.infrastructure.workflow.PlazoCumplido;

/**
 * What a step's timer does when it fires (ADR 0014), in the timer's transaction: at the start of
 * the plazo's last business day, a notice to whoever holds the step (its assignee, or every person
 * of the cargo it waits for); at the midnight after it, a notice to the director of the step's
 * unit. Each notice is audited; a person gets one notice of each kind per step.
 */
@ApplicationScoped
public class AvisosDePlazo {

  private static final Logger LOG = Logger.getLogger(AvisosDePlazo.class.getName());
  static final String SISTEMA = "sistema";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject ExpedienteRepository expedientes;
  @Inject PersonaRepository personas;
  @Inject Flujos flujos;
  @Inject Auditoria auditoria;

  void alCumplirse(@Observes PlazoCumplido plazo) {
    List<PasoEnCurso> tareas =
        flujos.pendientesDelProceso(plazo.procesoId()).stream()
            .filter(t -> t.clave().equals(plazo.tareaKey()))
            .toList();
    for (PasoEnCurso t : tareas) {
      avisar(plazo, t);
    }
  }

  private void avisar(PlazoCumplido plazo, PasoEnCurso t) {
    String numero = t.numero();
    Instant vence = t.vence();
    boolean vencido = plazo.momento() == PlazoCumplido.Momento.VENCIMIENTO;
    Aviso.Tipo tipo = vencido ? Aviso.Tipo.PLAZO_VENCIDO : Aviso.Tipo.PLAZO_POR_VENCER;
    Set<String> destinatarios = new LinkedHashSet<>();
    String quien;
    if (t.asignado() != null) {
      quien = nombreDe(t.asignado());
      if (!vencido) {
        destinatarios.add(t.asignado());
      }
    } else {
      quien = "la bandeja de su cargo, sin tomar";
      if (!vencido) {
        for (String grupo : t.grupos()) {
          destinatarios.addAll(delCargo(grupo));
        }
      }
    }
    if (vencido) {
      destinatarios.addAll(directoresDe(t.unidadDelCargo().orElseGet(() -> unidadDe(numero))));
    }
    String texto =
        vencido
            ? "Venció el plazo de «"
                + t.nombre()
                + "»"
                + (numero == null ? "" : " del expediente " + numero)
                + " ("
                + plazo.dias()
                + " días hábiles); lo tiene "
                + quien
                + "."
            : "El plazo de «"
                + t.nombre()
                + "»"
                + (numero == null ? "" : " del expediente " + numero)
                + " vence hoy"
                + (vence == null
                    ? ""
                    : ", a las 23:59 del " + Reloj.FECHA.format(vence.minusSeconds(1)))
                + ".";
    Instant ahora = flujos.ahora();
    for (String usuario : destinatarios) {
      long hay =
          em.createNamedQuery("Aviso.existe", Long.class)
              .setParameter("usuario", usuario)
              .setParameter("tipo", tipo)
              .setParameter("tarea", t.id())
              .getSingleResult();
      if (hay == 0) {
        em.persist(new Aviso(usuario, tipo, t.id(), numero, texto, vence, ahora));
      }
    }
    auditoria.registrar(
        SISTEMA,
        vencido ? "PLAZO_VENCIDO" : "PLAZO_POR_VENCER",
        numero,
        texto + " Avisados: " + String.join(", ", destinatarios));
    LOG.info(() -> tipo + " " + t.id() + " → " + destinatarios);
  }

  private String nombreDe(String usuario) {
    return personas.porUsuario(usuario).map(Persona::getNombreCompleto).orElse(usuario);
  }

  /** The unit holding the expediente (a step with no cargo acts there). */
  private String unidadDe(String numero) {
    if (numero == null) {
      return null;
    }
    return NumeroExpediente.exacto(numero).flatMap(expedientes::codigoDeUnidadActual).orElse(null);
  }

  private List<String> delCargo(String grupo) {
    String unidad = Flujos.unidadDelGrupo(grupo);
    return personas.deUnidad(unidad).stream()
        .filter(p -> p.tieneGrupo(grupo))
        .map(Persona::getUsuario)
        .toList();
  }

  private List<String> directoresDe(String unidad) {
    if (unidad == null) {
      return List.of();
    }
    return personas.deUnidad(unidad).stream()
        .filter(p -> p.tieneRolEn(Rol.DIRECTOR, unidad))
        .map(Persona::getUsuario)
        .toList();
  }
}
