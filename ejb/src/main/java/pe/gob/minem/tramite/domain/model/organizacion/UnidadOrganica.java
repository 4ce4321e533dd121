package pe.gob.minem.tramite.domain.model.organizacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * An organisational unit of the ministry (OGA, OTI, an área usuaria…). Serializable: the pages keep
 * lists of units in view-scoped beans, which travel in the replicated HTTP session.
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "unidad_organica")
@NamedQuery(
    name = "UnidadOrganica.porCodigo",
    query = "SELECT u FROM UnidadOrganica u WHERE u.codigo = :codigo")
@NamedQuery(
    name = "UnidadOrganica.todas",
    query = "SELECT u FROM UnidadOrganica u ORDER BY u.codigo")
public class UnidadOrganica implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "unidad_seq", sequenceName = "unidad_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unidad_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String codigo;

  @Column(nullable = false, length = 200)
  private String nombre;

  @Column(name = "area_usuaria", nullable = false)
  private boolean areaUsuaria;

  @Column(nullable = false)
  private boolean activa = true;

  protected UnidadOrganica() {}

  public UnidadOrganica(String codigo, String nombre, boolean areaUsuaria) {
    this.codigo = codigo;
    this.nombre = nombre;
    this.areaUsuaria = areaUsuaria;
  }

  public void renombrar(String nombre, boolean areaUsuaria) {
    this.nombre = nombre;
    this.areaUsuaria = areaUsuaria;
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

  public String getNombre() {
    return nombre;
  }

  public boolean isAreaUsuaria() {
    return areaUsuaria;
  }

  public boolean isActiva() {
    return activa;
  }
}
