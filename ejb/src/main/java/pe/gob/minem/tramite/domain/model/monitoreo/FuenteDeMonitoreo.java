package pe.gob.minem.tramite.domain.model.monitoreo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A monitoring system allowed to post alerts (ADR 0028): its code, its kind and the SHA-256 of its
 * bearer token. The token itself is never stored: it is shown once, when issued.
 */
@Entity
@Table(name = "fuente_de_monitoreo")
@NamedQuery(
    name = "FuenteDeMonitoreo.todas",
    query = "SELECT f FROM FuenteDeMonitoreo f ORDER BY f.codigo")
@NamedQuery(
    name = "FuenteDeMonitoreo.porCodigo",
    query = "SELECT f FROM FuenteDeMonitoreo f WHERE f.codigo = :codigo")
public class FuenteDeMonitoreo {

  @Id
  @SequenceGenerator(
      name = "fuente_de_monitoreo_seq",
      sequenceName = "fuente_de_monitoreo_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fuente_de_monitoreo_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String codigo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TipoDeFuente tipo;

  @Column(name = "token_sha256", nullable = false, length = 64)
  private String tokenSha256;

  @Column(nullable = false)
  private boolean activa = true;

  @Column(nullable = false)
  private Instant creada;

  @Column(name = "creada_por", nullable = false, length = 100)
  private String creadaPor;

  @Column(name = "token_emitido", nullable = false)
  private Instant tokenEmitido;

  protected FuenteDeMonitoreo() {}

  public FuenteDeMonitoreo(
      String codigo, TipoDeFuente tipo, String tokenSha256, String creadaPor, Instant ahora) {
    this.codigo = codigo;
    this.tipo = tipo;
    this.tokenSha256 = tokenSha256;
    this.creadaPor = creadaPor;
    this.creada = ahora;
    this.tokenEmitido = ahora;
  }

  /** A new token replaces the old one, which stops working at once. */
  public void rotarToken(String tokenSha256, Instant ahora) {
    this.tokenSha256 = tokenSha256;
    this.tokenEmitido = ahora;
  }

  public void activar(boolean activa) {
    this.activa = activa;
  }

  public Long getId() {
    return id;
  }

  public String getCodigo() {
    return codigo;
  }

  public TipoDeFuente getTipo() {
    return tipo;
  }

  public String getTokenSha256() {
    return tokenSha256;
  }

  public boolean isActiva() {
    return activa;
  }

  public Instant getCreada() {
    return creada;
  }

  public String getCreadaPor() {
    return creadaPor;
  }

  public Instant getTokenEmitido() {
    return tokenEmitido;
  }
}
