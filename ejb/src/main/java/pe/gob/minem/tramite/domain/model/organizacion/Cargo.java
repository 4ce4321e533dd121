package pe.gob.minem.tramite.domain.model.organizacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A position inside a unit (Director de Tecnologías de la Información, Secretaria de
 * Administración…). Its code is the BPMN candidate group of the tasks it may take. Serializable,
 * like its unit: the administration page keeps the cargos in its view-scoped bean (replicated
 * session).
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "cargo")
@NamedQuery(name = "Cargo.porCodigo", query = "SELECT c FROM Cargo c WHERE c.codigo = :codigo")
@NamedQuery(
    name = "Cargo.todos",
    query = "SELECT c FROM Cargo c JOIN FETCH c.unidad ORDER BY c.unidad.codigo, c.nombre")
public class Cargo implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "cargo_seq", sequenceName = "cargo_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cargo_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String codigo;

  @Column(nullable = false, length = 200)
  private String nombre;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Rol rol;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unidad_id")
  private UnidadOrganica unidad;

  protected Cargo() {}

  public Cargo(UnidadOrganica unidad, Rol rol, String nombre) {
    this.unidad = unidad;
    this.rol = rol;
    this.nombre = nombre;
    this.codigo = rol.grupo(unidad.getCodigo());
  }

  /** A second cargo of the same rol in a unit (e.g. several analysts) gets a suffix. */
  public Cargo(UnidadOrganica unidad, Rol rol, String nombre, String sufijo) {
    this(unidad, rol, nombre);
    this.codigo = rol.grupo(unidad.getCodigo()) + (sufijo == null ? "" : ":" + sufijo);
  }

  public void renombrar(String nombre) {
    this.nombre = nombre;
  }

  public Long getId() {
    return id;
  }

  public String getCodigo() {
    return codigo;
  }

  public String getNombre() {
    return nombre;
  }

  public Rol getRol() {
    return rol;
  }

  public UnidadOrganica getUnidad() {
    return unidad;
  }

  /** The candidate group the workflow uses for this cargo: unit and rol, without suffix. */
  public String getGrupo() {
    return rol.grupo(unidad.getCodigo());
  }
}
