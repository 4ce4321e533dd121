package pe.gob.minem.tramite.application.paso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import pe.gob.minem.tramite.application.documento.FirmaDeDocumentos;
import pe.gob.minem.tramite.domain.model.ReglaIncumplidaException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.expediente.RemisionFisica;
import pe.gob.minem.tramite.domain.model.paso.Manejador;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;

/**
 * The special actions on a step's document (P/OGA-TI-02, visto bueno o suscripción): sending it to
 * review, the review's outcome, the observation, the legal-review decision, the PAdES signatures
 * and the derivation back to the author with its paper. The executor prefixes each description with
 * the document («Informe “…”: »).
 */
@ApplicationScoped
public class ManejadoresDelDocumento implements ManejadoresDePaso {

  /** The outcome of a review that asks for changes (acts. 2 and 9 declare it). */
  static final String CAMBIOS = "CAMBIOS";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject FirmaDeDocumentos firmas;

  @Override
  public Map<Manejador, ManejadorDePaso> manejadores() {
    Map<Manejador, ManejadorDePaso> m = new EnumMap<>(Manejador.class);
    m.put(Manejador.REMITIR, this::remitir);
    m.put(Manejador.REMITIR_AJUSTADO, this::remitirAjustado);
    m.put(Manejador.REVISAR, this::revisar);
    m.put(Manejador.OBSERVAR, this::observar);
    m.put(Manejador.DECIDIR_REVISION_LEGAL, this::decidirRevisionLegal);
    m.put(Manejador.FIRMAR, this::firmar);
    m.put(Manejador.DERIVAR_AL_AUTOR, this::derivarAlAutor);
    return m;
  }

  private EfectoDelPaso remitir(ContextoDePaso c) {
    Documento d = c.documentoRequerido();
    d.remitir();
    return EfectoDelPaso.descrito(
        "remitido al Director para su revisión (versión " + d.versionActual().getNumero() + ")");
  }

  private EfectoDelPaso remitirAjustado(ContextoDePaso c) {
    Documento d = c.documentoRequerido();
    if (!d.versionActual().getFecha().isAfter(c.tareaCreada())) {
      throw new ReglaIncumplidaException(
          "Suba la versión ajustada del documento antes de volver a remitirlo.");
    }
    d.remitir();
    return EfectoDelPaso.descrito(
        "ajustado y remitido de nuevo (versión " + d.versionActual().getNumero() + ")");
  }

  private EfectoDelPaso revisar(ContextoDePaso c) {
    boolean cambios = CAMBIOS.equals(c.valores().desenlace());
    if (cambios) {
      c.documentoRequerido().observar();
    }
    return EfectoDelPaso.descrito(cambios ? "revisado: requiere cambios" : "revisado: conforme");
  }

  private EfectoDelPaso observar(ContextoDePaso c) {
    Documento d = c.documentoRequerido();
    d.observar();
    return EfectoDelPaso.hacia("observado", d.getAutor().getNombreCompleto());
  }

  private EfectoDelPaso decidirRevisionLegal(ContextoDePaso c) {
    boolean legal = Boolean.parseBoolean(c.valores().desenlace());
    c.documentoRequerido().decidirRevisionLegal(legal);
    return EfectoDelPaso.hacia(
        "ingreso registrado; " + (legal ? "pasa a revisión legal" : "no amerita revisión legal"),
        legal ? "Analista Legal de la OGA" : "Director General de Administración");
  }

  private EfectoDelPaso firmar(ContextoDePaso c) {
    Documento d = c.documentoRequerido();
    boolean suscripcion = c.paso().accion() == TipoDeAccion.SUSCRIPCION;
    firmas.firmar(c, suscripcion ? Firma.Clase.SUSCRIPCION : Firma.Clase.VISTO_BUENO);
    return EfectoDelPaso.descrito(
        (suscripcion ? "suscrito" : "V°B°")
            + " con firma digital (versión "
            + d.versionActual().getNumero()
            + ")");
  }

  private EfectoDelPaso derivarAlAutor(ContextoDePaso c) {
    Documento d = c.documentoRequerido();
    d.derivar();
    em.persist(
        new RemisionFisica(
            c.expediente(),
            c.expediente().getUnidadActual(),
            d.getUnidad(),
            d.getAutor(),
            c.persona().getUsuario(),
            c.ahora()));
    return EfectoDelPaso.hacia(
        "derivado al responsable y remitido en físico", d.getAutor().getNombreCompleto());
  }
}
