package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * P/OGA-TI-10 Mantenimiento Correctivo (ADR 0032): the equipment the service is about, registered
 * at act. 1, and the outcome of the Reposición de Equipos de Control Patrimonial that the Oficina
 * de Abastecimiento y Servicios runs outside the portal (act. 16). Both check the código
 * patrimonial here because the declaration only knows a maximum length.
 */
@ApplicationScoped
public class ManejadoresDelMantenimiento implements ManejadoresDePaso {

  /** A código patrimonial as Control Patrimonial labels it: 6 to 20 letters, digits or hyphens. */
  static final String CODIGO_PATRIMONIAL = "[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9]";

  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Reloj.ES_PE);

  @Inject Flujos flujos;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.REGISTRAR_SERVICIO, this::registrarServicio);
    m.put(Manejador.REGISTRAR_REPOSICION, this::registrarReposicion);
    return m;
  }

  /** Act. 1: the equipment's código patrimonial, kept normalized (upper case, no spaces). */
  private EfectoDelPaso registrarServicio(ContextoDePaso c) {
    String codigo = codigoPatrimonial(c.valores().texto("codigoPatrimonial"), "codigoPatrimonial");
    if (codigo == null) {
      throw new DatosInvalidosException(
          "codigoPatrimonial", "Indique el código patrimonial del equipo.");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("codigoPatrimonial", codigo);
    return new EfectoDelPaso("servicio registrado: equipo " + codigo, null, null, null, variables);
  }

  /**
   * Act. 16: the replacement's date (not in the future), its acta or document and, if the equipment
   * changed, its new código patrimonial (not the old one).
   */
  private EfectoDelPaso registrarReposicion(ContextoDePaso c) {
    Object fecha = c.valores().campos().get("fechaReposicion");
    if (!(fecha instanceof LocalDate dia)) {
      throw new DatosInvalidosException(
          "fechaReposicion", "Indique la fecha de la reposición (aaaa-mm-dd).");
    }
    if (dia.isAfter(Reloj.hoy())) {
      throw new DatosInvalidosException(
          "fechaReposicion",
          "La fecha de la reposición no puede ser posterior a hoy ("
              + DIA.format(Reloj.hoy())
              + ").");
    }
    String acta = c.valores().texto("actaDeReposicion");
    if (acta == null || acta.isBlank()) {
      throw new DatosInvalidosException(
          "actaDeReposicion", "Indique el número del acta o documento de reposición.");
    }
    if (!acta.strip().matches("[\\p{L}0-9 °º./\\-]{1,40}")) {
      throw new DatosInvalidosException(
          "actaDeReposicion",
          "El número del acta de reposición solo lleva letras, dígitos, espacios y . / - °.");
    }
    String nuevo =
        codigoPatrimonial(c.valores().texto("codigoPatrimonialNuevo"), "codigoPatrimonialNuevo");
    Map<String, Object> variables = new HashMap<>();
    variables.put("actaDeReposicion", acta.strip());
    if (nuevo != null) {
      Object anterior = variablesDelProceso(c).get("codigoPatrimonial");
      if (nuevo.equals(anterior)) {
        throw new DatosInvalidosException(
            "codigoPatrimonialNuevo",
            "El código patrimonial del equipo repuesto es el mismo del equipo averiado ("
                + nuevo
                + "): déjelo vacío si no cambió.");
      }
      variables.put("codigoPatrimonialNuevo", nuevo);
    }
    return new EfectoDelPaso(
        "equipo repuesto el "
            + DIA.format(dia)
            + " (acta N° "
            + acta.strip()
            + (nuevo == null ? "" : ", nuevo código patrimonial " + nuevo)
            + ")",
        null,
        null,
        null,
        variables);
  }

  /** Null when empty; otherwise upper case, or a Spanish error naming the field. */
  static String codigoPatrimonial(String valor, String campo) {
    if (valor == null || valor.isBlank()) {
      return null;
    }
    String codigo = valor.strip().toUpperCase(Locale.ROOT);
    if (!codigo.matches(CODIGO_PATRIMONIAL)) {
      throw new DatosInvalidosException(
          campo,
          "El código patrimonial «"
              + valor.strip()
              + "» no es válido: lleva de 6 a 20 letras, dígitos o guiones (no al inicio ni al"
              + " final).");
    }
    return codigo;
  }

  private Map<String, Object> variablesDelProceso(ContextoDePaso c) {
    return flujos == null
        ? Map.of()
        : flujos.pendiente(c.tareaId()).map(t -> t.variables()).orElse(Map.of());
  }
}
