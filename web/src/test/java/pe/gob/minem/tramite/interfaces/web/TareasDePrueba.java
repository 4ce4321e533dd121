package pe.gob.minem.tramite.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.bandeja.BandejaService;
import pe.gob.minem.tramite.application.bandeja.ResultadoTarea;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.signing.PendingSignature;

/** Tasks, chains and services of the signing pages' tests, without a server. */
final class TareasDePrueba {

  private TareasDePrueba() {}

  /** The Base64 DER of a test certificate (a long-lived test CA and a signer it issued). */
  static String base64Der(String nombre) {
    try (InputStream in =
        TareasDePrueba.class.getResourceAsStream(
            "/pe/gob/minem/tramite/interfaces/rest/" + nombre)) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String FIRMANTE = base64Der("firmante-de-prueba.pem");
  static final String CA = base64Der("ca-de-prueba.pem");

  /** The chain as the page sends it: Base64 DER joined by commas, signer first. */
  static final String CADENA = FIRMANTE + "," + CA;

  static TareaVista tarea(String id, TipoDeAccion accion) {
    var paso =
        new DeclaracionDePaso(
            "paso", accion, null, null, null, null, null, null, null, null, null, null, null, null,
            null);
    return new TareaVista(
        id,
        "EXP-2026-00000" + id.length(),
        "Informe " + id,
        "P/OGA-TI-02",
        5,
        "Dar V°B°",
        "vistoBueno",
        "director.oti",
        Instant.EPOCH,
        0,
        "NORMAL",
        "OFICIO",
        false,
        null,
        null,
        paso,
        null,
        false);
  }

  static PendingSignature pendiente(String solicitud) {
    return new PendingSignature(
        solicitud,
        new byte[] {1, 2, 3},
        "SHA-256",
        new byte[32],
        "SHA256withRSA",
        Instant.now().plusSeconds(300));
  }

  /** The bandeja: one task, step 1 and step 3 recorded; either may fail. */
  static class BandejaDePrueba extends BandejaService {
    TareaVista tarea;
    final List<String> preparadas = new ArrayList<>();
    final List<ResultadoTarea> completadas = new ArrayList<>();
    RuntimeException fallaAlPreparar;
    RuntimeException fallaAlCompletar;

    @Override
    public TareaVista tarea(String id) {
      return tarea;
    }

    @Override
    public PendingSignature prepararFirmaExterna(
        String id, List<java.security.cert.X509Certificate> cadena) {
      if (fallaAlPreparar != null) {
        throw fallaAlPreparar;
      }
      preparadas.add(id + ":" + cadena.size());
      return pendiente("solicitud-" + id);
    }

    @Override
    public ExpedienteVista completar(String id, ResultadoTarea r) {
      if (fallaAlCompletar != null) {
        throw fallaAlCompletar;
      }
      completadas.add(r);
      return DetalleExpedienteTest.expediente(List.of());
    }
  }

  static class ConsultaDePrueba extends ConsultaExpedientes {
    @Override
    public ExpedienteVista buscar(String numero) {
      return DetalleExpedienteTest.expediente(List.of());
    }
  }

  /** The task page's MAPRO card: the step's activity and an end (the page only shows it). */
  static class GuiaDePrueba extends pe.gob.minem.tramite.application.bandeja.GuiaDelPaso {
    @Override
    public Guia guia(String tareaId) {
      return new Guia(
          "P/OGA-TI-01",
          1,
          "Recibir, verificar y registrar el expediente.",
          "Secretaria de Administración — Oficina General de Administración",
          List.of(new Despues(0, "Fin del procedimiento", null, null, true)),
          false);
    }
  }
}
