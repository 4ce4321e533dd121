package pe.gob.minem.tramite.domain.model.auditoria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit chain: the last place given and its hash. One row, which every transaction
 * that appends locks first (pessimistic write): that is the chain's serialization point, held until
 * the transaction ends.
 */
@Entity
@Table(name = "cadena_auditoria")
public class CabezaDeCadena {

  public static final int ID = 1;

  @Id private Integer id;

  private long secuencia;

  @Column(length = 64)
  private String hash;

  @Column(name = "ultimo_id_anterior")
  private long ultimoIdAnterior;

  protected CabezaDeCadena() {}

  /** A new chain (tests; the database gets its head from the V6 migration). */
  public static CabezaDeCadena nueva() {
    var c = new CabezaDeCadena();
    c.id = ID;
    c.hash = HuellaDeRegistro.GENESIS;
    return c;
  }

  /** Appends the row: it takes the next place and the head's hash, and becomes the head. */
  public void enlazar(RegistroAuditoria r) {
    r.encadenar(secuencia + 1, hash);
    secuencia = r.getSecuencia();
    hash = r.getHash();
  }

  public long getSecuencia() {
    return secuencia;
  }

  public String getHash() {
    return hash;
  }

  /** Rows up to this id were written before the chain existed. */
  public long getUltimoIdAnterior() {
    return ultimoIdAnterior;
  }
}
