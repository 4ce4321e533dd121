package pe.gob.minem.tramite.domain.model.auditoria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pe.gob.minem.tramite.domain.model.auditoria.EslabonRoto.Falla;

/**
 * The checkpoints as the chain must match them. A checkpoint with a valid signed PDF counts by what
 * the PDF states, whatever its row says now (a row that disagrees is named: the table was edited);
 * one without, by its row; one whose PDF is missing or not valid, by its row, and named.
 */
public final class RevisionDePuntosDeControl {

  private final TreeMap<Long, String> esperados = new TreeMap<>();
  private final Set<Long> firmados = new HashSet<>();
  private final List<EslabonRoto> rotos = new ArrayList<>();
  private int revisados;
  private int validos;
  private Instant ultimoFirmado;

  /**
   * @param constancia what its PDF was found to be, or null when the checkpoint was not signed
   */
  public void revisar(PuntoDeControl p, Constancia constancia) {
    revisados++;
    if (constancia == null) {
      esperados.putIfAbsent(p.getSecuencia(), p.getHash());
      return;
    }
    String nombre = "El punto de control " + p.getId() + " (posición " + p.getSecuencia() + ")";
    switch (constancia.estado()) {
      case FALTA -> {
        esperados.putIfAbsent(p.getSecuencia(), p.getHash());
        rotos.add(
            new EslabonRoto(
                p.getSecuencia(),
                null,
                Falla.CONSTANCIA_FALTANTE,
                nombre
                    + " dice estar firmado, pero su constancia "
                    + p.getDocumentoSha256()
                    + " no está en el almacén de documentos."));
      }
      case NO_VALIDA -> {
        esperados.putIfAbsent(p.getSecuencia(), p.getHash());
        rotos.add(
            new EslabonRoto(
                p.getSecuencia(),
                null,
                Falla.CONSTANCIA_NO_VALIDA,
                nombre + ": su constancia firmada no es válida: " + constancia.motivo() + "."));
      }
      case VALIDA -> {
        validos++;
        esperados.put(constancia.secuencia(), constancia.hash()); // a signed value wins
        firmados.add(constancia.secuencia());
        if (ultimoFirmado == null || constancia.fecha().isAfter(ultimoFirmado)) {
          ultimoFirmado = constancia.fecha();
        }
        if (!constancia.id().equals(p.getId())
            || constancia.secuencia() != p.getSecuencia()
            || !constancia.hash().equals(p.getHash())) {
          rotos.add(
              new EslabonRoto(
                  p.getSecuencia(),
                  null,
                  Falla.PUNTO_DE_CONTROL_ALTERADO,
                  nombre
                      + " no dice lo mismo que su constancia firmada (punto "
                      + constancia.id()
                      + ", posición "
                      + constancia.secuencia()
                      + ", hash "
                      + constancia.hash()
                      + "): la tabla de puntos de control fue editada."));
        }
      }
    }
  }

  /** Place → the hash the chain had there, for {@link VerificadorDeCadena}. */
  public Map<Long, String> esperados() {
    return esperados;
  }

  /** The places a valid signed constancia attests. */
  public Set<Long> firmados() {
    return firmados;
  }

  public List<EslabonRoto> rotos() {
    return List.copyOf(rotos);
  }

  public int getRevisados() {
    return revisados;
  }

  /** Checkpoints whose signed constancia is valid. */
  public int getValidos() {
    return validos;
  }

  /** When the latest valid signed checkpoint was made, or null. */
  public Instant getUltimoFirmado() {
    return ultimoFirmado;
  }
}
