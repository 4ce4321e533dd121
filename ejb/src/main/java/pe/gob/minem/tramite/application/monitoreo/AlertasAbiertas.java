package pe.gob.minem.tramite.application.monitoreo;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.monitoreo.FuentesDeMonitoreo.FuenteAutenticada;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.monitoreo.AlertaDeMonitoreo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * One transaction per received alert (ADR 0028): count a repeat of an open alert, open a new one
 * with its expediente and P/OGA-TI-08 instance, or note its resolution. Which of two simultaneous
 * first firings opens the expediente is decided by the unique index on (source, open key): the
 * loser's insert fails, its transaction is rolled back whole (no expediente, no process), and
 * {@link RecepcionDeAlertas} counts it as a repeat.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertasAbiertas {

  private static final Logger LOG = Logger.getLogger(AlertasAbiertas.class.getName());

  static final String PROCESO = "P_OGA_TI_08";
  static final String PROCEDIMIENTO = "P/OGA-TI-08";
  static final String UNIDAD = "OTI";

  /** The ministry's RUC: the sender of an alert is the ministry's own monitoring. */
  private static final String RUC_DEL_MINEM = "20131368829";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Resource SessionContext contexto;
  @Inject MesaDePartesService mesaDePartes;
  @Inject ExpedienteRepository expedientes;
  @Inject PersonaRepository personas;
  @Inject Flujos flujos;

  /** A new alert with the expediente opened for it. */
  public record Apertura(String huella, String expediente) {}

  /**
   * The open alert of this source and huella received once more: how many rows it counted (0/1).
   */
  public int repetir(long fuenteId, String huella) {
    return em.createNamedQuery("AlertaDeMonitoreo.repetir")
        .setParameter("ahora", Instant.now())
        .setParameter("fuente", fuenteId)
        .setParameter("clave", huella)
        .executeUpdate();
  }

  /**
   * The first firing: the alert's row, then its expediente in the OTI with P/OGA-TI-08 started on
   * it. Empty when another call opened the same alert first (this transaction is then rolled back).
   */
  public Optional<Apertura> abrir(FuenteAutenticada fuente, AlertaRecibida a) {
    Instant ahora = Instant.now();
    var alerta =
        new AlertaDeMonitoreo(
            fuente.id(),
            a.huella(),
            a.nombre(),
            a.severidad(),
            a.equipo(),
            a.resumen(),
            a.inicio(),
            ahora);
    try {
      em.persist(alerta);
      em.flush(); // the unique index decides here, before anything else is done
    } catch (PersistenceException e) {
      if (!esCarrera(e)) {
        throw e;
      }
      contexto.setRollbackOnly();
      LOG.fine(() -> "Alerta " + fuente.codigo() + "/" + a.huella() + " abierta por otra llamada");
      return Optional.empty();
    }
    Persona cuenta =
        personas
            .porUsuario(CuentaDelMonitoreo.USUARIO)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Falta la cuenta técnica " + CuentaDelMonitoreo.USUARIO));
    var datos =
        new DatosDeRegistro(
            FichaDeAlerta.asunto(a),
            Origen.ORGANO_MINISTERIO,
            new Remitente(
                "Software de monitoreo " + fuente.tipo().etiqueta() + " (" + fuente.codigo() + ")",
                Remitente.TipoDocumentoIdentidad.RUC,
                RUC_DEL_MINEM),
            TipoDocumento.OTRO,
            numeroDeDocumento(fuente, a),
            1,
            prioridad(a.severidad()),
            1,
            Confidencialidad.RESERVADO);
    Map<String, Object> variables = new HashMap<>();
    variables.put("alertaId", alerta.getId());
    variables.put("fuente", fuente.codigo());
    variables.put("resumen", a.resumen() == null ? a.nombre() : a.resumen());
    variables.put("severidad", a.severidad() == null ? "" : a.severidad());
    byte[] pdf = FichaDeAlerta.pdf(fuente, a, ahora);
    var registrado =
        mesaDePartes.registrarInterno(
            cuenta,
            UNIDAD,
            datos,
            List.of(
                new ArchivoRecibido(
                    "alerta-" + alerta.getId() + ".pdf", new ByteArrayInputStream(pdf))),
            PROCESO,
            variables);
    var expediente =
        expedientes
            .porNumero(NumeroExpediente.de(registrado.numero()))
            .orElseThrow(() -> new IllegalStateException("expediente " + registrado.numero()));
    alerta.atenderCon(registrado.numero(), expediente.getProcesoId());
    LOG.info(
        () ->
            "Alerta "
                + fuente.codigo()
                + "/"
                + a.huella()
                + " («"
                + a.nombre()
                + "») abrió el expediente "
                + registrado.numero()
                + " con "
                + PROCEDIMIENTO);
    return Optional.of(new Apertura(a.huella(), registrado.numero()));
  }

  /**
   * The source says the alert is over: it is no longer open, the process instance gets {@code
   * alertaResuelta=true} and the hoja de ruta a line. The analyst still completes the procedure.
   * False when no occurrence of it is open (never seen, or already resolved).
   */
  public boolean resolver(FuenteAutenticada fuente, AlertaRecibida a) {
    var abierta =
        em.createNamedQuery("AlertaDeMonitoreo.abierta", AlertaDeMonitoreo.class)
            .setParameter("fuente", fuente.id())
            .setParameter("clave", a.huella())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (abierta.isEmpty()) {
      return false;
    }
    var alerta = abierta.get();
    Instant ahora = Instant.now();
    alerta.resolver(ahora);
    if (alerta.getProcesoId() != null && flujos.enCurso(alerta.getProcesoId())) {
      flujos.fijarVariable(alerta.getProcesoId(), "alertaResuelta", true);
    }
    if (alerta.getExpedienteNumero() != null) {
      Persona cuenta = personas.porUsuario(CuentaDelMonitoreo.USUARIO).orElseThrow();
      expedientes
          .porNumero(NumeroExpediente.de(alerta.getExpedienteNumero()))
          .ifPresent(
              e ->
                  e.anotarAviso(
                      PROCEDIMIENTO,
                      "Alerta resuelta según "
                          + fuente.tipo().etiqueta()
                          + " ("
                          + fuente.codigo()
                          + ")"
                          + (a.fin() == null ? "" : " el " + Reloj.formatear(a.fin()))
                          + ", tras "
                          + alerta.getRecepciones()
                          + " notificación(es); el analista concluye el procedimiento",
                      cuenta,
                      ahora));
    }
    LOG.info(
        () ->
            "Alerta "
                + fuente.codigo()
                + "/"
                + a.huella()
                + " resuelta (expediente "
                + alerta.getExpedienteNumero()
                + ")");
    return true;
  }

  private static String numeroDeDocumento(FuenteAutenticada fuente, AlertaRecibida a) {
    String n = fuente.codigo() + "/" + a.huella();
    return n.length() <= 60 ? n : n.substring(0, 60);
  }

  /** Critical alerts are urgent: Alertmanager's critical, Zabbix's Disaster and High. */
  static Prioridad prioridad(String severidad) {
    String s = severidad == null ? "" : severidad.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "critical", "disaster", "page" -> Prioridad.MUY_URGENTE;
      case "high", "error", "major" -> Prioridad.URGENTE;
      default -> Prioridad.NORMAL;
    };
  }

  /**
   * Lost the race for the open key: a unique violation (SQLState 23505 on PostgreSQL and H2), or
   * H2's lock timeout while the winner's insert was not yet committed.
   */
  static boolean esCarrera(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String estado = s.getSQLState();
        if ("23505".equals(estado)
            || "HYT00".equals(estado)
            || "40001".equals(estado)
            || "40P01".equals(estado)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
