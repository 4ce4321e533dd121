package pe.gob.minem.tramite.application.preventivo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.application.paso.EfectoDelPaso;
import pe.gob.minem.tramite.application.paso.ManejadorDePaso;
import pe.gob.minem.tramite.application.paso.ManejadoresDePaso;
import pe.gob.minem.tramite.application.paso.ManejadoresDelProceso;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Entregable;
import pe.gob.minem.tramite.domain.model.equipo.Equipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEventoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The special actions of P/OGA-TI-11 Mantenimiento Preventivo (ADR 0033). Acts. 1 and 3 draw the
 * cronograma from the inventory (the units and kinds asked, a first day, so many items per working
 * day) and draft the plan with it; act. 8 is one área's analyst confirming its part; act. 9 sends
 * the relación to Mesa de Ayuda and names the first item; act. 11 opens an item's service with its
 * ticket; act. 18 notes the maintenance in the item's history and names the next item, if any
 * (whose scheduled day the process then waits for); act. 19 closes the plan and drafts the informe
 * final.
 */
@ApplicationScoped
public class ManejadoresDelPreventivo implements ManejadoresDePaso {

  /** The group whose holders confirm an área's cronograma (act. 8): its analysts. */
  public static final String ANALISTA = ":ANALISTA";

  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Reloj.ES_PE);

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Flujos flujos;
  @Inject CronogramaPreventivo cronograma;
  @Inject InventarioDeEquipos inventario;
  @Inject ManejadoresDelProceso proceso;
  @Inject PersonaRepository personas;
  @Inject UnidadOrganicaRepository unidades;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.ELABORAR_PLAN_PREVENTIVO, this::elaborarPlan);
    m.put(Manejador.CONFIRMAR_CRONOGRAMA, this::confirmarCronograma);
    m.put(Manejador.COMUNICAR_RELACION, this::comunicarRelacion);
    m.put(Manejador.REGISTRAR_ATENCION_PREVENTIVA, this::registrarAtencion);
    m.put(Manejador.ELABORAR_INFORME_PREVENTIVO, this::elaborarInforme);
    return m;
  }

  // ---------------------------------------------------------------- acts. 1 and 3

  private EfectoDelPaso elaborarPlan(ContextoDePaso c) {
    int anio = anio(c);
    if (cronograma.estado(anio) != CronogramaPreventivo.EstadoDelPlan.PROYECTO) {
      throw new ConflictoException("El plan " + anio + " ya fue comunicado: no se reprograma.");
    }
    CronogramaPreventivo.Alcance alcance = alcance(c, anio);
    List<Equipo> equipos = cronograma.equiposDelAlcance(alcance);
    if (equipos.isEmpty()) {
      throw new DatosInvalidosException(
          "unidades",
          "Ningún equipo activo de "
              + String.join(", ", alcance.unidades())
              + (alcance.tipos().isEmpty() ? "" : " de los tipos elegidos")
              + " tiene un usuario asignado con cuenta en el portal: el cronograma quedaría vacío.");
    }
    for (String u : unidadesDe(equipos)) {
      boolean conAnalista =
          personas.deUnidad(u).stream().anyMatch(p -> p.isActiva() && p.tieneGrupo(u + ANALISTA));
      if (!conAnalista) {
        throw new DatosInvalidosException(
            "unidades",
            "La unidad "
                + u
                + " no tiene Analista de Gestión Administrativa en el portal: nadie confirmaría"
                + " su cronograma (act. 8).");
      }
    }
    var lineas = cronograma.programar(anio, alcance, equipos, d -> flujos.calendario().esHabil(d));
    EfectoDelPaso plan = proceso.manejadores().get(Manejador.ELABORAR_ENTREGABLE).aplicar(c);
    Map<String, Object> variables = new HashMap<>(plan.variables());
    variables.put(
        "analistasDeCadaArea",
        new ArrayList<>(unidadesDe(equipos).stream().map(u -> u + ANALISTA).toList()));
    variables.put("equiposProgramados", lineas.size());
    return new EfectoDelPaso(
        plan.descripcion()
            + "; cronograma de "
            + lineas.size()
            + " equipo(s) de "
            + String.join(", ", unidadesDe(equipos))
            + " del "
            + DIA.format(lineas.get(0).fechaProgramada())
            + " al "
            + DIA.format(lineas.get(lineas.size() - 1).fechaProgramada()),
        null,
        null,
        null,
        variables);
  }

  /** The units, kinds, first day and items per day the step's fields ask for, checked. */
  private CronogramaPreventivo.Alcance alcance(ContextoDePaso c, int anio) {
    var campos = c.valores().campos();
    String textoUnidades = c.valores().texto("unidades");
    Set<String> us = new LinkedHashSet<>();
    for (String u : (textoUnidades == null ? "" : textoUnidades).split("[,;\\s]+")) {
      if (u.isBlank()) {
        continue;
      }
      String codigo = u.strip().toUpperCase(Locale.ROOT);
      if (unidades.porCodigo(codigo).isEmpty()) {
        throw new DatosInvalidosException(
            "unidades", "La unidad «" + u.strip() + "» no existe en el portal.");
      }
      us.add(codigo);
    }
    if (us.isEmpty()) {
      throw new DatosInvalidosException(
          "unidades", "Indique las unidades cuyos equipos entran al plan (p. ej. DGM, DGH).");
    }
    Set<TipoDeEquipo> tipos = EnumSet.noneOf(TipoDeEquipo.class);
    String textoTipos = c.valores().texto("tipos");
    if (textoTipos != null) {
      for (String t : textoTipos.split("[,;]+")) {
        if (t.isBlank()) {
          continue;
        }
        tipos.add(
            TipoDeEquipo.de(t.strip())
                .orElseThrow(
                    () ->
                        new DatosInvalidosException(
                            "tipos",
                            "«"
                                + t.strip()
                                + "» no es un tipo de equipo del inventario (p. ej. LAPTOP,"
                                + " COMPUTADORA_DE_ESCRITORIO, IMPRESORA).")));
      }
    }
    if (!(campos.get("fechaInicio") instanceof LocalDate inicio)) {
      throw new DatosInvalidosException(
          "fechaInicio", "Indique el primer día del cronograma (aaaa-mm-dd).");
    }
    LocalDate hoy = flujos.ahora().atZone(CronogramaPreventivo.LIMA).toLocalDate();
    if (!inicio.isAfter(hoy)) {
      throw new DatosInvalidosException(
          "fechaInicio",
          "El cronograma empieza después de hoy (" + DIA.format(hoy) + "): se programa a futuro.");
    }
    if (inicio.getYear() != anio) {
      throw new DatosInvalidosException(
          "fechaInicio", "El primer día del cronograma cae en el año del plan (" + anio + ").");
    }
    long porDia = campos.get("equiposPorDia") instanceof Number n ? n.longValue() : 0;
    if (porDia < 1 || porDia > 40) {
      throw new DatosInvalidosException(
          "equiposPorDia", "Los equipos atendidos por día van de 1 a 40.");
    }
    return new CronogramaPreventivo.Alcance(List.copyOf(us), tipos, inicio, (int) porDia);
  }

  private static List<String> unidadesDe(List<Equipo> equipos) {
    Set<String> s = new LinkedHashSet<>();
    equipos.forEach(e -> s.add(e.getUnidad()));
    return List.copyOf(s);
  }

  // ---------------------------------------------------------------- act. 8

  private EfectoDelPaso confirmarCronograma(ContextoDePaso c) {
    int anio = anio(c);
    String unidad = c.unidad();
    int n = cronograma.confirmar(anio, unidad, c.persona().getUsuario(), flujos.ahora());
    if (n == 0) {
      throw new ConflictoException(
          "El cronograma " + anio + " no tiene equipos de " + unidad + ".");
    }
    return EfectoDelPaso.hacia(
        "cronograma de " + unidad + " confirmado: " + n + " equipo(s)",
        "Coordinador de Mesa de Ayuda");
  }

  // ---------------------------------------------------------------- act. 9

  private EfectoDelPaso comunicarRelacion(ContextoDePaso c) {
    int anio = anio(c);
    if (cronograma.estado(anio) != CronogramaPreventivo.EstadoDelPlan.PROYECTO) {
      throw new ConflictoException("La relación del plan " + anio + " ya fue comunicada.");
    }
    var lineas = cronograma.cronograma(anio);
    List<String> sinConfirmar =
        lineas.stream()
            .filter(x -> x.confirmadoPor() == null)
            .map(CronogramaPreventivo.Linea::unidad)
            .distinct()
            .toList();
    if (!sinConfirmar.isEmpty()) {
      throw new ConflictoException(
          "Falta la confirmación del cronograma de " + String.join(", ", sinConfirmar) + ".");
    }
    cronograma.cambiarEstado(anio, CronogramaPreventivo.EstadoDelPlan.EN_EJECUCION);
    Map<String, Object> variables = new HashMap<>();
    String primero = siguiente(anio, variables);
    long usuarios = lineas.stream().map(CronogramaPreventivo.Linea::usuario).distinct().count();
    return new EfectoDelPaso(
        "relación de "
            + usuarios
            + " usuario(s) y "
            + lineas.size()
            + " equipo(s) comunicada a Mesa de Ayuda; "
            + primero,
        "Mesa de Ayuda",
        null,
        null,
        variables);
  }

  /**
   * Names the next item to attend ({@code equipoActual}, its user {@code usuario}, who signs at
   * act. 15, and the moment its service opens, {@code fechaDelEquipo}, which the timer before act.
   * 11 waits for) or says none remain ({@code quedanEquipos}).
   */
  private String siguiente(int anio, Map<String, Object> variables) {
    var s = cronograma.siguiente(anio);
    variables.put("quedanEquipos", s.isPresent());
    if (s.isEmpty()) {
      return "se culminó el cronograma";
    }
    var x = s.get();
    variables.put("equipoActual", x.codigoPatrimonial());
    variables.put("usuario", x.usuario());
    variables.put(
        "fechaDelEquipo", java.util.Date.from(CronogramaPreventivo.apertura(x.fechaProgramada())));
    return "sigue el equipo " + x.codigoPatrimonial() + " el " + DIA.format(x.fechaProgramada());
  }

  // ---------------------------------------------------------------- acts. 11 and 18

  private EfectoDelPaso registrarAtencion(ContextoDePaso c) {
    Map<String, Object> enCurso = variables(c);
    int anio = anio(enCurso);
    String codigo = String.valueOf(enCurso.get("equipoActual"));
    var linea = cronograma.linea(anio, codigo);
    switch (c.actividad()) {
      case 11 -> {
        if (!linea.estado().equals(CronogramaPreventivo.EstadoDelEquipo.PROGRAMADO.name())) {
          throw new ConflictoException("El equipo " + codigo + " ya se está atendiendo.");
        }
        String ticket = c.valores().texto("ticket");
        if (ticket == null || !ticket.strip().matches("[A-Za-z0-9][A-Za-z0-9 ./\\-]{0,39}")) {
          throw new DatosInvalidosException(
              "ticket",
              "El número del ticket de Mesa de Ayuda lleva de 1 a 40 letras, dígitos, espacios"
                  + " y . / -.");
        }
        cronograma.atender(anio, codigo, ticket.strip(), flujos.ahora());
        return EfectoDelPaso.hacia(
            "servicio del equipo "
                + codigo
                + " (usuario "
                + linea.usuario()
                + ") registrado con el ticket "
                + ticket.strip(),
            "Operador de Soporte Técnico");
      }
      case 18 -> {
        if (!linea.estado().equals(CronogramaPreventivo.EstadoDelEquipo.EN_ATENCION.name())) {
          throw new ConflictoException("El equipo " + codigo + " no está en atención.");
        }
        Entregable formato = Entregable.FORMATO_DE_CONFORMIDAD_DEL_SERVICIO;
        if (!(enCurso.get(formato.variable()) instanceof Number id)) {
          throw new ConflictoException("El equipo " + codigo + " no tiene formato de conformidad.");
        }
        Documento d = em.find(Documento.class, id.longValue());
        boolean firmado =
            d != null
                && d.firmasVigentes().stream()
                    .anyMatch(f -> linea.usuario().equals(f.getFirmante()));
        if (!firmado) {
          throw new ConflictoException(
              "El usuario del equipo " + codigo + " no firmó el formato de conformidad.");
        }
        String numeroFormato = String.valueOf(enCurso.get(formato.variable() + "_numero"));
        String trabajos = String.valueOf(enCurso.getOrDefault("trabajosRealizados", "")).strip();
        if (trabajos.length() > 1500) {
          trabajos = trabajos.substring(0, 1500) + "…";
        }
        inventario.anotar(
            codigo,
            TipoDeEventoDeEquipo.MANTENIMIENTO_PREVENTIVO,
            "Mantenimiento preventivo del plan "
                + anio
                + " (P/OGA-TI-11): "
                + trabajos
                + " Conformidad del usuario: "
                + numeroFormato
                + ".",
            c.expediente().getNumero(),
            c.persona());
        cronograma.realizar(anio, codigo, id.longValue(), numeroFormato, flujos.ahora());
        Map<String, Object> variables = new HashMap<>();
        String despues = siguiente(anio, variables);
        return new EfectoDelPaso(
            "inventario actualizado: mantenimiento preventivo del equipo "
                + codigo
                + "; "
                + despues,
            null,
            null,
            null,
            variables);
      }
      default ->
          throw new IllegalStateException(
              "preventivo.registrar-atencion no aplica a la actividad " + c.actividad());
    }
  }

  // ---------------------------------------------------------------- act. 19

  private EfectoDelPaso elaborarInforme(ContextoDePaso c) {
    int anio = anio(c);
    var lineas = cronograma.cronograma(anio);
    long pendientes =
        lineas.stream()
            .filter(x -> !x.estado().equals(CronogramaPreventivo.EstadoDelEquipo.REALIZADO.name()))
            .count();
    if (pendientes > 0) {
      throw new ConflictoException(
          "Quedan " + pendientes + " equipo(s) del cronograma " + anio + " por atender.");
    }
    cronograma.cambiarEstado(anio, CronogramaPreventivo.EstadoDelPlan.CONCLUIDO);
    return proceso.manejadores().get(Manejador.ELABORAR_ENTREGABLE).aplicar(c);
  }

  // ----------------------------------------------------------------

  private Map<String, Object> variables(ContextoDePaso c) {
    return flujos.pendiente(c.tareaId()).map(Flujos.PasoEnCurso::variables).orElse(Map.of());
  }

  private int anio(ContextoDePaso c) {
    return anio(variables(c));
  }

  private static int anio(Map<String, Object> variables) {
    if (variables.get("anio") instanceof Number n) {
      return n.intValue();
    }
    throw new IllegalStateException("La instancia no tiene el año del plan (anio)");
  }
}
