package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.CausaDeNegocio;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/**
 * Batch signing with the signer's own key (the local signing agent, ADR 0019): step 1 of external
 * signing for every chosen task at once, then — after the client signed all the digests with one
 * PIN — step 3 for each signature. Each step of each document is its own transaction, through the
 * same {@link BandejaService} calls as one document on its own: a document that fails (already
 * signed, revoked certificate, a signature the token did not make) is reported and leaves it as it
 * was; the others go on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirmaExternaEnLote {

  private static final Logger LOG = Logger.getLogger(FirmaExternaEnLote.class.getName());
  static final String INSTRUCCION = "Firmado en lote con el certificado del firmante";

  /**
   * Step 1 for one document: its request and digest to sign, or why it cannot be signed ({@code
   * mensaje}, and no {@code solicitud}).
   */
  public record Preparada(
      String tareaId,
      String numero,
      String documento,
      String descripcion,
      String solicitud,
      String digestAlgorithm,
      byte[] digest,
      String mensaje)
      implements Serializable {

    public boolean lista() {
      return solicitud != null;
    }
  }

  /** Step 3 for one document: the task and the client's signature of its request. */
  public record Firmada(String tareaId, FirmaExterna firma) {}

  @Inject BandejaService bandeja;
  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;

  /** Step 1 for each task of the caller, in order, with the signer's chain. */
  public List<Preparada> preparar(List<String> tareas, List<X509Certificate> cadena) {
    if (tareas == null || tareas.isEmpty()) {
      throw new DatosInvalidosException("tareas", "Elija al menos un documento para firmar.");
    }
    if (tareas.size() > FirmaEnLoteService.MAXIMO) {
      throw new DatosInvalidosException(
          "tareas", "Un lote admite hasta " + FirmaEnLoteService.MAXIMO + " documentos.");
    }
    List<Preparada> r = new ArrayList<>();
    for (String id : tareas) {
      String numero = null;
      String documento = null;
      String descripcion = id;
      try {
        var t = bandeja.tarea(id);
        numero = t.numero();
        documento = t.documento();
        descripcion = t.descripcion();
        var p = bandeja.prepararFirmaExterna(id, cadena);
        r.add(
            new Preparada(
                id, numero, documento, descripcion, p.id(), p.digestAlgorithm(), p.digest(), null));
      } catch (RuntimeException e) {
        r.add(new Preparada(id, numero, documento, descripcion, null, null, null, mensaje(e)));
      }
    }
    String usuario = personaActual.usuario();
    long listas = r.stream().filter(Preparada::lista).count();
    auditoria.registrarAparte(
        usuario,
        "FIRMA_EN_LOTE_EXTERNA",
        null,
        listas + " de " + tareas.size() + " documentos preparados para firmar en el cliente");
    return r;
  }

  /** Step 3 for each signature, each in its own transaction; one outcome per document, in order. */
  public List<LotesDeFirma.Resultado> completar(List<Firmada> firmas) {
    List<LotesDeFirma.Resultado> r = new ArrayList<>();
    for (Firmada f : firmas) {
      String numero = null;
      String documento = null;
      try {
        var t = bandeja.tarea(f.tareaId());
        numero = t.numero();
        documento = t.documento();
        bandeja.completar(f.tareaId(), new ResultadoTarea(Map.of(), INSTRUCCION, f.firma(), null));
        r.add(new LotesDeFirma.Resultado(f.tareaId(), numero, documento, true, "Firmado"));
      } catch (RuntimeException e) {
        r.add(new LotesDeFirma.Resultado(f.tareaId(), numero, documento, false, mensaje(e)));
      }
    }
    String usuario = personaActual.usuario();
    long firmados = r.stream().filter(LotesDeFirma.Resultado::firmado).count();
    LOG.info(
        () ->
            usuario
                + " firmó con su certificado "
                + firmados
                + " de "
                + firmas.size()
                + " documentos del lote");
    return r;
  }

  private static String mensaje(Throwable e) {
    return CausaDeNegocio.en(e)
        .map(Throwable::getMessage)
        .orElse("Error inesperado; el documento quedó como estaba.");
  }
}
