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
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.plazo.Aviso;
import pe.gob.minem.tramite.infrastructure.workflow.MotorDeProcesos;
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

  @Inject MotorDeProcesos motor;
  @Inject Auditoria auditoria;

  void alCumplirse(@Observes PlazoCumplido plazo) {
    List<Task> tareas =
        motor
            .tareas()
            .createTaskQuery()
            .processInstanceId(plazo.procesoId())
            .taskDefinitionKey(plazo.tareaKey())
            .active()
            .list();
    for (Task t : tareas) {
      avisar(plazo, t);
    }
  }

  private void avisar(PlazoCumplido plazo, Task t) {
    Object n = motor.ejecucion().getVariable(t.getExecutionId(), "numero");
    String numero = n == null ? null : n.toString();
    Instant vence = t.getDueDate() == null ? null : t.getDueDate().toInstant();
    List<IdentityLink> enlaces = motor.tareas().getIdentityLinksForTask(t.getId());
    boolean vencido = plazo.momento() == PlazoCumplido.Momento.VENCIMIENTO;
    Aviso.Tipo tipo = vencido ? Aviso.Tipo.PLAZO_VENCIDO : Aviso.Tipo.PLAZO_POR_VENCER;
    Set<String> destinatarios = new LinkedHashSet<>();
    String quien;
    if (t.getAssignee() != null) {
      quien = nombreDe(t.getAssignee());
      if (!vencido) {
        destinatarios.add(t.getAssignee());
      }
    } else {
      quien = "la bandeja de su cargo, sin tomar";
      if (!vencido) {
        for (IdentityLink l : enlaces) {
          if (l.getGroupId() != null) {
            destinatarios.addAll(delCargo(l.getGroupId()));
          }
        }
      }
    }
    if (vencido) {
      destinatarios.addAll(directoresDe(unidadDe(enlaces, numero)));
    }
    String texto =
        vencido
            ? "Venció el plazo de «"
                + t.getName()
                + "»"
                + (numero == null ? "" : " del expediente " + numero)
                + " ("
                + plazo.dias()
                + " días hábiles); lo tiene "
                + quien
                + "."
            : "El plazo de «"
                + t.getName()
                + "»"
                + (numero == null ? "" : " del expediente " + numero)
                + " vence hoy"
                + (vence == null
                    ? ""
                    : ", a las 23:59 del " + Reloj.FECHA.format(vence.minusSeconds(1)))
                + ".";
    Instant ahora = motor.reloj().getCurrentTime().toInstant();
    for (String usuario : destinatarios) {
      long hay =
          em.createNamedQuery("Aviso.existe", Long.class)
              .setParameter("usuario", usuario)
              .setParameter("tipo", tipo)
              .setParameter("tarea", t.getId())
              .getSingleResult();
      if (hay == 0) {
        em.persist(new Aviso(usuario, tipo, t.getId(), numero, texto, vence, ahora));
      }
    }
    auditoria.registrar(
        SISTEMA,
        vencido ? "PLAZO_VENCIDO" : "PLAZO_POR_VENCER",
        numero,
        texto + " Avisados: " + String.join(", ", destinatarios));
    LOG.info(() -> tipo + " " + t.getId() + " → " + destinatarios);
  }

  private String nombreDe(String usuario) {
    return em.createQuery("SELECT p FROM Persona p WHERE p.usuario = :u", Persona.class)
        .setParameter("u", usuario)
        .getResultStream()
        .findFirst()
        .map(Persona::getNombreCompleto)
        .orElse(usuario);
  }

  /** The unit of the step: the one its cargo names, else the one holding the expediente. */
  private String unidadDe(List<IdentityLink> enlaces, String numero) {
    for (IdentityLink l : enlaces) {
      if (l.getGroupId() != null && l.getGroupId().contains(":")) {
        return l.getGroupId().substring(0, l.getGroupId().indexOf(':'));
      }
    }
    if (numero == null) {
      return null;
    }
    return em.createQuery(
            "SELECT e.unidadActual.codigo FROM Expediente e WHERE e.numero = :n", String.class)
        .setParameter("n", numero)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<String> delCargo(String grupo) {
    String unidad = grupo.substring(0, Math.max(0, grupo.indexOf(':')));
    return em.createNamedQuery("Persona.deUnidad", Persona.class)
        .setParameter("unidad", unidad)
        .getResultStream()
        .filter(p -> p.tieneGrupo(grupo))
        .map(Persona::getUsuario)
        .toList();
  }

  private List<String> directoresDe(String unidad) {
    if (unidad == null) {
      return List.of();
    }
    return em.createNamedQuery("Persona.deUnidad", Persona.class)
        .setParameter("unidad", unidad)
        .getResultStream()
        .filter(p -> p.tieneRolEn(Rol.DIRECTOR, unidad))
        .map(Persona::getUsuario)
        .toList();
  }
}
