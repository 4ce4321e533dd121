package pe.gob.minem.tramite.application.preventivo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Starts P/OGA-TI-11 (ADR 0033): the OTI's own annual plan, not a request. The Coordinador de Mesa
 * de Ayuda or the Director de TI opens an internal expediente of the OTI for the year with the
 * procedure as its process (act. 1 waits in the Coordinador's bandeja), and the plan's row; one
 * plan per year. Also the plan and its cronograma for the OTI's people.
 */
@Stateless
public class MantenimientoPreventivoService {

  private static final Logger LOG =
      Logger.getLogger(MantenimientoPreventivoService.class.getName());

  public static final String PROCESO = "P_OGA_TI_11";
  public static final String CODIGO = "P/OGA-TI-11";
  public static final String OTI = "OTI";
  public static final String COORDINADOR_MDA = "OTI:COORDINADOR:MDA";

  /** What starting it gave. */
  public record Iniciado(int anio, String numero) {}

  /** A plan with its cronograma and the informe final's numbers so far. */
  public record PlanVista(CronogramaPreventivo.Plan plan, ContenidoDelPreventivo.Resumen resumen) {}

  @Inject PersonaActual personaActual;
  @Inject MesaDePartesService mesaDePartes;
  @Inject CronogramaPreventivo cronograma;
  @Inject ContenidoDelPreventivo contenido;
  @Inject Flujos flujos;
  @Inject Auditoria auditoria;

  /** Who starts it: the Coordinador de Mesa de Ayuda or the Director de TI. */
  public static boolean puedeIniciar(Persona p) {
    return p != null && (p.tieneGrupo(COORDINADOR_MDA) || p.tieneRolEn(Rol.DIRECTOR, OTI));
  }

  /** Who reads the plans: the OTI's people and the administrators. */
  public static boolean puedeVer(Persona p) {
    return p != null && (p.isAdministrador() || p.perteneceA(OTI));
  }

  /** For the page: may the current person start a plan? */
  public boolean puedoIniciar() {
    return puedeIniciar(personaActual.persona());
  }

  public Iniciado iniciar(Integer anio) {
    Persona p = personaActual.persona();
    if (!puedeIniciar(p)) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_MANTENIMIENTO_PREVENTIVO",
          "plan/" + anio,
          "no es Coordinador de Mesa de Ayuda ni Director de TI");
      throw new AccesoDenegadoException(
          "Solo el Coordinador de Mesa de Ayuda o el Director de Tecnologías de la Información"
              + " inician el plan de mantenimiento preventivo.");
    }
    int actual = flujos.ahora().atZone(CronogramaPreventivo.LIMA).getYear();
    if (anio == null || anio < actual || anio > actual + 1) {
      throw new DatosInvalidosException(
          "anio",
          "Indique el año del plan: "
              + actual
              + " o "
              + (actual + 1)
              + " (se planifica a futuro).");
    }
    if (cronograma.existe(anio)) {
      String numero = cronograma.plan(anio).map(CronogramaPreventivo.Plan::expediente).orElse("");
      throw new ConflictoException(
          "El plan de mantenimiento preventivo "
              + anio
              + " ya existe (expediente "
              + numero
              + ").");
    }
    Instant ahora = Instant.now();
    String asunto = "Plan de mantenimiento preventivo anual de equipos informáticos " + anio;
    var datos =
        new DatosDeRegistro(
            asunto,
            Origen.ORGANO_MINISTERIO,
            new Remitente(
                "Oficina de Tecnologías de la Información",
                Remitente.TipoDocumentoIdentidad.RUC,
                "20131368829"),
            TipoDocumento.INFORME,
            "Plan de mantenimiento preventivo " + anio,
            1,
            Prioridad.NORMAL,
            365);
    Map<String, Object> variables = new HashMap<>();
    variables.put("anio", anio);
    variables.put("iniciadoPor", p.getUsuario());
    var vista =
        mesaDePartes.registrarInterno(
            p,
            OTI,
            datos,
            List.of(
                new ArchivoRecibido(
                    "apertura-mantenimiento-preventivo-" + anio + ".pdf",
                    new ByteArrayInputStream(constancia(anio, p, asunto)))),
            PROCESO,
            variables);
    cronograma.abrir(anio, vista.numero(), p.getUsuario(), ahora);
    auditoria.registrar(
        p.getUsuario(),
        "MANTENIMIENTO_PREVENTIVO_INICIADO",
        vista.numero(),
        CODIGO + " plan " + anio);
    LOG.info(() -> "Plan de mantenimiento preventivo " + anio + " en " + vista.numero());
    return new Iniciado(anio, vista.numero());
  }

  public PlanVista ver(int anio) {
    Persona p = personaActual.persona();
    if (!puedeVer(p)) {
      auditoria.registrarAparte(
          p.getUsuario(), "RECHAZO_MANTENIMIENTO_PREVENTIVO", "plan/" + anio, "no es de la OTI");
      throw new AccesoDenegadoException(
          "Solo el personal de la OTI consulta el plan de mantenimiento preventivo.");
    }
    var plan =
        cronograma
            .plan(anio)
            .orElseThrow(
                () ->
                    new NoEncontradoException(
                        "No hay plan de mantenimiento preventivo " + anio + "."));
    return new PlanVista(plan, contenido.resumen(anio));
  }

  private static byte[] constancia(int anio, Persona quien, String asunto) {
    return ElaboracionDeDocumentos.constanciaDeApertura(
        asunto,
        CODIGO + " Mantenimiento Preventivo de Equipos Informáticos",
        "Se abre el expediente del plan de mantenimiento preventivo anual de equipos"
            + " informáticos "
            + anio
            + ". El Coordinador de Mesa de Ayuda elabora el proyecto de plan con su cronograma"
            + " a partir del inventario de equipos; aprobado por el Director de Tecnologías de"
            + " la Información, cada equipo se atiende en su fecha programada y el usuario"
            + " firma su conformidad.",
        quien);
  }
}
