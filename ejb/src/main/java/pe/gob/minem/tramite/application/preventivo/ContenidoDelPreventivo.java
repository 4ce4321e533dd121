package pe.gob.minem.tramite.application.preventivo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.equipo.InventarioDeEquipos;
import pe.gob.minem.tramite.application.paso.ContenidoDeEntregable;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Entregable;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.infrastructure.pdf.PlantillaDocumento;

/**
 * What P/OGA-TI-11's deliverables print from the plan's rows (ADR 0033): the plan its cronograma
 * (day, item, kind, unit, user), the formato de conformidad the item attended and its user, the
 * informe final the numbers (scheduled, done, conformidades signed by their users) and each item's
 * outcome.
 */
@ApplicationScoped
public class ContenidoDelPreventivo implements ContenidoDeEntregable {

  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", Reloj.ES_PE);

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject CronogramaPreventivo cronograma;
  @Inject InventarioDeEquipos inventario;
  @Inject PersonaRepository personas;

  /** The numbers of the informe final. */
  public record Resumen(int programados, int realizados, int conformidadesFirmadas) {}

  @Override
  public boolean llena(Entregable entregable) {
    return entregable == Entregable.PLAN_DE_MANTENIMIENTO_PREVENTIVO
        || entregable == Entregable.FORMATO_DE_CONFORMIDAD_DEL_SERVICIO
        || entregable == Entregable.INFORME_FINAL_DE_MANTENIMIENTO_PREVENTIVO;
  }

  @Override
  public List<PlantillaDocumento.Seccion> secciones(
      Entregable entregable, ContextoDePaso paso, Map<String, Object> variables) {
    if (!(variables.get("anio") instanceof Number n)) {
      return List.of();
    }
    int anio = n.intValue();
    return switch (entregable) {
      case PLAN_DE_MANTENIMIENTO_PREVENTIVO -> plan(anio);
      case FORMATO_DE_CONFORMIDAD_DEL_SERVICIO ->
          formato(anio, String.valueOf(variables.get("equipoActual")));
      case INFORME_FINAL_DE_MANTENIMIENTO_PREVENTIVO -> informe(anio);
      default -> List.of();
    };
  }

  private List<PlantillaDocumento.Seccion> plan(int anio) {
    var lineas = cronograma.cronograma(anio);
    var plan = cronograma.plan(anio).orElseThrow();
    List<PlantillaDocumento.Fila> alcance = new ArrayList<>();
    alcance.add(new PlantillaDocumento.Fila("Año", String.valueOf(anio)));
    alcance.add(new PlantillaDocumento.Fila("Unidades", String.join(", ", plan.unidades())));
    alcance.add(
        new PlantillaDocumento.Fila(
            "Tipos de equipo",
            plan.tipos().isEmpty()
                ? "Todos"
                : String.join(
                    ", ",
                    plan.tipos().stream().map(t -> TipoDeEquipo.valueOf(t).etiqueta()).toList())));
    alcance.add(
        new PlantillaDocumento.Fila("Equipos por día", String.valueOf(plan.equiposPorDia())));
    alcance.add(new PlantillaDocumento.Fila("Equipos programados", String.valueOf(lineas.size())));
    if (!lineas.isEmpty()) {
      alcance.add(
          new PlantillaDocumento.Fila(
              "Periodo",
              "del "
                  + DIA.format(lineas.get(0).fechaProgramada())
                  + " al "
                  + DIA.format(lineas.get(lineas.size() - 1).fechaProgramada())));
    }
    List<List<String>> filas = new ArrayList<>();
    for (var x : lineas) {
      filas.add(
          List.of(
              FECHA.format(x.fechaProgramada()),
              x.codigoPatrimonial(),
              TipoDeEquipo.valueOf(x.tipo()).etiqueta(),
              x.unidad(),
              nombre(x.usuario())));
    }
    return List.of(
        PlantillaDocumento.Seccion.deFilas("Alcance del plan", alcance),
        PlantillaDocumento.Seccion.deTabla(
            "Cronograma de mantenimiento preventivo",
            new PlantillaDocumento.Tabla(
                List.of("Fecha", "Código patrimonial", "Tipo", "Unidad", "Usuario"), filas)));
  }

  private List<PlantillaDocumento.Seccion> formato(int anio, String codigo) {
    var x = cronograma.linea(anio, codigo);
    var e = inventario.porCodigo(codigo).orElseThrow();
    List<PlantillaDocumento.Fila> filas = new ArrayList<>();
    filas.add(new PlantillaDocumento.Fila("Código patrimonial", e.getCodigoPatrimonial()));
    filas.add(
        new PlantillaDocumento.Fila(
            "Equipo",
            e.getTipo().etiqueta()
                + " "
                + e.getMarca()
                + (e.getModelo() == null ? "" : " " + e.getModelo())
                + (e.getSerie() == null ? "" : " (serie " + e.getSerie() + ")")));
    filas.add(new PlantillaDocumento.Fila("Usuario", nombre(x.usuario())));
    filas.add(new PlantillaDocumento.Fila("Unidad", x.unidad()));
    if (e.getUbicacion() != null) {
      filas.add(new PlantillaDocumento.Fila("Ubicación", e.getUbicacion()));
    }
    filas.add(new PlantillaDocumento.Fila("Fecha programada", DIA.format(x.fechaProgramada())));
    if (x.ticket() != null) {
      filas.add(new PlantillaDocumento.Fila("Ticket de Mesa de Ayuda", x.ticket()));
    }
    return List.of(
        PlantillaDocumento.Seccion.deFilas("Equipo atendido", filas),
        PlantillaDocumento.Seccion.deTexto(
            "Conformidad",
            "El usuario revisó el equipo instalado y firma este formato en señal de conformidad"
                + " con el servicio de mantenimiento preventivo."));
  }

  private List<PlantillaDocumento.Seccion> informe(int anio) {
    var lineas = cronograma.cronograma(anio);
    Resumen r = resumen(anio);
    List<PlantillaDocumento.Fila> numeros =
        List.of(
            new PlantillaDocumento.Fila("Equipos programados", String.valueOf(r.programados())),
            new PlantillaDocumento.Fila(
                "Mantenimientos realizados", String.valueOf(r.realizados())),
            new PlantillaDocumento.Fila(
                "Conformidades firmadas por los usuarios",
                String.valueOf(r.conformidadesFirmadas())));
    List<List<String>> filas = new ArrayList<>();
    for (var x : lineas) {
      filas.add(
          List.of(
              x.codigoPatrimonial(),
              x.unidad(),
              FECHA.format(x.fechaProgramada()),
              x.realizado() == null
                  ? "Pendiente"
                  : FECHA.format(x.realizado().atZone(CronogramaPreventivo.LIMA).toLocalDate()),
              x.ticket() == null ? "—" : x.ticket(),
              x.conformidadNumero() == null ? "—" : x.conformidadNumero()));
    }
    return List.of(
        PlantillaDocumento.Seccion.deFilas("Resultados", numeros),
        PlantillaDocumento.Seccion.deTabla(
            "Ejecución del cronograma",
            new PlantillaDocumento.Tabla(
                List.of("Equipo", "Unidad", "Programado", "Realizado", "Ticket", "Conformidad"),
                filas)));
  }

  /**
   * Scheduled, done, and done with a formato de conformidad whose signatures in force include its
   * user's.
   */
  public Resumen resumen(int anio) {
    var lineas = cronograma.cronograma(anio);
    int realizados = 0;
    int firmadas = 0;
    for (var x : lineas) {
      if (!x.estado().equals(CronogramaPreventivo.EstadoDelEquipo.REALIZADO.name())) {
        continue;
      }
      realizados++;
      Documento d =
          x.conformidadDocumento() == null
              ? null
              : em.find(Documento.class, x.conformidadDocumento());
      if (d != null
          && d.firmasVigentes().stream().anyMatch(f -> x.usuario().equals(f.getFirmante()))) {
        firmadas++;
      }
    }
    return new Resumen(lineas.size(), realizados, firmadas);
  }

  private String nombre(String usuario) {
    return personas.porUsuario(usuario).map(Persona::getNombreCompleto).orElse(usuario);
  }

  static String fecha(LocalDate d) {
    return FECHA.format(d);
  }
}
