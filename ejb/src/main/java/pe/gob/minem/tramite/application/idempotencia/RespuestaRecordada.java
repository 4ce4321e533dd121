package pe.gob.minem.tramite.application.idempotencia;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The first successful answer to a user's Idempotency-Key, with the fingerprint of the request that
 * got it. Reserved (without answer) before the work, completed in the same transaction.
 */
@Entity
@Table(name = "respuesta_idempotente")
@NamedQuery(
    name = "RespuestaRecordada.de",
    query = "SELECT r FROM RespuestaRecordada r WHERE r.usuario = :usuario AND r.clave = :clave")
@NamedQuery(
    name = "RespuestaRecordada.vencidas",
    query = "DELETE FROM RespuestaRecordada r WHERE r.expira < :ahora")
public class RespuestaRecordada {

  @Id
  @SequenceGenerator(
      name = "respuesta_idempotente_seq",
      sequenceName = "respuesta_idempotente_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "respuesta_idempotente_seq")
  private Long id;

  @Column(nullable = false, length = 60)
  private String usuario;

  @Column(nullable = false, length = 100)
  private String clave;

  @Column(length = 64)
  private String huella;

  private Integer estado;

  @Column(length = 300)
  private String ubicacion;

  @Lob private String cuerpo;

  @Column(nullable = false)
  private Instant creada;

  @Column(nullable = false)
  private Instant expira;

  protected RespuestaRecordada() {}

  RespuestaRecordada(String usuario, String clave, Instant ahora, Instant expira) {
    this.usuario = usuario;
    this.clave = clave;
    this.creada = ahora;
    this.expira = expira;
  }

  void recordar(String huella, Respuesta r) {
    this.huella = huella;
    this.estado = r.estado();
    this.ubicacion = r.ubicacion();
    this.cuerpo = r.cuerpo();
  }

  boolean huellaConocida() {
    return huella != null;
  }

  boolean vencida(Instant ahora) {
    return !expira.isAfter(ahora);
  }

  /** The remembered answer, if the request is the same one. */
  Respuesta repetir(String huellaDelPedido) {
    if (!huellaDelPedido.equals(huella)) {
      throw new ClaveReutilizadaException();
    }
    return new Respuesta(estado, ubicacion, cuerpo, true);
  }
}
