package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.signing.SignatureOptions;

/**
 * What is read about the documents inside an expediente: their views with versions and signatures,
 * their contents, whether the caller may draft there, and what a signing step's signature will say.
 * Drafting is in {@link ElaboracionDeDocumentos}.
 */
@Stateless
public class ConsultaDeDocumentos {

  @Inject DocumentoRepository documentosElaborados;
  @Inject PersonaActual personaActual;
  @Inject ConsultaExpedientes consulta;
  @Inject DocumentStore documentos;
  @Inject pe.gob.minem.tramite.infrastructure.workflow.Flujos flujos;
  @Inject FirmaDigital firmaDigital;
  @Inject InformesGuardados informes;

  /** A document and its history, for the web and the API. */
  public record DocumentoVista(
      Long id,
      String numeroExpediente,
      String tipo,
      String tipoEtiqueta,
      boolean paraSuscribir,
      String asunto,
      String autor,
      String estado,
      String codigoVerificacion,
      boolean publico,
      String confidencialidad,
      int versionActual,
      List<VersionVista> versiones,
      List<FirmaVista> firmas,
      String unidad,
      String unidadNombre)
      implements Serializable {}

  /**
   * A version; a signed one with the validation kept with it ({@code validacion}, ADR 0024), or,
   * signed before the portal kept them, {@code validacionPendiente} until the background pass makes
   * it.
   */
  public record VersionVista(
      int numero,
      String nombre,
      String sha256,
      long tamano,
      String origen,
      String motivo,
      String creadaPor,
      Instant fecha,
      ValidacionVista validacion,
      boolean validacionPendiente)
      implements Serializable {

    /** A version without a kept validation (not signed). */
    public VersionVista(
        int numero,
        String nombre,
        String sha256,
        long tamano,
        String origen,
        String motivo,
        String creadaPor,
        Instant fecha) {
      this(numero, nombre, sha256, tamano, origen, motivo, creadaPor, fecha, null, false);
    }
  }

  /**
   * The validation kept with a signed version: the verdict over its signatures (TOTAL_PASSED,
   * INDETERMINATE or TOTAL_FAILED), how many it holds, when it ran and whether it ran at signing.
   * Its reports are at {@code GET /documentos/{id}/versiones/{numero}/informe?formato=pdf|simple|
   * detallado}.
   */
  public record ValidacionVista(String indicacion, int firmas, Instant validadaEl, boolean alFirmar)
      implements Serializable {}

  public record FirmaVista(
      String clase,
      int actividad,
      String firmante,
      String cargo,
      Instant fecha,
      String nivel,
      String indicacion,
      int version,
      boolean anulada,
      String motivoAnulacion)
      implements Serializable {}

  public DocumentoVista buscar(long documentoId) {
    return vista(visible(documentoId));
  }

  /** The document, if the caller may see its expediente; "not found" otherwise. */
  public Documento visible(long documentoId) {
    Documento d =
        documentosElaborados
            .porId(documentoId)
            .orElseThrow(
                () -> new NoEncontradoException("No existe el documento " + documentoId + "."));
    consulta.visible(d.getExpediente().getNumero());
    return d;
  }

  public List<DocumentoVista> deExpediente(String numero) {
    return deExpediente(consulta.visible(numero));
  }

  /** The documents of an expediente the caller may see (already checked). */
  public List<DocumentoVista> deExpediente(Expediente e) {
    return documentosElaborados.deExpediente(e).stream().map(ConsultaDeDocumentos::vista).toList();
  }

  /** The bytes of a version (the current one when {@code numero} is 0). */
  public byte[] contenido(long documentoId, int numero) {
    Documento d = visible(documentoId);
    var v =
        numero == 0
            ? d.versionActual()
            : d.getVersiones().stream()
                .filter(x -> x.getNumero() == numero)
                .findFirst()
                .orElseThrow(
                    () -> new NoEncontradoException("No existe la versión " + numero + "."));
    try (var in = documentos.abrir(v.getSha256())) {
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * A validation report kept with a signed version (ADR 0024), to whoever may read the version's
   * content.
   *
   * @throws NoEncontradoException no such document or version, not visible to the caller, not
   *     signed, or its report not made yet
   */
  public InformesGuardados.Informe informe(
      long documentoId, int numero, InformesGuardados.Formato formato) {
    Documento d = visible(documentoId);
    var v =
        d.getVersiones().stream()
            .filter(x -> x.getNumero() == numero)
            .findFirst()
            .orElseThrow(() -> new NoEncontradoException("No existe la versión " + numero + "."));
    return informes.leer(d, v, formato);
  }

  /** May the current person draft a document in this expediente (it is in his hands)? */
  public boolean puedeElaborarEn(String numeroExpediente) {
    Persona p = personaActual.persona();
    if (!puedeElaborar(p)) {
      return false;
    }
    return puedeElaborarEn(p, consulta.visible(numeroExpediente));
  }

  /** {@link #puedeElaborarEn(String)} for an expediente the person may see (already checked). */
  public boolean puedeElaborarEn(Persona p, Expediente e) {
    return puedeElaborar(p)
        && e.getResponsable() != null
        && e.getResponsable().getUsuario().equals(p.getUsuario());
  }

  /** The document a P/OGA-TI-02 task is about, by its verification code. */
  public DocumentoVista porCodigo(String codigoVerificacion) {
    Documento d =
        documentosElaborados
            .porCodigo(codigoVerificacion)
            .orElseThrow(
                () ->
                    new NoEncontradoException(
                        "No existe el documento " + codigoVerificacion + "."));
    consulta.visible(d.getExpediente().getNumero());
    return vista(d);
  }

  /**
   * What the signature of a signing step (acts. 5, 8, 11, 12) will say, before it is made, and
   * which keys the person may sign it with here: the server-held demo key ({@code
   * llaveDelServidor}, demo mode), the portal's PKCS#11 token ({@code token}, when configured); the
   * client-side signature through the API is always possible.
   */
  public record FirmaPrevista(
      String motivo,
      String firmante,
      String cargo,
      String unidad,
      String nivel,
      boolean llaveDelServidor,
      boolean token)
      implements Serializable {}

  /**
   * The signature the current person would place by completing this task: its reason, his name and
   * cargo in the step's unit, and the PAdES level; empty when the task does not sign.
   */
  public Optional<FirmaPrevista> firmaPrevista(String tareaId) {
    var t = flujos.pendiente(tareaId).orElse(null);
    var paso = t == null ? null : t.paso();
    if (paso == null || !paso.firma()) {
      return Optional.empty();
    }
    String unidad = t.unidadDelCargo().orElse(ElaboracionDeDocumentos.UNIDAD_AUTORA);
    Persona p = personaActual.persona();
    String codigoUnidad = unidad;
    String nombreUnidad =
        p.getCargos().stream()
            .filter(c -> c.getUnidad().getCodigo().equals(codigoUnidad))
            .map(c -> c.getUnidad().getNombre())
            .findFirst()
            .orElse(unidad);
    return Optional.of(
        new FirmaPrevista(
            paso.accion() == TipoDeAccion.SUSCRIPCION
                ? SignatureOptions.MOTIVO_CONFORMIDAD
                : SignatureOptions.MOTIVO_VISTO_BUENO,
            p.getNombreCompleto(),
            p.cargoEn(unidad),
            nombreUnidad,
            firmaDigital.nivel().label(),
            firmaDigital.isDemo(),
            firmaDigital.tokenDisponible()));
  }

  public boolean puedeElaborar(Persona p) {
    return ElaboracionDeDocumentos.esAutor(p);
  }

  /**
   * How a document this person drafts in this expediente (null: in one his unit opens for it) is
   * signed, in words: the path (the MAPRO's P/OGA-TI-02 for the OTI, the unit's own otherwise, ADR
   * 0038) and who signs the kinds that are signed.
   */
  public record CaminoDeFirma(String camino, String quienSuscribe)
      implements java.io.Serializable {}

  public static final CaminoDeFirma CAMINO_DE_LA_OTI =
      new CaminoDeFirma(
          "P/OGA-TI-02 · Visto bueno o suscripción", "el Director General de Administración");

  public CaminoDeFirma caminoDeFirma(Persona p, Expediente e) {
    if (!puedeElaborar(p)) {
      return CAMINO_DE_LA_OTI;
    }
    String unidad =
        e == null
            ? ElaboracionDeDocumentos.unidadesDeRedaccion(p).get(0)
            : ElaboracionDeDocumentos.unidadAutora(p, e);
    if (ElaboracionDeDocumentos.UNIDAD_AUTORA.equals(unidad)) {
      return CAMINO_DE_LA_OTI;
    }
    String nombre =
        p.getCargos().stream()
            .filter(c -> c.getUnidad().getCodigo().equals(unidad))
            .map(c -> c.getUnidad().getNombre())
            .findFirst()
            .orElse(unidad);
    return new CaminoDeFirma("Firma en " + nombre, "el Director de la unidad");
  }

  static DocumentoVista vista(Documento d) {
    return new DocumentoVista(
        d.getId(),
        d.getExpediente().getNumero(),
        d.getTipo().name(),
        d.getTipo().etiqueta(),
        d.getTipo().paraSuscribir(),
        d.getAsunto(),
        d.getAutor().getUsuario(),
        d.getEstado().name(),
        d.getCodigoVerificacion(),
        d.isPublico(),
        d.getConfidencialidad().name(),
        d.versionActual().getNumero(),
        d.getVersiones().stream()
            .map(
                v ->
                    new VersionVista(
                        v.getNumero(),
                        v.getNombre(),
                        v.getSha256(),
                        v.getTamano(),
                        v.getOrigen().name(),
                        v.getMotivo(),
                        v.getCreadaPor(),
                        v.getFecha(),
                        v.validacion()
                            .map(
                                g ->
                                    new ValidacionVista(
                                        g.indicacion(), g.firmas(), g.validadaEl(), g.alFirmar()))
                            .orElse(null),
                        v.esperaValidacion()))
            .toList(),
        d.getFirmas().stream()
            .map(
                f ->
                    new FirmaVista(
                        f.getClase().name(),
                        f.getActividad(),
                        f.getFirmanteNombre(),
                        f.getCargo(),
                        f.getFecha(),
                        f.getNivel(),
                        f.getIndicacion(),
                        f.getVersion().getNumero(),
                        f.isAnulada(),
                        f.getMotivoAnulacion()))
            .toList(),
        d.getUnidad().getCodigo(),
        d.getUnidad().getNombre());
  }
}
