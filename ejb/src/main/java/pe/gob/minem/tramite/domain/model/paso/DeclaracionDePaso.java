package pe.gob.minem.tramite.domain.model.paso;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;

/**
 * What one step of a procedure is, as its BPMN task declares it ({@code <mapro:paso>}, ADR 0013):
 * its kind of action, the special action (handler) it runs, its inputs and outcomes with the
 * process variables they set, what the hoja de ruta says of it, the words of its button, its
 * deadline in business days, the deliverable's template and who signs. It belongs to one version of
 * a process definition: instances of that version keep it.
 *
 * <p>{@link #leer} checks what a person sends against it and returns the typed values and the
 * process variables; its errors name the field, in Spanish.
 */
public record DeclaracionDePaso(
    String tarea,
    TipoDeAccion accion,
    Manejador manejador,
    String variable,
    List<Desenlace> desenlaces,
    List<Campo> campos,
    Movimiento.Accion movimiento,
    String descripcion,
    String destino,
    String boton,
    String etiquetaInstruccion,
    String falta,
    Integer plazoDiasHabiles,
    String plantilla,
    Firmantes firmantes)
    implements Serializable {

  public static final int MAXIMO_INSTRUCCION = 1000;

  public DeclaracionDePaso {
    desenlaces = desenlaces == null ? List.of() : List.copyOf(desenlaces);
    campos = campos == null ? List.of() : List.copyOf(campos);
    movimiento = movimiento == null ? accion.movimiento() : movimiento;
  }

  /** Does completing this step place a digital signature (V°B° or suscripción)? */
  public boolean firma() {
    return accion.firma();
  }

  public Optional<Campo> campo(String nombre) {
    return campos.stream().filter(c -> c.nombre().equals(nombre)).findFirst();
  }

  /** The first field of this kind, if the step asks one. */
  public Optional<Campo> campoDeTipo(TipoDeCampo tipo) {
    return campos.stream().filter(c -> c.tipo() == tipo).findFirst();
  }

  /** Is the proveído required whatever the outcome? */
  public boolean instruccionRequerida() {
    return campo(Campo.INSTRUCCION).map(Campo::requerido).orElse(false);
  }

  /** The values of a completion: by field name, typed; the outcome; the variables they set. */
  public record Valores(
      Map<String, Object> campos,
      String desenlace,
      Map<String, Object> variables,
      String instruccion) {

    public String texto(String campo) {
      Object v = campos.get(campo);
      return v == null ? null : v.toString();
    }
  }

  /** Checks the input against the declaration; the first problem is thrown, naming its field. */
  public Valores leer(EntradaDePaso entrada) {
    String instruccion =
        entrada.instruccion() == null || entrada.instruccion().isBlank()
            ? null
            : entrada.instruccion().strip();
    if (instruccion != null && instruccion.length() > MAXIMO_INSTRUCCION) {
      throw new DatosInvalidosException(
          Campo.INSTRUCCION,
          "La instrucción (proveído) no puede pasar de " + MAXIMO_INSTRUCCION + " caracteres.");
    }
    Map<String, Object> valores = new LinkedHashMap<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    String desenlace = null;
    if (accion == TipoDeAccion.DECIDIR || (variable != null && !desenlaces.isEmpty())) {
      Desenlace d = desenlace(entrada.valor(variable));
      desenlace = d.valor();
      variables.put(variable, valorDeVariable(d.valor()));
      if (d.exigeInstruccion() && instruccion == null) {
        throw new DatosInvalidosException(Campo.INSTRUCCION, d.mensajeSiFalta());
      }
    }
    for (Campo c : campos) {
      if (c.nombre().equals(Campo.INSTRUCCION)) {
        if (c.requerido() && instruccion == null) {
          throw new DatosInvalidosException(Campo.INSTRUCCION, c.mensajeSiFalta());
        }
        continue;
      }
      if (c.tipo() == TipoDeCampo.ARCHIVO) {
        continue; // files arrive apart, through the document store
      }
      String crudo = entrada.valor(c.nombre());
      if (crudo == null) {
        if (c.requerido()) {
          throw new DatosInvalidosException(c.nombre(), c.mensajeSiFalta());
        }
        continue;
      }
      Object v = convertir(c, crudo);
      valores.put(c.nombre(), v);
      if (c.variable() != null) {
        variables.put(c.variable(), v);
      }
    }
    return new Valores(valores, desenlace, variables, instruccion);
  }

  private Desenlace desenlace(String valor) {
    if (valor == null) {
      throw new DatosInvalidosException(
          variable,
          falta != null
              ? falta
              : "Elija una opción: "
                  + desenlaces.stream().map(Desenlace::etiqueta).collect(Collectors.joining(" o "))
                  + ".");
    }
    return desenlaces.stream()
        .filter(d -> d.valor().equalsIgnoreCase(valor))
        .findFirst()
        .orElseThrow(
            () ->
                new DatosInvalidosException(
                    variable,
                    "«"
                        + recortar(valor)
                        + "» no es una opción: elija "
                        + desenlaces.stream()
                            .map(d -> d.valor() + " (" + d.etiqueta() + ")")
                            .collect(Collectors.joining(" o "))
                        + "."));
  }

  /** Outcomes true/false go to the variable as booleans, so conditions read {@code ${x}}. */
  private Object valorDeVariable(String valor) {
    boolean booleano =
        desenlaces.stream().allMatch(d -> d.valor().equals("true") || d.valor().equals("false"));
    return booleano ? Boolean.valueOf(valor) : valor;
  }

  private static Object convertir(Campo c, String crudo) {
    if (c.maximo() > 0 && crudo.length() > c.maximo()) {
      throw new DatosInvalidosException(
          c.nombre(), "«" + c.etiqueta() + "» no puede pasar de " + c.maximo() + " caracteres.");
    }
    return switch (c.tipo()) {
      case SI_NO -> {
        if (crudo.equalsIgnoreCase("true")
            || crudo.equalsIgnoreCase("si")
            || crudo.equalsIgnoreCase("sí")) {
          yield Boolean.TRUE;
        }
        if (crudo.equalsIgnoreCase("false") || crudo.equalsIgnoreCase("no")) {
          yield Boolean.FALSE;
        }
        throw new DatosInvalidosException(
            c.nombre(), "Responda «" + c.etiqueta() + "» con sí o no.");
      }
      case NUMERO -> {
        try {
          yield Long.valueOf(crudo);
        } catch (NumberFormatException e) {
          throw new DatosInvalidosException(
              c.nombre(), "«" + c.etiqueta() + "» debe ser un número entero.");
        }
      }
      case FECHA -> {
        try {
          yield LocalDate.parse(crudo);
        } catch (DateTimeParseException e) {
          throw new DatosInvalidosException(
              c.nombre(), "«" + c.etiqueta() + "» debe ser una fecha (aaaa-mm-dd).");
        }
      }
      case HORA -> {
        try {
          yield java.time.LocalTime.parse(crudo).withSecond(0).withNano(0).toString();
        } catch (DateTimeParseException e) {
          throw new DatosInvalidosException(
              c.nombre(), "«" + c.etiqueta() + "» debe ser una hora (hh:mm, de 00:00 a 23:59).");
        }
      }
      case OPCION ->
          c.opciones().stream()
              .filter(o -> o.valor().equalsIgnoreCase(crudo))
              .map(Campo.Opcion::valor)
              .findFirst()
              .orElseThrow(
                  () ->
                      new DatosInvalidosException(
                          c.nombre(),
                          "«"
                              + recortar(crudo)
                              + "» no es una opción de «"
                              + c.etiqueta()
                              + "»: elija "
                              + c.opciones().stream()
                                  .map(Campo.Opcion::etiqueta)
                                  .collect(Collectors.joining(", "))
                              + "."));
      default -> crudo; // texts; a unit's code and a person's user are checked by their handler
    };
  }

  private static String recortar(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
