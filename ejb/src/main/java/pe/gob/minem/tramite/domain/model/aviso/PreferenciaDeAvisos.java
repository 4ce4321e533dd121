package pe.gob.minem.tramite.domain.model.aviso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's bell and digest (ADR 0036): when they last opened the bell (what came after is new),
 * whether they want the daily digest by mail and the last day one was written for them.
 */
@Entity
@Table(name = "preferencia_de_avisos")
@NamedQuery(
    name = "PreferenciaDeAvisos.conResumen",
    query =
        "SELECT p.usuario FROM PreferenciaDeAvisos p WHERE p.resumenDiario = TRUE AND"
            + " (p.resumenEnviado IS NULL OR p.resumenEnviado < :hoy) ORDER BY p.usuario")
public class PreferenciaDeAvisos {

  @Id
  @Column(length = 60)
  private String usuario;

  @Column(name = "visto_hasta")
  private Instant vistoHasta;

  @Column(name = "resumen_diario", nullable = false)
  private boolean resumenDiario;

  @Column(name = "resumen_enviado")
  private LocalDate resumenEnviado;

  @Version private long version;

  protected PreferenciaDeAvisos() {}

  public PreferenciaDeAvisos(String usuario) {
    this.usuario = usuario;
  }

  /**
   * The person opened the bell at {@code momento}: what came before is no longer new. The last look
   * is the reference even if it is earlier than the one before: a clock set back (the tests' clock
   * returning to the real time, a server clock corrected) must not leave a "seen until" in the
   * future that hides every new item until that moment comes.
   */
  public void marcarVisto(Instant momento) {
    vistoHasta = momento;
  }

  public void elegirResumenDiario(boolean quiere) {
    this.resumenDiario = quiere;
  }

  /** Whether a digest is still due for {@code dia}; if so, records it as written. */
  public boolean registrarResumen(LocalDate dia) {
    if (!resumenDiario || (resumenEnviado != null && !resumenEnviado.isBefore(dia))) {
      return false;
    }
    resumenEnviado = dia;
    return true;
  }

  public String getUsuario() {
    return usuario;
  }

  public Instant getVistoHasta() {
    return vistoHasta;
  }

  public boolean isResumenDiario() {
    return resumenDiario;
  }

  public LocalDate getResumenEnviado() {
    return resumenEnviado;
  }
}
