package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.RemisionFisica;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.domain.model.paso.TipoDeCampo;

/**
 * The special actions on the expediente: P/OGA-TI-01's routing (delivery to the director, the
 * derivation he disposes, the derivation with its paper, the reception, the responsable) and the
 * responsable's attention.
 */
@ApplicationScoped
public class ManejadoresDelExpediente implements ManejadoresDePaso {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject Destinos destinos;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.ENTREGAR_AL_DIRECTOR, this::entregarAlDirector);
    m.put(Manejador.DISPONER_DERIVACION, this::disponerDerivacion);
    m.put(Manejador.DERIVAR_A_UNIDAD, this::derivarAUnidad);
    m.put(Manejador.RECIBIR_EN_UNIDAD, this::recibirEnUnidad);
    m.put(Manejador.ASIGNAR_RESPONSABLE, this::asignarResponsable);
    m.put(Manejador.DERIVAR_A_RESPONSABLE, this::derivarAResponsable);
    m.put(Manejador.ATENDER, this::atender);
    return m;
  }

  private EfectoDelPaso entregarAlDirector(ContextoDePaso c) {
    c.expediente().entregarAlDirector();
    return EfectoDelPaso.hacia(
        "Entrega del expediente al Director General", "Director General de Administración");
  }

  private EfectoDelPaso disponerDerivacion(ContextoDePaso c) {
    String campo = campo(c.paso(), TipoDeCampo.UNIDAD);
    UnidadOrganica u = destinos.unidad(campo, c.valores().texto(campo));
    c.expediente().disponerDerivacion(u);
    return new EfectoDelPaso(
        "Toma conocimiento y dispone la derivación a " + u.getNombre(),
        u.getNombre(),
        u.getCodigo(),
        null,
        variable(c.paso(), campo, u.getCodigo()));
  }

  private EfectoDelPaso derivarAUnidad(ContextoDePaso c) {
    Expediente e = c.expediente();
    UnidadOrganica origen = e.getUnidadActual();
    e.derivarAUnidad();
    em.persist(
        new RemisionFisica(
            e, origen, e.getUnidadDestino(), null, c.persona().getUsuario(), c.ahora()));
    return new EfectoDelPaso(
        "Derivación a " + e.getUnidadDestino().getNombre() + " y remisión en físico",
        e.getUnidadDestino().getNombre(),
        e.getUnidadDestino().getCodigo(),
        null,
        null);
  }

  private EfectoDelPaso recibirEnUnidad(ContextoDePaso c) {
    return EfectoDelPaso.hacia(
        "Verificación, registro y entrega al Director",
        "Director de " + c.expediente().getUnidadActual().getNombre());
  }

  private EfectoDelPaso asignarResponsable(ContextoDePaso c) {
    String campo = campo(c.paso(), TipoDeCampo.RESPONSABLE);
    Persona resp = destinos.responsable(campo, c.unidad(), c.valores().texto(campo));
    c.expediente().asignarResponsable(resp);
    return new EfectoDelPaso(
        "Toma conocimiento y asigna como responsable a " + resp.getNombreCompleto(),
        resp.getNombreCompleto(),
        c.unidad(),
        resp.getUsuario(),
        variable(c.paso(), campo, resp.getUsuario()));
  }

  private EfectoDelPaso derivarAResponsable(ContextoDePaso c) {
    Expediente e = c.expediente();
    e.derivarAResponsable();
    em.persist(
        new RemisionFisica(
            e,
            e.getUnidadActual(),
            e.getUnidadActual(),
            e.getResponsable(),
            c.persona().getUsuario(),
            c.ahora()));
    return new EfectoDelPaso(
        "Derivación al responsable y remisión en físico",
        e.getResponsable().getNombreCompleto(),
        c.unidad(),
        e.getResponsable().getUsuario(),
        null);
  }

  private EfectoDelPaso atender(ContextoDePaso c) {
    c.expediente().atender();
    return EfectoDelPaso.NINGUNO;
  }

  /** The name of the step's field of this kind (the declaration was checked at deployment). */
  private static String campo(DeclaracionDePaso paso, TipoDeCampo tipo) {
    return paso.campoDeTipo(tipo).orElseThrow().nombre();
  }

  /** The checked value goes to the field's variable in its canonical form (the unit's code). */
  private static Map<String, Object> variable(DeclaracionDePaso paso, String campo, Object valor) {
    String variable =
        paso.campo(campo).map(pe.gob.minem.tramite.domain.model.paso.Campo::variable).orElse(null);
    return variable == null ? Map.of() : Map.of(variable, valor);
  }
}
