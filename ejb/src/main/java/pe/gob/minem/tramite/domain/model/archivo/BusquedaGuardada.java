package pe.gob.minem.tramite.domain.model.archivo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/** A search a person saved under a name, to run it again from the search page. */
@Entity
@Table(name = "busqueda_guardada")
public class BusquedaGuardada {

  @Id
  @SequenceGenerator(
      name = "busqueda_guardada_seq",
      sequenceName = "busqueda_guardada_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "busqueda_guardada_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "persona_id")
  private Persona persona;

  @Column(nullable = false, length = 120)
  private String nombre;

  /** The search as a query string ({@code q=…&unidad=OTI&anio=2026}). */
  @Column(nullable = false, length = 2000)
  private String consulta;

  @Column(nullable = false)
  private Instant creada;

  protected BusquedaGuardada() {}

  public BusquedaGuardada(Persona persona, String nombre, String consulta, Instant ahora) {
    this.persona = persona;
    this.nombre = nombre;
    this.consulta = consulta;
    this.creada = ahora;
  }

  public void reemplazar(String consulta, Instant ahora) {
    this.consulta = consulta;
    this.creada = ahora;
  }

  public Long getId() {
    return id;
  }

  public Persona getPersona() {
    return persona;
  }

  public String getNombre() {
    return nombre;
  }

  public String getConsulta() {
    return consulta;
  }

  public Instant getCreada() {
    return creada;
  }
}
