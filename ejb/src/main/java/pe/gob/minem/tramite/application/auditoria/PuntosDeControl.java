package pe.gob.minem.tramite.application.auditoria;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.Constancia;
import pe.gob.minem.tramite.domain.model.auditoria.PuntoDeControl;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoriaRepository;
import pe.gob.minem.tramite.domain.model.auditoria.RevisionDePuntosDeControl;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.SelloDelPortal;
import pe.gob.minem.tramite.infrastructure.nodo.Turnos;
import pe.gob.minem.tramite.infrastructure.pdf.PuntoDeControlPdf;

/**
 * The audit chain's checkpoints (ADR 0020). Every hour, and after each intact verification, the
 * head's place and hash are stored and written to the server log; with the portal's seal they are
 * also stated in a one-page PDF (the constancia) signed at PAdES B-T and kept in the document
 * store, which verification reads back, so that editing the checkpoint table does not hide a cut
 * tail.
 *
 * <p>Bean-managed transactions: the checkpoint row is committed first, then the PDF is signed (a
 * call to the TSA) outside any transaction, then its SHA-256 is recorded in a second one. A
 * signature that fails leaves the checkpoint unsigned and a WARNING in the log, never a failed
 * verification.
 */
@Singleton
@Startup
@DependsOn("MigracionBaseDeDatos")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PuntosDeControl {

  private static final Logger LOG = Logger.getLogger("pe.gob.minem.tramite.auditoria");

  @Inject RegistroAuditoriaRepository registros;
  @Inject Turnos turnos;
  @Inject SelloDelPortal sello;
  @Inject DocumentStore almacen;
  @Resource UserTransaction transaccion;
  @Resource ManagedExecutorService ejecutor;

  /**
   * What each constancia was found to be, by its SHA-256: the same bytes give the same answer, so
   * each PDF is validated once per server run, not at every verification.
   */
  private final Map<String, Constancia> leidas = new ConcurrentHashMap<>();

  /** Only one checkpoint is taken at a time (the hour and a verification may coincide). */
  private final Object marcando = new Object();

  /**
   * Opens the seal as soon as the portal starts, so that a missing or broken one is a WARNING at
   * start-up, then validates every constancia once, so that the first verification does not pay for
   * all of them (≈ 0.1 s each). On another thread: the deployment need not wait for either.
   */
  @PostConstruct
  void iniciar() {
    ejecutor.execute(
        () -> {
          try {
            sello.aviso();
            long t0 = System.nanoTime();
            var r = revisar();
            LOG.info(
                () ->
                    "Puntos de control de la auditoría: "
                        + r.getRevisados()
                        + ", con constancia válida "
                        + r.getValidos()
                        + ", fallas "
                        + r.rotos().size()
                        + " (revisados en "
                        + (System.nanoTime() - t0) / 1_000_000
                        + " ms)");
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudieron revisar los puntos de control al iniciar", e);
          }
        });
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void cadaHora() {
    // one checkpoint an hour for the cluster (ADR 0041)
    Turnos.enTurno(
        turnos, "puntos-de-control", Duration.ofHours(1), Duration.ofMinutes(30), this::marcar);
  }

  /**
   * Stores a checkpoint of the head as it is now, signed when the portal has a seal; nothing when
   * the chain is empty or the head has not moved since the last checkpoint.
   */
  public void marcar() {
    synchronized (marcando) {
      PuntoDeControl punto = enTransaccion(this::nuevoPunto);
      if (punto == null) {
        return;
      }
      String constancia = firmar(punto);
      if (constancia != null) {
        enTransaccion(
            () -> {
              registros.puntoDeControl(punto.getId()).registrarConstancia(constancia);
              return null;
            });
      }
      LOG.info(
          () ->
              "AUDITORIA_PUNTO_DE_CONTROL id="
                  + punto.getId()
                  + " secuencia="
                  + punto.getSecuencia()
                  + " hash="
                  + punto.getHash()
                  + (constancia == null ? " sin firmar" : " constancia=" + constancia));
    }
  }

  /** Why checkpoints are not signed, or empty when they are. */
  public Optional<String> aviso() {
    return sello.aviso();
  }

  /**
   * Every checkpoint with what its signed PDF says (validated once per PDF and server run), as the
   * chain must match them.
   */
  public RevisionDePuntosDeControl revisar() {
    var revision = new RevisionDePuntosDeControl();
    for (PuntoDeControl p : registros.puntosDeControl()) {
      revision.revisar(p, p.getDocumentoSha256() == null ? null : leer(p.getDocumentoSha256()));
    }
    return revision;
  }

  private PuntoDeControl nuevoPunto() {
    CabezaDeCadena cabeza = registros.cabeza();
    List<PuntoDeControl> puntos = registros.puntosDeControl();
    if (cabeza.getSecuencia() == 0
        || (!puntos.isEmpty()
            && puntos.get(puntos.size() - 1).getSecuencia() == cabeza.getSecuencia())) {
      return null;
    }
    var punto = new PuntoDeControl(Instant.now(), cabeza);
    registros.guardar(punto);
    return punto;
  }

  /** Signs the checkpoint's constancia and stores it; its SHA-256, or null when not signed. */
  private String firmar(PuntoDeControl p) {
    if (sello.aviso().isPresent()) {
      return null; // said at start-up, and with each verification
    }
    try {
      byte[] pdf =
          sello.firmar(
              PuntoDeControlPdf.generar(
                  new PuntoDeControlPdf.Datos(
                      p.getId(), p.getSecuencia(), p.getHash(), p.getFecha())));
      return almacen.guardar(new ByteArrayInputStream(pdf), Long.MAX_VALUE).sha256();
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          () ->
              "AUDITORIA_PUNTO_DE_CONTROL_SIN_FIRMA id="
                  + p.getId()
                  + " secuencia="
                  + p.getSecuencia()
                  + ": no se pudo firmar su constancia ("
                  + e.getMessage()
                  + "); queda sin firmar.");
      return null;
    }
  }

  private Constancia leer(String sha256) {
    if (!almacen.existe(sha256)) {
      return Constancia.falta(); // not remembered: the file may be restored
    }
    Constancia conocida = leidas.get(sha256);
    if (conocida != null) {
      return conocida;
    }
    byte[] pdf;
    try (InputStream in = almacen.abrir(sha256)) {
      pdf = in.readAllBytes();
    } catch (IOException e) {
      return Constancia.noValida("no se pudo leer (" + e.getMessage() + ")");
    }
    if (!sha256(pdf).equals(sha256)) {
      return Constancia.noValida("su archivo ya no corresponde a su SHA-256");
    }
    Constancia c =
        sello
            .objecion(pdf)
            .map(Constancia::noValida)
            .orElseGet(
                () ->
                    PuntoDeControlPdf.leer(pdf)
                        .map(d -> Constancia.valida(d.id(), d.secuencia(), d.hash(), d.fecha()))
                        .orElseGet(
                            () -> Constancia.noValida("no dice qué posición y hash atestigua")));
    leidas.put(sha256, c);
    return c;
  }

  private <T> T enTransaccion(Supplier<T> trabajo) {
    try {
      transaccion.begin();
      T resultado = trabajo.get();
      transaccion.commit();
      return resultado;
    } catch (Exception e) {
      try {
        if (transaccion.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
          transaccion.rollback();
        }
      } catch (Exception ignorada) {
        e.addSuppressed(ignorada);
      }
      throw new IllegalStateException("No se pudo guardar el punto de control de la auditoría", e);
    }
  }

  private static String sha256(byte[] datos) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
