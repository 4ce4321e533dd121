package pe.gob.minem.tramite.application.copiaderespaldo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.application.paso.EfectoDelPaso;
import pe.gob.minem.tramite.application.paso.ManejadorDePaso;
import pe.gob.minem.tramite.application.paso.ManejadoresDePaso;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EjecucionDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.EntradaDeCatalogo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Frecuencia;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.MedioDeRespaldo;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.Programacion;
import pe.gob.minem.tramite.domain.model.copiaderespaldo.TipoDeRespaldo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.infrastructure.workflow.Flujos;

/**
 * The special actions of P/OGA-TI-06 (ADR 0027): act. 2 puts the backup identified at act. 1 in the
 * catálogo de respaldos (created, or updated if the server is there), and acts. 3 to 6 record the
 * execution: act. 3 a new attempt (mode, size), act. 4 its log verified (with errors: a failure,
 * and act. 3 again), act. 5 the medium's label, act. 6 the shipment to custody.
 */
@ApplicationScoped
public class ManejadoresDeRespaldo implements ManejadoresDePaso {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Flujos flujos;
  @Inject CatalogoDeRespaldos catalogo;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.ACTUALIZAR_CATALOGO_DE_RESPALDOS, this::actualizarCatalogo);
    m.put(Manejador.REGISTRAR_EJECUCION_DE_RESPALDO, this::registrarEjecucion);
    return m;
  }

  private EfectoDelPaso actualizarCatalogo(ContextoDePaso c) {
    Map<String, Object> enCurso = variables(c);
    var campos = c.valores().campos();
    Frecuencia frecuencia = enumerado(Frecuencia.class, campos.get("frecuencia"), "frecuencia");
    Integer dia = campos.get("dia") instanceof Number n ? n.intValue() : null;
    var hoy = c.ahora().atZone(Programacion.LIMA);
    if (dia == null && frecuencia == Frecuencia.SEMANAL) {
      dia = hoy.getDayOfWeek().getValue();
    } else if (dia == null && frecuencia == Frecuencia.MENSUAL) {
      dia = hoy.getDayOfMonth();
    }
    long retencion = campos.get("retencion") instanceof Number n ? n.longValue() : 0;
    var datos =
        new EntradaDeCatalogo.Datos(
            texto(enCurso.get("servidor")),
            texto(enCurso.get("informacion")),
            enumerado(TipoDeRespaldo.class, campos.get("tipo"), "tipo"),
            new Programacion(frecuencia, dia, Programacion.hora(texto(campos.get("hora")))),
            (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, retencion)),
            enumerado(MedioDeRespaldo.class, campos.get("medio"), "medio"),
            texto(campos.get("custodia")));
    EntradaDeCatalogo e =
        catalogo.registrarDesdePaso(c.persona(), datos, c.expediente().getNumero());
    Map<String, Object> variables = new HashMap<>();
    variables.put("catalogoId", e.getId());
    variables.put("servidor", e.getServidor());
    return new EfectoDelPaso(
        "catálogo de respaldos: "
            + e.getServidor()
            + " — "
            + e.programacion().describir()
            + ", "
            + e.getMedio().etiqueta().toLowerCase(java.util.Locale.ROOT)
            + ", retención "
            + e.getRetencionDias()
            + " días",
        null,
        null,
        null,
        variables);
  }

  private EfectoDelPaso registrarEjecucion(ContextoDePaso c) {
    var tarea =
        flujos
            .pendiente(c.tareaId())
            .orElseThrow(() -> new IllegalStateException("Sin tarea " + c.tareaId()));
    Map<String, Object> enCurso = tarea.variables();
    String procesoId = tarea.procesoId();
    Object id = enCurso.get("catalogoId");
    if (!(id instanceof Number catalogoId)) {
      throw new IllegalStateException("La instancia " + procesoId + " no tiene catalogoId");
    }
    EntradaDeCatalogo entrada = catalogo.entrada(catalogoId.longValue());
    List<EjecucionDeRespaldo> previas =
        em.createQuery(
                "SELECT x FROM EjecucionDeRespaldo x WHERE x.procesoId = :p ORDER BY x.intento DESC",
                EjecucionDeRespaldo.class)
            .setParameter("p", procesoId)
            .getResultList();
    var campos = c.valores().campos();
    switch (c.actividad()) {
      case 3 -> {
        long tamano = campos.get("tamanoMb") instanceof Number n ? n.longValue() : -1;
        if (tamano < 0) {
          throw new DatosInvalidosException(
              "tamanoMb", "El tamaño de la copia es un número de MB, 0 o más.");
        }
        String programado = texto(enCurso.get("programadoPara"));
        var x =
            new EjecucionDeRespaldo(
                entrada,
                procesoId,
                previas.size() + 1,
                c.expediente().getNumero(),
                programado == null ? null : Instant.parse(programado),
                c.ahora(),
                c.persona().getUsuario(),
                texto(campos.get("modo")),
                tamano);
        em.persist(x);
        return EfectoDelPaso.descrito(
            "copia de respaldo de "
                + entrada.getServidor()
                + " realizada (intento "
                + x.getIntento()
                + ", "
                + tamano
                + " MB)");
      }
      case 4 -> {
        var x = ultima(previas);
        boolean conErrores = Boolean.parseBoolean(String.valueOf(c.valores().desenlace()));
        x.verificar(conErrores, c.valores().instruccion());
        return EfectoDelPaso.descrito(
            conErrores
                ? "log con errores: se repite la copia de " + entrada.getServidor()
                : "log sin errores: copia de " + entrada.getServidor() + " conforme");
      }
      case 5 -> {
        var x = ultima(previas);
        String etiqueta = texto(campos.get("etiquetaMedio"));
        x.grabar(etiqueta);
        return EfectoDelPaso.descrito(
            "grabada en "
                + x.getMedio().etiqueta().toLowerCase(java.util.Locale.ROOT)
                + " «"
                + etiqueta
                + "»");
      }
      case 6 -> {
        var x = ultima(previas);
        String guia = texto(campos.get("guiaEnvio"));
        x.enviar(guia, c.ahora());
        return EfectoDelPaso.descrito("enviada a " + x.getCustodia() + " (guía " + guia + ")");
      }
      default ->
          throw new IllegalStateException(
              "respaldo.registrar-ejecucion no aplica a la actividad " + c.actividad());
    }
  }

  private static EjecucionDeRespaldo ultima(List<EjecucionDeRespaldo> previas) {
    if (previas.isEmpty()) {
      throw new IllegalStateException("No hay una copia registrada en esta instancia");
    }
    return previas.get(0);
  }

  private Map<String, Object> variables(ContextoDePaso c) {
    return flujos.pendiente(c.tareaId()).map(Flujos.PasoEnCurso::variables).orElse(Map.of());
  }

  private static <E extends Enum<E>> E enumerado(Class<E> tipo, Object valor, String campo) {
    try {
      return Enum.valueOf(tipo, String.valueOf(valor));
    } catch (IllegalArgumentException e) {
      throw new DatosInvalidosException(campo, "Valor no válido: «" + valor + "».");
    }
  }

  private static String texto(Object o) {
    return o == null ? null : o.toString();
  }
}
