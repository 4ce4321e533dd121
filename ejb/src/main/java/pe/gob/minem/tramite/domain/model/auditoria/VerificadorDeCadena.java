package pe.gob.minem.tramite.domain.model.auditoria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto.Falla;

/**
 * Walks the audit chain in place order and names every broken link: a row whose content does not
 * give its hash (edited), or gives it at another place (reordered), a row that does not follow the
 * previous one, missing places (deleted rows), and a chain that ends before its head or before a
 * checkpoint (cut tail).
 */
public final class VerificadorDeCadena {

  /** Most damaged rows tried at each other's places to find a reordering (quadratic). */
  private static final int MAXIMO_PARA_REORDEN = 2000;

  private final TreeMap<Long, RegistroAuditoria> danados = new TreeMap<>();
  private final TreeMap<Long, String> puntosDeControl;
  private final Set<Long> firmados;
  private final List<EslabonRoto> rotos = new ArrayList<>();
  private long anterior;
  private String hashAnterior = HuellaDeRegistro.GENESIS;
  private boolean anteriorBien = true;
  private long revisados;

  /**
   * @param puntosDeControl checkpoints: place → the hash the chain had there
   */
  public VerificadorDeCadena(Map<Long, String> puntosDeControl) {
    this(puntosDeControl, Set.of());
  }

  /**
   * @param puntosDeControl checkpoints: place → the hash the chain had there
   * @param firmados the places among them that a valid signed constancia attests (not only a row of
   *     the checkpoint table, which whoever can edit the audit can also edit)
   */
  public VerificadorDeCadena(Map<Long, String> puntosDeControl, Set<Long> firmados) {
    this.puntosDeControl = new TreeMap<>(puntosDeControl);
    this.firmados = Set.copyOf(firmados);
  }

  /** The next row of the chain, in place order. */
  public void revisar(RegistroAuditoria r) {
    revisados++;
    long s = r.getSecuencia();
    if (s > anterior + 1) {
      rotos.add(
          new EslabonRoto(
              anterior + 1,
              null,
              Falla.FALTAN_REGISTROS,
              faltan(anterior + 1, s - 1) + " (antes del registro " + r.getId() + ")"));
    }
    boolean contenidoBien = r.hashCalculado(s).equals(r.getHash());
    if (!contenidoBien) {
      danados.put(s, r); // edited or moved: told apart once every damaged place is known
    } else if (s == anterior + 1 && anteriorBien && !hashAnterior.equals(r.getHashAnterior())) {
      rotos.add(
          new EslabonRoto(
              s,
              r.getId(),
              Falla.ENLACE_ROTO,
              "El registro "
                  + r.getId()
                  + " (posición "
                  + s
                  + ") no sigue al de la posición "
                  + anterior
                  + ": ese registro fue reemplazado o reescrito."));
    }
    String punto = puntosDeControl.remove(s);
    if (punto != null && !punto.equals(r.getHash()) && contenidoBien) {
      rotos.add(
          new EslabonRoto(
              s,
              r.getId(),
              Falla.ENLACE_ROTO,
              "En la posición "
                  + s
                  + " hay otro registro que el del punto de control"
                  + (firmados.contains(s) ? " firmado" : "")
                  + ": la cadena fue reescrita desde ahí."));
    }
    anterior = Math.max(anterior, s);
    hashAnterior = r.getHash();
    anteriorBien = contenidoBien; // a damaged row is named once, not again by the row after it
  }

  /** A row without a place in the chain (written around the portal). */
  public void fueraDeLaCadena(RegistroAuditoria r) {
    rotos.add(
        new EslabonRoto(
            null,
            r.getId(),
            Falla.FUERA_DE_LA_CADENA,
            "El registro "
                + r.getId()
                + " ("
                + r.getEvento()
                + ") no está en la cadena: no lo escribió el portal."));
  }

  /** Ends the walk against the head (and the remaining checkpoints); what was found broken. */
  public List<EslabonRoto> terminar(long cabeza, String hashDeCabeza) {
    danados.forEach((s, r) -> rotos.add(danado(s, r)));
    long ultimoEsperado =
        Math.max(cabeza, puntosDeControl.isEmpty() ? 0 : puntosDeControl.lastKey());
    if (ultimoEsperado > anterior) {
      rotos.add(
          new EslabonRoto(
              anterior + 1,
              null,
              Falla.COLA_CORTADA,
              "La cadena termina en la posición "
                  + anterior
                  + (ultimoEsperado > cabeza
                      ? " pero un punto de control"
                          + (firmados.contains(ultimoEsperado) ? " firmado" : "")
                          + " la vio llegar a la "
                      : " pero llegó a la ")
                  + ultimoEsperado
                  + ": "
                  + faltan(anterior + 1, ultimoEsperado)
                  + "."));
    } else if (cabeza == anterior && !hashDeCabeza.equals(hashAnterior)) {
      rotos.add(
          new EslabonRoto(
              anterior,
              null,
              Falla.ENLACE_ROTO,
              "El último registro (posición "
                  + anterior
                  + ") no es el que la cabeza de la cadena"
                  + " recuerda."));
    }
    rotos.sort(
        java.util.Comparator.comparing(
            EslabonRoto::secuencia, java.util.Comparator.nullsLast(Long::compare)));
    return List.copyOf(rotos);
  }

  /**
   * A row whose content does not give its hash at its place: moved if it gives it at the place of
   * another damaged row (where it was written), edited otherwise.
   */
  private EslabonRoto danado(long s, RegistroAuditoria r) {
    Optional<Long> original =
        danados.size() > MAXIMO_PARA_REORDEN
            ? Optional.empty()
            : danados.keySet().stream()
                .filter(p -> p != s && r.hashCalculado(p).equals(r.getHash()))
                .findFirst();
    return original
        .map(
            p ->
                new EslabonRoto(
                    s,
                    r.getId(),
                    Falla.ORDEN_ALTERADO,
                    "El registro "
                        + r.getId()
                        + " está en la posición "
                        + s
                        + " pero fue escrito en la posición "
                        + p
                        + "."))
        .orElseGet(
            () ->
                new EslabonRoto(
                    s,
                    r.getId(),
                    Falla.CONTENIDO_ALTERADO,
                    "El contenido del registro "
                        + r.getId()
                        + " (posición "
                        + s
                        + ") fue modificado: no corresponde a su hash."));
  }

  public long getRevisados() {
    return revisados;
  }

  private static String faltan(long desde, long hasta) {
    return desde == hasta
        ? "falta el registro de la posición " + desde
        : "faltan los registros de las posiciones " + desde + " a " + hasta;
  }
}
