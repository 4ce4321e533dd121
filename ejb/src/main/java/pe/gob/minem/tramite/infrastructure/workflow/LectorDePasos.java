package pe.gob.minem.tramite.infrastructure.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.ExtensionElement;
import org.flowable.bpmn.model.FlowElement;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.paso.Campo;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.Desenlace;
import pe.gob.minem.tramite.domain.model.paso.Firmantes;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.domain.model.paso.TipoDeCampo;

/**
 * Reads the {@code <mapro:paso>} declaration of a BPMN task (ADR 0013) into a {@link
 * DeclaracionDePaso}, reporting every problem it finds: an unknown action, field kind, handler or
 * hoja-de-ruta action; a missing required attribute; inputs that the action needs and the
 * declaration lacks. Used at deployment by {@link ValidadorDePasos} (a definition with problems
 * does not deploy) and at run time by {@link CatalogoDeActividades}.
 */
public final class LectorDePasos {

  public static final String NS = ActividadMapro.NS;
  private static final Pattern VARIABLE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private LectorDePasos() {}

  /** The {@code mapro:paso} element of a task, if it has one. */
  public static Optional<ExtensionElement> elemento(FlowElement tarea) {
    List<ExtensionElement> l = tarea.getExtensionElements().get("paso");
    if (l == null) {
      return Optional.empty();
    }
    return l.stream().filter(e -> NS.equals(e.getNamespace())).findFirst();
  }

  /**
   * The declaration of a task, or empty if it has none or it is invalid; each problem goes to
   * {@code problemas} in Spanish, naming the task.
   */
  public static Optional<DeclaracionDePaso> leer(FlowElement tarea, Consumer<String> problemas) {
    Optional<ExtensionElement> el = elemento(tarea);
    if (el.isEmpty()) {
      problemas.accept(
          "la tarea «" + tarea.getId() + "» no declara su paso (<mapro:paso accion=\"…\">)");
      return Optional.empty();
    }
    List<String> errores = new ArrayList<>();
    Consumer<String> error = m -> errores.add("tarea «" + tarea.getId() + "»: " + m);
    ExtensionElement p = el.get();

    String nombreAccion = attr(p, "accion");
    TipoDeAccion accion = null;
    if (nombreAccion == null) {
      error.accept("falta el atributo accion");
    } else {
      accion = TipoDeAccion.de(nombreAccion).orElse(null);
      if (accion == null) {
        error.accept(
            "la acción «"
                + nombreAccion
                + "» no existe; las conocidas: "
                + nombres(TipoDeAccion.values()));
      }
    }
    Manejador manejador = null;
    String nombreManejador = attr(p, "manejador");
    if (nombreManejador != null) {
      manejador = Manejador.de(nombreManejador).orElse(null);
      if (manejador == null) {
        error.accept(
            "el manejador «"
                + nombreManejador
                + "» no existe; los conocidos: "
                + nombres(Manejador.values()));
      }
    }
    Movimiento.Accion movimiento = null;
    String nombreMovimiento = attr(p, "movimiento");
    if (nombreMovimiento != null) {
      try {
        movimiento = Movimiento.Accion.valueOf(nombreMovimiento);
      } catch (IllegalArgumentException e) {
        error.accept("el movimiento «" + nombreMovimiento + "» no existe en la hoja de ruta");
      }
    }
    Integer plazo = null;
    String textoPlazo = attr(p, "plazo");
    if (textoPlazo != null) {
      try {
        plazo = Integer.valueOf(textoPlazo);
        if (plazo < 1 || plazo > 365) {
          error.accept("el plazo debe estar entre 1 y 365 días hábiles");
        }
      } catch (NumberFormatException e) {
        error.accept("el plazo «" + textoPlazo + "» no es un número de días hábiles");
      }
    }
    Firmantes firmantes = null;
    String textoFirmantes = attr(p, "firmantes");
    if (textoFirmantes != null) {
      firmantes = Firmantes.de(textoFirmantes).orElse(null);
      if (firmantes == null) {
        error.accept("firmantes debe ser uno, secuencia o paralelo");
      }
    }

    List<Campo> campos = new ArrayList<>();
    Set<String> nombresDeCampo = new HashSet<>();
    for (ExtensionElement c : hijos(p, "campo")) {
      String nombre = attr(c, "nombre");
      String tipoTexto = attr(c, "tipo");
      String etiqueta = attr(c, "etiqueta");
      if (nombre == null || !VARIABLE.matcher(nombre).matches()) {
        error.accept("un campo no tiene nombre válido (letras, dígitos y _)");
        continue;
      }
      if (!nombresDeCampo.add(nombre)) {
        error.accept("el campo «" + nombre + "» está declarado dos veces");
      }
      TipoDeCampo tipo =
          tipoTexto == null ? TipoDeCampo.TEXTO : TipoDeCampo.de(tipoTexto).orElse(null);
      if (tipo == null) {
        error.accept(
            "el campo «"
                + nombre
                + "» tiene un tipo desconocido «"
                + tipoTexto
                + "»; los conocidos: "
                + nombres(TipoDeCampo.values()));
        continue;
      }
      if (etiqueta == null) {
        error.accept("el campo «" + nombre + "» no tiene etiqueta");
      }
      List<Campo.Opcion> opciones = new ArrayList<>();
      for (ExtensionElement o : hijos(c, "opcion")) {
        if (attr(o, "valor") == null) {
          error.accept("una opción del campo «" + nombre + "» no tiene valor");
        } else {
          opciones.add(new Campo.Opcion(attr(o, "valor"), attrO(o, "etiqueta", attr(o, "valor"))));
        }
      }
      if (tipo == TipoDeCampo.OPCION && opciones.isEmpty()) {
        error.accept(
            "el campo «" + nombre + "» es de opciones y no declara ninguna <mapro:opcion>");
      }
      String variable = attr(c, "variable");
      if (variable != null && !VARIABLE.matcher(variable).matches()) {
        error.accept(
            "la variable «" + variable + "» del campo «" + nombre + "» no es un nombre válido");
      }
      int maximo = 0;
      if (attr(c, "maximo") != null) {
        try {
          maximo = Integer.parseInt(attr(c, "maximo"));
        } catch (NumberFormatException e) {
          error.accept("el máximo del campo «" + nombre + "» no es un número");
        }
      }
      campos.add(
          new Campo(
              nombre,
              tipo,
              etiqueta,
              "true".equals(attr(c, "requerido")),
              attr(c, "falta"),
              maximo,
              opciones,
              variable,
              attr(c, "ayuda")));
    }

    List<Desenlace> desenlaces = new ArrayList<>();
    for (ExtensionElement d : hijos(p, "desenlace")) {
      String valor = attr(d, "valor");
      if (valor == null) {
        error.accept("un desenlace no tiene valor");
        continue;
      }
      desenlaces.add(
          new Desenlace(
              valor,
              attrO(d, "etiqueta", valor),
              Campo.INSTRUCCION.equals(attr(d, "exige")),
              attr(d, "falta")));
    }
    String variable = attr(p, "variable");
    if (variable != null && !VARIABLE.matcher(variable).matches()) {
      error.accept("la variable «" + variable + "» no es un nombre válido");
    }

    if (accion != null) {
      exigencias(accion, variable, desenlaces, campos, manejador, attr(p, "plantilla"), error);
    }
    errores.forEach(problemas);
    if (!errores.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DeclaracionDePaso(
            tarea.getId(),
            accion,
            manejador,
            variable,
            desenlaces,
            campos,
            movimiento,
            attr(p, "descripcion"),
            attr(p, "destino"),
            attr(p, "boton"),
            attr(p, "etiquetaInstruccion"),
            attr(p, "falta"),
            plazo,
            attr(p, "plantilla"),
            accion.firma() ? (firmantes == null ? Firmantes.UNO : firmantes) : firmantes));
  }

  /** What each kind of action needs from its declaration. */
  private static void exigencias(
      TipoDeAccion accion,
      String variable,
      List<Desenlace> desenlaces,
      List<Campo> campos,
      Manejador manejador,
      String plantilla,
      Consumer<String> error) {
    boolean tieneDesenlaces = !desenlaces.isEmpty();
    if (tieneDesenlaces && variable == null) {
      error.accept("declara desenlaces pero no la variable que toman (variable=\"…\")");
    }
    switch (accion) {
      case DECIDIR -> {
        if (variable == null) {
          error.accept("la acción decidir necesita la variable de su decisión (variable=\"…\")");
        }
        if (desenlaces.size() < 2) {
          error.accept("la acción decidir necesita al menos dos <mapro:desenlace>");
        }
      }
      case ELEGIR_UNIDAD -> exigeCampo(campos, TipoDeCampo.UNIDAD, accion, error);
      case ELEGIR_RESPONSABLE -> exigeCampo(campos, TipoDeCampo.RESPONSABLE, accion, error);
      case LLENAR_CAMPOS -> {
        if (campos.isEmpty()) {
          error.accept("la acción llenar-campos no declara ningún <mapro:campo>");
        }
      }
      case ADJUNTAR -> exigeCampo(campos, TipoDeCampo.ARCHIVO, accion, error);
      case ELABORAR -> {
        if (plantilla == null) {
          error.accept("la acción elaborar necesita la plantilla del entregable (plantilla=\"…\")");
        } else if (pe.gob.minem.tramite.domain.model.documento.Entregable.de(plantilla).isEmpty()) {
          error.accept(
              "la plantilla «"
                  + plantilla
                  + "» no existe; las conocidas: "
                  + nombres(pe.gob.minem.tramite.domain.model.documento.Entregable.values()));
        }
        if (manejador == null || !manejador.elabora()) {
          error.accept(
              "la acción elaborar redacta el entregable: su manejador es "
                  + Manejador.ELABORAR_ENTREGABLE.nombre()
                  + " (o uno que lo redacta tras registrar sus datos)");
        }
      }
      case VISTO_BUENO, SUSCRIPCION -> {
        if (manejador != Manejador.FIRMAR) {
          error.accept(
              "la acción "
                  + accion.nombre()
                  + " firma: su manejador es "
                  + Manejador.FIRMAR.nombre());
        }
      }
      case RESULTADO_EXTERNO -> {
        if (!tieneDesenlaces && campos.isEmpty()) {
          error.accept(
              "la acción resultado-externo necesita desenlaces o campos para el resultado");
        }
      }
      default -> {}
    }
    if (!accion.firma() && manejador == Manejador.FIRMAR) {
      error.accept(
          "solo las acciones visto-bueno y suscripcion usan el manejador "
              + Manejador.FIRMAR.nombre());
    }
  }

  private static void exigeCampo(
      List<Campo> campos, TipoDeCampo tipo, TipoDeAccion accion, Consumer<String> error) {
    if (campos.stream().noneMatch(c -> c.tipo() == tipo && c.requerido())) {
      error.accept(
          "la acción "
              + accion.nombre()
              + " necesita un <mapro:campo tipo=\""
              + tipo.nombre()
              + "\" requerido=\"true\">");
    }
  }

  private static List<ExtensionElement> hijos(ExtensionElement e, String nombre) {
    Map<String, List<ExtensionElement>> hijos = e.getChildElements();
    List<ExtensionElement> l = hijos == null ? null : hijos.get(nombre);
    return l == null ? List.of() : l;
  }

  private static String attr(ExtensionElement e, String nombre) {
    String v = e.getAttributeValue(null, nombre);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String attrO(ExtensionElement e, String nombre, String porDefecto) {
    String v = attr(e, nombre);
    return v == null ? porDefecto : v;
  }

  private static String nombres(Enum<?>[] valores) {
    List<String> l = new ArrayList<>();
    for (Enum<?> v : valores) {
      if (v instanceof TipoDeAccion a) {
        l.add(a.nombre());
      } else if (v instanceof Manejador m) {
        l.add(m.nombre());
      } else if (v instanceof TipoDeCampo t) {
        l.add(t.nombre());
      } else {
        l.add(v.name());
      }
    }
    return String.join(", ", l);
  }
}
