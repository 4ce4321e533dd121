package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.domain.model.documento.Entregable;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;
import pe.gob.minem.tramite.domain.model.paso.Campo;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.domain.model.paso.TipoDeCampo;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The special actions of the OTI's procedures (P/OGA-TI-03, 04, 05; ADR 0026): drafting a
 * deliverable from its template with what the step's fields say, assigning the person who goes on
 * with the process, and recording the outcome of the Gestión de Adquisiciones that the Oficina de
 * Abastecimiento y Servicios runs outside the portal.
 */
@ApplicationScoped
public class ManejadoresDelProceso implements ManejadoresDePaso {

  /** The Gestión de Adquisiciones' outcome that lets the development go on. */
  static final String ORDEN_EMITIDA = "ORDEN";

  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Reloj.ES_PE);

  @Inject ElaboracionDeDocumentos elaboracion;
  @Inject Flujos flujos;
  @Inject PersonaRepository personas;
  @Inject UnidadOrganicaRepository unidades;
  @Inject Destinos destinos;

  @Inject @jakarta.enterprise.inject.Any
  jakarta.enterprise.inject.Instance<ContenidoDeEntregable> contenidos;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.ELABORAR_ENTREGABLE, this::elaborar);
    m.put(Manejador.ASIGNAR_EN_EL_PROCESO, this::asignar);
    m.put(Manejador.RESULTADO_DE_ADQUISICION, this::resultadoDeAdquisicion);
    return m;
  }

  /**
   * Drafts the step's deliverable (its {@code plantilla}) as a new document of the expediente, or a
   * new version of the one drafted before in this instance, and makes it the document the next
   * signing steps sign ({@code documentoId}).
   */
  private EfectoDelPaso elaborar(ContextoDePaso c) {
    Entregable entregable = Entregable.de(c.paso().plantilla()).orElseThrow();
    // the step's task, read once: its process variables, instance and procedure
    Flujos.PasoEnCurso tarea = flujos.pendiente(c.tareaId()).orElse(null);
    Map<String, Object> enCurso = tarea == null ? Map.of() : tarea.variables();
    Long existente =
        !entregable.repetible() && enCurso.get(entregable.variable()) instanceof Number n
            ? n.longValue()
            : null;
    Object numeroPrevio = enCurso.get(entregable.variable() + "_numero");
    String procesoId = tarea == null ? null : tarea.procesoId();
    String procedimiento = tarea == null ? "el procedimiento" : tarea.actividad().procedimiento();
    var hecho =
        elaboracion.elaborarEntregable(
            c.persona(),
            c.expediente(),
            entregable,
            existente,
            numeroPrevio == null ? null : numeroPrevio.toString(),
            procesoId,
            numero -> contenido(c, entregable, numero, procedimiento, enCurso),
            c.ahora());
    Map<String, Object> variables = new HashMap<>();
    variables.put("documentoId", hecho.documento().getId());
    variables.put("documento", hecho.documento().getCodigoVerificacion());
    variables.put("autor", c.persona().getUsuario());
    variables.put("paraSuscribir", entregable.tipo().paraSuscribir());
    variables.put(entregable.variable(), hecho.documento().getId());
    variables.put(entregable.variable() + "_numero", hecho.numero());
    return new EfectoDelPaso(
        entregable.titulo()
            + " elaborado: "
            + hecho.numero()
            + (hecho.version() > 1 ? " (versión " + hecho.version() + ")" : ""),
        null,
        null,
        null,
        variables);
  }

  /**
   * What the template prints: the number, a sentence saying what it is, a table of the data (the
   * expediente, the área usuaria, the short fields) and a section per long field — a table when its
   * label announces columns ("uno por línea: caso | pasos | resultado") and its lines have them,
   * text otherwise — and the observations.
   */
  private PlantillaDocumento.Contenido contenido(
      ContextoDePaso c,
      Entregable entregable,
      String numero,
      String procedimiento,
      Map<String, Object> enCurso) {
    var e = c.expediente();
    String cuerpo =
        entregable.titulo()
            + " del expediente N° "
            + e.getNumero()
            + ", elaborado en la actividad N° "
            + c.actividad()
            + " de "
            + procedimiento
            + ".";
    List<PlantillaDocumento.Fila> datos = new ArrayList<>();
    datos.add(new PlantillaDocumento.Fila("Expediente", e.getNumero() + " — " + e.getAsunto()));
    String area = texto(enCurso.get("areaUsuaria"));
    if (area != null) {
      datos.add(new PlantillaDocumento.Fila("Área usuaria", nombreDeUnidad(area)));
    }
    List<PlantillaDocumento.Seccion> secciones = new ArrayList<>();
    for (Campo campo : c.paso().campos()) {
      if (campo.nombre().equals(Campo.INSTRUCCION) || campo.tipo() == TipoDeCampo.ARCHIVO) {
        continue;
      }
      Object v = c.valores().campos().get(campo.nombre());
      if (v == null) {
        continue;
      }
      if (campo.tipo() != TipoDeCampo.TEXTO_LARGO) {
        datos.add(new PlantillaDocumento.Fila(titulo(campo.etiqueta()), legible(campo, v)));
        continue;
      }
      List<String> columnas = columnas(campo.etiqueta());
      String valor = v.toString().strip();
      if (!columnas.isEmpty() && valor.contains("|")) {
        List<List<String>> filas = new ArrayList<>();
        for (String linea : valor.split("\\R")) {
          if (linea.isBlank()) {
            continue;
          }
          List<String> celdas = new ArrayList<>();
          for (String celda : linea.split("\\|", -1)) {
            celdas.add(celda.strip());
          }
          while (celdas.size() > columnas.size()) {
            int u = celdas.size() - 1;
            celdas.set(u - 1, celdas.get(u - 1) + " " + celdas.remove(u));
          }
          filas.add(celdas);
        }
        secciones.add(
            PlantillaDocumento.Seccion.deTabla(
                titulo(campo.etiqueta()), new PlantillaDocumento.Tabla(columnas, filas)));
      } else {
        secciones.add(PlantillaDocumento.Seccion.deTexto(titulo(campo.etiqueta()), valor));
      }
    }
    if (contenidos != null) {
      for (ContenidoDeEntregable extra : contenidos) {
        if (extra.llena(entregable)) {
          secciones.addAll(extra.secciones(entregable, c, enCurso));
        }
      }
    }
    if (c.valores().instruccion() != null) {
      secciones.add(PlantillaDocumento.Seccion.deTexto("Observaciones", c.valores().instruccion()));
    }
    secciones.add(0, PlantillaDocumento.Seccion.deFilas("Datos", datos));
    return new PlantillaDocumento.Contenido(
            entregable.titulo().toUpperCase(Reloj.ES_PE),
            nombreDeUnidad("OTI"),
            numero,
            ElaboracionDeDocumentos.lugarYFecha(Reloj.hoy()),
            null,
            new PlantillaDocumento.NombreYCargo(
                c.persona().getNombreCompleto(), c.persona().cargoEn(c.unidad())),
            e.getAsunto(),
            "Expediente N° " + e.getNumero(),
            cuerpo,
            firmantes(entregable, c.persona(), c.unidad(), area, enCurso))
        .conSecciones(secciones);
  }

  /** A field's label without its parenthesis: "Casos de prueba". */
  static String titulo(String etiqueta) {
    int i = etiqueta.indexOf(" (");
    return i > 0 ? etiqueta.substring(0, i) : etiqueta;
  }

  /** The columns a label announces: "(uno por línea: caso | pasos | resultado)". */
  static List<String> columnas(String etiqueta) {
    int i = etiqueta.indexOf(':');
    int j = etiqueta.lastIndexOf(')');
    if (i < 0 || j < i || !etiqueta.substring(i, j).contains("|")) {
      return List.of();
    }
    List<String> l = new ArrayList<>();
    for (String c : etiqueta.substring(i + 1, j).split("\\|")) {
      String t = c.strip();
      l.add(t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1));
    }
    return l;
  }

  /** The people printed above the stamps: those whose signatures the procedure asks for. */
  private List<PlantillaDocumento.NombreYCargo> firmantes(
      Entregable entregable,
      Persona autor,
      String unidadDelAutor,
      String areaUsuaria,
      Map<String, Object> enCurso) {
    List<PlantillaDocumento.NombreYCargo> l = new ArrayList<>();
    switch (entregable) {
      case TERMINOS_DE_REFERENCIA -> {
        titular(areaUsuaria, areaUsuaria + ":REPRESENTANTE").ifPresent(l::add);
        titular("OTI", "OTI:COORDINADOR:DESARROLLO").ifPresent(l::add);
        titular("OTI", "OTI:DIRECTOR").ifPresent(l::add);
      }
      case ACTA_DE_PASE_A_PRODUCCION -> {
        titular("OTI", "OTI:DIRECTOR").ifPresent(l::add);
        titular(areaUsuaria, areaUsuaria + ":REPRESENTANTE").ifPresent(l::add);
      }
      case ACTA_DE_CIERRE -> titular("OGA", "OGA:DIRECTOR").ifPresent(l::add);
      // P/OGA-TI-10 and 12: the author signs, the Director approves with his V°B°
      case INFORME_TECNICO_DE_REPARACION, INFORME_TECNICO_DE_FALLA, INFORME_PARA_ADQUISICION -> {
        l.add(
            new PlantillaDocumento.NombreYCargo(
                autor.getNombreCompleto(), autor.cargoEn(unidadDelAutor)));
        titular("OTI", "OTI:DIRECTOR").ifPresent(l::add);
      }
      // P/OGA-TI-11: the Director approves the plan by signing it (act. 4); the equipment's user
      // signs the formato de conformidad (act. 15)
      case PLAN_DE_MANTENIMIENTO_PREVENTIVO -> titular("OTI", "OTI:DIRECTOR").ifPresent(l::add);
      case FORMATO_DE_CONFORMIDAD_DEL_SERVICIO ->
          personas
              .porUsuario(String.valueOf(enCurso.get("usuario")))
              .ifPresent(
                  p ->
                      l.add(
                          new PlantillaDocumento.NombreYCargo(
                              p.getNombreCompleto(), p.cargoEn(unidadDe(p)))));
      case CONSTANCIA_DE_PRUEBAS -> {
        l.add(new PlantillaDocumento.NombreYCargo(autor.getNombreCompleto(), autor.cargoEn("OTI")));
        titular("OTI", "OTI:ESPECIALISTA:PRUEBAS").ifPresent(l::add);
      }
      default ->
          l.add(
              new PlantillaDocumento.NombreYCargo(
                  autor.getNombreCompleto(), autor.cargoEn(unidadDelAutor)));
    }
    return l;
  }

  private static String unidadDe(Persona p) {
    return p.getCargos().stream().map(x -> x.getUnidad().getCodigo()).findFirst().orElse(null);
  }

  private Optional<PlantillaDocumento.NombreYCargo> titular(String unidad, String grupo) {
    if (unidad == null) {
      return Optional.empty();
    }
    return personas.deUnidad(unidad).stream()
        .filter(p -> p.tieneGrupo(grupo))
        .findFirst()
        .map(p -> new PlantillaDocumento.NombreYCargo(p.getNombreCompleto(), p.cargoEn(unidad)));
  }

  /**
   * Names the person who goes on with the process (the Analista de Desarrollo de Sistemas, the
   * Analista de Pruebas): one of the step's unit who holds a cargo the field offers.
   */
  private EfectoDelPaso asignar(ContextoDePaso c) {
    Persona elegido = null;
    for (Campo campo : c.paso().campos()) {
      if (campo.tipo() != TipoDeCampo.RESPONSABLE) {
        continue;
      }
      String usuario = c.valores().texto(campo.nombre());
      if (usuario == null) {
        continue;
      }
      Persona p =
          destinos.responsables(c.unidad()).stream()
              .filter(x -> x.getUsuario().equals(usuario))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DatosInvalidosException(
                          campo.nombre(),
                          "«" + usuario + "» no es una persona de su unidad que pueda asignar."));
      if (!campo.opciones().isEmpty()
          && campo.opciones().stream().noneMatch(o -> p.tieneGrupo(o.valor()))) {
        throw new DatosInvalidosException(
            campo.nombre(),
            p.getNombreCompleto()
                + " no tiene el cargo que pide «"
                + campo.etiqueta()
                + "»: elija entre "
                + String.join(", ", campo.opciones().stream().map(Campo.Opcion::etiqueta).toList())
                + ".");
      }
      elegido = p;
    }
    if (elegido == null) {
      return EfectoDelPaso.NINGUNO;
    }
    return new EfectoDelPaso(
        "asignado a " + elegido.getNombreCompleto(),
        elegido.getNombreCompleto(),
        c.unidad(),
        elegido.getUsuario(),
        null);
  }

  /**
   * The Gestión de Adquisiciones' outcome: the orden de servicio with its number and a date that is
   * not in the future, or the selection declared void (desierto), which the declaration makes
   * explain.
   */
  private EfectoDelPaso resultadoDeAdquisicion(ContextoDePaso c) {
    if (!ORDEN_EMITIDA.equals(c.valores().desenlace())) {
      return EfectoDelPaso.descrito(
          "la Gestión de Adquisiciones quedó desierta: el área usuaria solicita de nuevo la contratación");
    }
    String orden = c.valores().texto("numeroOrden");
    if (orden == null || orden.isBlank()) {
      throw new DatosInvalidosException(
          "numeroOrden", "Indique el número de la orden de servicio emitida.");
    }
    if (!orden.strip().matches("[\\p{L}0-9 °º./\\-]{1,30}")) {
      throw new DatosInvalidosException(
          "numeroOrden",
          "El número de la orden de servicio solo lleva letras, dígitos, espacios y . / - °.");
    }
    Object fecha = c.valores().campos().get("fechaOrden");
    if (!(fecha instanceof LocalDate dia)) {
      throw new DatosInvalidosException(
          "fechaOrden", "Indique la fecha de la orden de servicio (aaaa-mm-dd).");
    }
    if (dia.isAfter(Reloj.hoy())) {
      throw new DatosInvalidosException(
          "fechaOrden",
          "La fecha de la orden de servicio no puede ser posterior a hoy ("
              + DIA.format(Reloj.hoy())
              + ").");
    }
    // P/OGA-TI-10 act. 9 goes on when the spare part arrived: its date, when the step asks it
    boolean pideLlegada =
        c.paso().campos().stream().anyMatch(campo -> campo.nombre().equals("fechaLlegada"));
    if (!pideLlegada) {
      return EfectoDelPaso.descrito(
          "orden de servicio N° " + orden.strip() + " del " + DIA.format(dia));
    }
    if (!(c.valores().campos().get("fechaLlegada") instanceof LocalDate llegada)) {
      throw new DatosInvalidosException(
          "fechaLlegada", "Indique la fecha en que llegó el repuesto (aaaa-mm-dd).");
    }
    if (llegada.isBefore(dia) || llegada.isAfter(Reloj.hoy())) {
      throw new DatosInvalidosException(
          "fechaLlegada",
          "La fecha de llegada del repuesto va de la fecha de la orden ("
              + DIA.format(dia)
              + ") a hoy ("
              + DIA.format(Reloj.hoy())
              + ").");
    }
    return EfectoDelPaso.descrito(
        "orden N° "
            + orden.strip()
            + " del "
            + DIA.format(dia)
            + "; el repuesto llegó el "
            + DIA.format(llegada));
  }

  private String nombreDeUnidad(String codigo) {
    return unidades.porCodigo(codigo).map(u -> u.getNombre()).orElse(codigo);
  }

  private static String legible(Campo campo, Object v) {
    if (v instanceof LocalDate d) {
      return DIA.format(d);
    }
    if (v instanceof Boolean b) {
      return b ? "Sí" : "No";
    }
    if (campo.tipo() == TipoDeCampo.OPCION) {
      return campo.opciones().stream()
          .filter(o -> o.valor().equals(v.toString()))
          .map(Campo.Opcion::etiqueta)
          .findFirst()
          .orElse(v.toString());
    }
    return v.toString();
  }

  private static String texto(Object o) {
    return o == null ? null : o.toString();
  }
}
