package pe.gob.minem.tramite.domain.model.plazo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national holiday: business days skip it. An administrator keeps the table. */
@Entity
@Table(name = "feriado")
public class Feriado {

  @Id private LocalDate fecha;

  @Column(nullable = false, length = 120)
  private String nombre;

  protected Feriado() {}

  public Feriado(LocalDate fecha, String nombre) {
    this.fecha = fecha;
    this.nombre = nombre;
  }

  public LocalDate getFecha() {
    return fecha;
  }

  public String getNombre() {
    return nombre;
  }

  public void renombrar(String nombre) {
    this.nombre = nombre;
  }
}
