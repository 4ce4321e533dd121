package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.signing.PendingSignature;

/**
 * A batch signed with the signer's own key: step 1 and step 3 go document by document, so one that
 * is refused leaves the others going; every document has its outcome, in order.
 */
class FirmaExternaEnLoteTest {

  /** The bandeja: each step of each task recorded; the tasks named here are refused. */
  static class BandejaDePrueba extends BandejaService {
    final List<String> llamadas = new ArrayList<>();
    final Set<String> noSePreparan;
    final Set<String> noSeCompletan;

    BandejaDePrueba(Set<String> noSePreparan, Set<String> noSeCompletan) {
      this.noSePreparan = noSePreparan;
      this.noSeCompletan = noSeCompletan;
    }

    @Override
    public TareaVista tarea(String id) {
      var paso =
          new DeclaracionDePaso(
              "vistoBueno",
              TipoDeAccion.VISTO_BUENO,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      return new TareaVista(
          id,
          "EXP-" + id,
          "Informe " + id,
          "P/OGA-TI-02",
          5,
          "Dar V°B°",
          "vistoBueno",
          null,
          Instant.EPOCH,
          0,
          "NORMAL",
          "OFICIO",
          false,
          null,
          "COD-" + id,
          paso,
          null,
          false);
    }

    @Override
    public PendingSignature prepararFirmaExterna(String id, List<X509Certificate> cadena) {
      llamadas.add("preparar " + id);
      if (noSePreparan.contains(id)) {
        throw new ConflictoException("La tarea " + id + " ya fue atendida.");
      }
      return new PendingSignature(
          "s-" + id, new byte[] {1}, "SHA-256", new byte[32], "SHA256withRSA", Instant.MAX);
    }

    @Override
    public ExpedienteVista completar(String id, ResultadoTarea r) {
      llamadas.add("completar " + id + " " + r.firmaExterna().solicitud());
      if (noSeCompletan.contains(id)) {
        throw new ConflictoException("La firma de " + id + " no corresponde al certificado.");
      }
      return null;
    }
  }

  static class AuditoriaDePrueba extends Auditoria {
    final List<String> eventos = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void registrarAparte(String usuario, String evento, String objeto, String detalle) {
      eventos.add(usuario + " " + evento + " " + detalle);
    }
  }

  private final AuditoriaDePrueba auditoria = new AuditoriaDePrueba();

  private FirmaExternaEnLote lote(BandejaDePrueba bandeja) {
    var l = new FirmaExternaEnLote();
    l.bandeja = bandeja;
    l.auditoria = auditoria;
    l.personaActual =
        new PersonaActual() {
          @Override
          public String usuario() {
            return "director.oti";
          }
        };
    return l;
  }

  @Test
  void unaTareaRechazadaEnElPasoUnoNoDetieneALasDemas() {
    var bandeja = new BandejaDePrueba(Set.of("b"), Set.of());

    var p = lote(bandeja).preparar(List.of("a", "b", "c"), List.of());

    assertEquals(
        List.of("a", "b", "c"), p.stream().map(FirmaExternaEnLote.Preparada::tareaId).toList());
    assertTrue(p.get(0).lista());
    assertEquals("s-a", p.get(0).solicitud());
    assertEquals("Dar V°B° — EXP-a: Informe a", p.get(0).descripcion());
    assertFalse(p.get(1).lista());
    assertNull(p.get(1).digest());
    assertEquals("La tarea b ya fue atendida.", p.get(1).mensaje());
    assertEquals("COD-b", p.get(1).documento(), "the outcome names the document");
    assertTrue(p.get(2).lista());
    assertEquals(
        List.of(
            "director.oti FIRMA_EN_LOTE_EXTERNA 2 de 3 documentos preparados para firmar en el"
                + " cliente"),
        auditoria.eventos);
  }

  @Test
  void cadaFirmaSeCompletaPorSeparadoYUnaQueFallaNoDetieneALasDemas() {
    var bandeja = new BandejaDePrueba(Set.of(), Set.of("b"));
    var firmas =
        List.of("a", "b", "c").stream()
            .map(
                id ->
                    new FirmaExternaEnLote.Firmada(
                        id, new FirmaExterna("s-" + id, new byte[] {1}, List.of())))
            .toList();

    var r = lote(bandeja).completar(firmas);

    assertEquals(
        List.of("completar a s-a", "completar b s-b", "completar c s-c"), bandeja.llamadas);
    assertEquals(
        List.of(true, false, true), r.stream().map(LotesDeFirma.Resultado::firmado).toList());
    assertEquals("La firma de b no corresponde al certificado.", r.get(1).mensaje());
    assertEquals("EXP-b", r.get(1).numero());
  }

  @Test
  void unLoteVacioODemasiadoGrandeSeRechaza() {
    var l = lote(new BandejaDePrueba(Set.of(), Set.of()));
    assertThrows(DatosInvalidosException.class, () -> l.preparar(List.of(), List.of()));
    var muchas = java.util.stream.IntStream.range(0, 501).mapToObj(String::valueOf).toList();
    assertThrows(DatosInvalidosException.class, () -> l.preparar(muchas, List.of()));
  }
}
