package pe.gob.minem.tramite.application.procedimiento;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * Starts one of the OTI's procedures on an expediente (ADR 0026): P/OGA-TI-03 Gestión de Proyectos
 * Informáticos, 04 Desarrollo de Sistemas de Información, 05 Desarrollo de Pruebas de Software, 07,
 * 10 Mantenimiento Correctivo or 12 Servicios SIG (ADR 0032), for the área usuaria that asked for
 * it. The OTI's Director or its secretary starts it; the expediente must be one they may see; the
 * same procedure does not run twice at once on it.
 */
@Stateless
public class ProcedimientosService {

  private static final Logger LOG = Logger.getLogger(ProcedimientosService.class.getName());

  /** The unit that runs these procedures. */
  static final String OTI = "OTI";

  static final String OGA = "OGA";
  static final String GESTION_DE_PROYECTOS = "P/OGA-TI-03";
  static final String RESTAURACION = "P/OGA-TI-07";
  static final String MANTENIMIENTO_CORRECTIVO = "P/OGA-TI-10";
  static final String OPERADOR_MESA_DE_AYUDA = "OTI:OPERADOR:MDA";

  /** A procedure a person can start here: its MAPRO code, its process key and its name. */
  public record Procedimiento(String codigo, String proceso, String nombre) {}

  public static final List<Procedimiento> INICIABLES =
      List.of(
          new Procedimiento("P/OGA-TI-03", "P_OGA_TI_03", "Gestión de Proyectos Informáticos"),
          new Procedimiento("P/OGA-TI-04", "P_OGA_TI_04", "Desarrollo de Sistemas de Información"),
          new Procedimiento("P/OGA-TI-05", "P_OGA_TI_05", "Desarrollo de Pruebas de Software"),
          new Procedimiento(
              "P/OGA-TI-07", "P_OGA_TI_07", "Restauración de Información de Servidores"),
          new Procedimiento(
              "P/OGA-TI-10",
              "P_OGA_TI_10",
              "Mantenimiento Correctivo de Equipos de Cómputo y Periféricos"),
          new Procedimiento(
              "P/OGA-TI-12",
              "P_OGA_TI_12",
              "Atención de servicios relacionados con Sistemas de Información Geográfica"));

  /** What starting it gave: the procedure, its instance and the área usuaria. */
  public record Iniciado(String codigo, String nombre, String procesoId, String areaUsuaria) {}

  @Inject PersonaActual personaActual;
  @Inject ConsultaExpedientes consulta;
  @Inject ExpedienteRepository expedientes;
  @Inject UnidadOrganicaRepository unidades;
  @Inject PersonaRepository personas;
  @Inject Flujos flujos;
  @Inject Auditoria auditoria;

  /** P/OGA-TI-05 act. 11: how many rounds of tests before the final report with observations. */
  @Inject
  @ConfigProperty(name = "tramite.pruebas.iteraciones-maximas", defaultValue = "3")
  int iteracionesMaximas;

  public Iniciado iniciar(String numero, String codigo, String areaUsuaria) {
    return iniciar(numero, codigo, areaUsuaria, null);
  }

  /**
   * @param iteraciones P/OGA-TI-05's maximum of test rounds for this instance (1 to 10), or null
   *     for the portal's setting
   */
  public Iniciado iniciar(String numero, String codigo, String areaUsuaria, Integer iteraciones) {
    return iniciarComo(personaActual.persona(), numero, codigo, areaUsuaria, iteraciones);
  }

  /** As {@link #iniciar}, for this person (the demo seeder runs outside a request). */
  public Iniciado iniciarComo(
      Persona p, String numero, String codigo, String areaUsuaria, Integer iteraciones) {
    Procedimiento proc =
        INICIABLES.stream()
            .filter(x -> x.codigo().equalsIgnoreCase(codigo == null ? "" : codigo.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "procedimiento",
                        "Indique el procedimiento: "
                            + String.join(
                                ", ",
                                INICIABLES.stream()
                                    .map(x -> x.codigo() + " (" + x.nombre() + ")")
                                    .toList())
                            + "."));
    Expediente e = consulta.visiblePara(p, numero);
    boolean gestionDeProyectos = proc.codigo().equals(GESTION_DE_PROYECTOS);
    // P/OGA-TI-03 begins with the expediente's derivation: the Secretaria de Administración, who
    // holds the just-registered expediente, may open it too
    // P/OGA-TI-07 begins with the Operador de Mesa de Ayuda reviewing the request, P/OGA-TI-10 with
    // him registering the service: he may open them
    boolean mesaDeAyuda =
        proc.codigo().equals(RESTAURACION) || proc.codigo().equals(MANTENIMIENTO_CORRECTIVO);
    boolean puede =
        p.tieneRolEn(Rol.DIRECTOR, OTI)
            || p.tieneRolEn(Rol.SECRETARIA, OTI)
            || (gestionDeProyectos && p.tieneRolEn(Rol.SECRETARIA, OGA))
            || (mesaDeAyuda && p.tieneGrupo(OPERADOR_MESA_DE_AYUDA));
    if (!puede) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_PROCEDIMIENTO",
          e.getNumero(),
          proc.codigo() + ": no es Director ni Secretaria de la OTI");
      throw new AccesoDenegadoException(
          "Solo el Director de Tecnologías de la Información o su secretaria inician "
              + proc.codigo()
              + (gestionDeProyectos ? " (o la Secretaria de Administración, al recibirlo)" : "")
              + (mesaDeAyuda ? " (o el Operador de Mesa de Ayuda)" : "")
              + ".");
    }
    UnidadOrganica area = areaUsuaria(areaUsuaria);
    boolean yaCorre =
        flujos.instanciasEnCurso(proc.proceso()).values().stream()
            .anyMatch(clave -> e.getNumero().equals(clave));
    if (yaCorre) {
      throw new ConflictoException(
          "El expediente "
              + e.getNumero()
              + " ya tiene en curso "
              + proc.codigo()
              + " "
              + proc.nombre()
              + ".");
    }
    Instant ahora = Instant.now();
    Map<String, Object> variables = new HashMap<>();
    variables.put("numero", e.getNumero());
    variables.put("areaUsuaria", area.getCodigo());
    variables.put("iniciadoPor", p.getUsuario());
    variables.put("registradoPor", p.getUsuario());
    variables.put("iteracion", 0);
    variables.put("maxIteraciones", Math.max(1, iteracionesMaximas));
    if (iteraciones != null) {
      if (iteraciones < 1 || iteraciones > 10) {
        throw new DatosInvalidosException(
            "iteracionesMaximas", "Las iteraciones de pruebas permitidas van de 1 a 10.");
      }
      variables.put("maxIteraciones", iteraciones);
    }
    if (gestionDeProyectos) {
      reemplazarLaAtencion(e);
    }
    String procesoId = flujos.iniciar(proc.proceso(), e.getNumero(), variables);
    if (gestionDeProyectos) {
      e.iniciarProceso(procesoId);
    }
    e.anotarPaso(
        proc.codigo(),
        0,
        Movimiento.Accion.DISPOSICION,
        "Inicio del procedimiento " + proc.codigo() + " " + proc.nombre(),
        p,
        OTI,
        new Movimiento.Destino("Área usuaria: " + area.getNombre(), area.getCodigo(), null),
        null,
        null,
        ahora,
        ahora);
    expedientes.sincronizar();
    auditoria.registrar(
        p.getUsuario(),
        "PROCEDIMIENTO_INICIADO",
        e.getNumero(),
        proc.codigo() + " para " + area.getCodigo() + " (instancia " + procesoId + ")");
    LOG.info(
        () ->
            "Expediente "
                + e.getNumero()
                + ": "
                + p.getUsuario()
                + " inició "
                + proc.codigo()
                + " (instancia "
                + procesoId
                + ")");
    return new Iniciado(proc.codigo(), proc.nombre(), procesoId, area.getCodigo());
  }

  /**
   * P/OGA-TI-03 is the expediente's attention: it starts only while the expediente waits, just
   * registered, at P/OGA-TI-01's first activity, and replaces the attention the registration
   * started (P/OGA-TI-03 act. 1 runs P/OGA-TI-01 itself).
   */
  private void reemplazarLaAtencion(Expediente e) {
    String principal = e.getProcesoId();
    List<Flujos.PasoEnCurso> pendientes =
        principal == null
            ? List.of()
            : flujos
                .subprocesoEnCurso(principal)
                .map(flujos::pendientesDelProceso)
                .orElse(List.of());
    boolean alInicio =
        pendientes.size() == 1
            && pendientes.get(0).actividad().numero() == 1
            && "P/OGA-TI-01".equals(pendientes.get(0).actividad().procedimiento());
    if (!alInicio) {
      throw new ConflictoException(
          "P/OGA-TI-03 empieza con la derivación del expediente (P/OGA-TI-01): se inicia sobre un"
              + " expediente recién registrado, antes de que la Secretaria de Administración lo"
              + " entregue al Director General.");
    }
    flujos.cancelar(principal, "Reemplazado por P/OGA-TI-03 Gestión de Proyectos Informáticos");
  }

  /** May this person start one of these procedures (the expediente's page shows the form)? */
  public static boolean puedeIniciar(Persona p) {
    return p.tieneRolEn(Rol.DIRECTOR, OTI)
        || p.tieneRolEn(Rol.SECRETARIA, OTI)
        || p.tieneRolEn(Rol.SECRETARIA, OGA)
        || p.tieneGrupo(OPERADOR_MESA_DE_AYUDA);
  }

  /** Units that can be área usuaria: those with a Representante de Área Usuaria. */
  public List<UnidadOrganica> areasUsuarias() {
    return unidades.todas().stream().filter(u -> representante(u.getCodigo()).isPresent()).toList();
  }

  private UnidadOrganica areaUsuaria(String codigo) {
    if (codigo == null || codigo.isBlank()) {
      throw new DatosInvalidosException(
          "areaUsuaria", "Indique el área usuaria (la unidad que hizo el requerimiento).");
    }
    UnidadOrganica u =
        unidades
            .porCodigo(codigo.strip().toUpperCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "areaUsuaria", "La unidad «" + codigo.strip() + "» no existe."));
    if (representante(u.getCodigo()).isEmpty()) {
      throw new DatosInvalidosException(
          "areaUsuaria",
          u.getNombre()
              + " no tiene Representante de Área Usuaria: nadie podría firmar por ella"
              + " (asígnelo en la administración de la organización).");
    }
    return u;
  }

  private Optional<Persona> representante(String unidad) {
    return personas.deUnidad(unidad).stream()
        .filter(x -> x.tieneRolEn(Rol.REPRESENTANTE, unidad))
        .findFirst();
  }
}
