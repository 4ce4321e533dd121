package pe.gob.minem.tramite.domain.model.organizacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** A person who works in the portal and holds one or more cargos. */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "persona")
@NamedQuery(
    name = "Persona.porUsuario",
    query = "SELECT p FROM Persona p WHERE p.usuario = :usuario")
@NamedQuery(
    name = "Persona.todas",
    query = "SELECT p FROM Persona p ORDER BY p.apellidos, p.nombres")
@NamedQuery(
    name = "Persona.deDemostracionActivas",
    query = "SELECT p FROM Persona p WHERE p.deDemostracion = TRUE AND p.activa = TRUE")
@NamedQuery(
    name = "Persona.deUnidad",
    query =
        "SELECT DISTINCT p FROM Persona p JOIN p.cargos c WHERE c.unidad.codigo = :unidad AND"
            + " p.activa = TRUE ORDER BY p.apellidos")
public class Persona {

  /** Failed logins in a row after which the account is locked for a while. */
  public static final int INTENTOS_ANTES_DE_BLOQUEO = 5;

  /** The longest user name (the column's size). */
  public static final int LARGO_USUARIO = 60;

  @Id
  @SequenceGenerator(name = "persona_seq", sequenceName = "persona_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "persona_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = LARGO_USUARIO)
  private String usuario;

  @Column(nullable = false, length = 120)
  private String nombres;

  @Column(nullable = false, length = 120)
  private String apellidos;

  @Column(length = 8)
  private String dni;

  @Column(length = 200)
  private String correo;

  @Column(name = "clave_hash", nullable = false, length = 400)
  private String claveHash;

  @Column(nullable = false)
  private boolean administrador;

  @Column(nullable = false)
  private boolean activa = true;

  @Column(name = "intentos_fallidos", nullable = false)
  private int intentosFallidos;

  @Column(name = "bloqueada_hasta")
  private Instant bloqueadaHasta;

  /** Set by an administrator's reset: the person must choose a password before anything else. */
  @Column(name = "debe_cambiar_clave", nullable = false)
  private boolean debeCambiarClave;

  /** Seeded by the demo: disabled, and kept so, whenever the portal runs outside demo mode. */
  @Column(name = "de_demostracion", nullable = false)
  private boolean deDemostracion;

  /**
   * An account the portal itself acts as (the monitoring alerts' {@code sistema.monitoreo}): it has
   * no password and the login refuses it, whatever is sent (ADR 0028).
   */
  @Column(nullable = false)
  private boolean tecnica;

  @Version private long version;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "persona_cargo",
      joinColumns = @JoinColumn(name = "persona_id"),
      inverseJoinColumns = @JoinColumn(name = "cargo_id"))
  private Set<Cargo> cargos = new LinkedHashSet<>();

  protected Persona() {}

  public Persona(String usuario, String nombres, String apellidos, String dni, String claveHash) {
    this.usuario = usuario;
    this.nombres = nombres;
    this.apellidos = apellidos;
    this.dni = dni;
    this.claveHash = claveHash;
  }

  /**
   * A technical account: registers what the portal does by itself; {@code claveInutilizable} is a
   * stored value no password matches.
   */
  public static Persona tecnica(
      String usuario, String nombres, String apellidos, String claveInutilizable) {
    var p = new Persona(usuario, nombres, apellidos, null, claveInutilizable);
    p.tecnica = true;
    return p;
  }

  public boolean isTecnica() {
    return tecnica;
  }

  public void actualizarDatos(String nombres, String apellidos, String dni, String correo) {
    this.nombres = nombres;
    this.apellidos = apellidos;
    this.dni = dni;
    this.correo = correo;
  }

  /** The person chose a new password: any pending reset is done. */
  public void cambiarClave(String claveHash) {
    this.claveHash = claveHash;
    this.debeCambiarClave = false;
    this.intentosFallidos = 0;
    this.bloqueadaHasta = null;
  }

  /** An administrator set a temporary password: the person must change it at the next login. */
  public void restablecerClave(String claveHashTemporal) {
    cambiarClave(claveHashTemporal);
    exigirCambioDeClave();
  }

  /** The password was chosen by someone else (an administrator): the person must change it. */
  public void exigirCambioDeClave() {
    this.debeCambiarClave = true;
  }

  /** The same password, hashed again at the current cost (after a successful login). */
  public void rederivarClave(String claveHash) {
    this.claveHash = claveHash;
  }

  public void marcarDeDemostracion() {
    this.deDemostracion = true;
  }

  /** Outside demo mode: the account can no longer be used, whatever its password was. */
  public void deshabilitarCuentaDeDemostracion(String claveHashInutilizable) {
    this.activa = false;
    this.claveHash = claveHashInutilizable;
    this.debeCambiarClave = false;
  }

  public void asignarCargo(Cargo cargo) {
    cargos.add(cargo);
  }

  public void retirarCargo(Cargo cargo) {
    cargos.removeIf(c -> c.getCodigo().equals(cargo.getCodigo()));
  }

  public void nombrarAdministrador(boolean administrador) {
    this.administrador = administrador;
  }

  public void activar(boolean activa) {
    this.activa = activa;
  }

  public boolean estaBloqueada(Instant ahora) {
    return bloqueadaHasta != null && ahora.isBefore(bloqueadaHasta);
  }

  /**
   * Records a failed login; returns true when this failure locks the account.
   *
   * @param duracionBloqueo how long the account stays locked once the limit is reached
   */
  public boolean registrarIntentoFallido(Instant ahora, Duration duracionBloqueo) {
    intentosFallidos++;
    if (intentosFallidos >= INTENTOS_ANTES_DE_BLOQUEO) {
      bloqueadaHasta = ahora.plus(duracionBloqueo);
      intentosFallidos = 0;
      return true;
    }
    return false;
  }

  public void registrarIngreso() {
    intentosFallidos = 0;
    bloqueadaHasta = null;
  }

  /**
   * Does a cargo of this person answer to this candidate group? {@code UNIDAD:ROL} names every
   * cargo of that rol in the unit; {@code UNIDAD:ROL:SUFIJO} names one cargo exactly (the
   * Especialista de Pruebas de Software, not any specialist), as the MAPRO's responsable column
   * does.
   */
  public boolean tieneGrupo(String grupo) {
    return cargos.stream().anyMatch(c -> c.getGrupo().equals(grupo) || c.getCodigo().equals(grupo));
  }

  public boolean perteneceA(String codigoUnidad) {
    return cargos.stream().anyMatch(c -> c.getUnidad().getCodigo().equals(codigoUnidad));
  }

  public boolean tieneRolEn(Rol rol, String codigoUnidad) {
    return tieneGrupo(rol.grupo(codigoUnidad));
  }

  /**
   * Candidate groups of the workflow: per cargo its rol in the unit ({@code OTI:ESPECIALISTA}) and,
   * when it has a suffix, the cargo itself ({@code OTI:ESPECIALISTA:PRUEBAS}).
   */
  public Set<String> grupos() {
    Set<String> g = new TreeSet<>();
    cargos.forEach(
        c -> {
          g.add(c.getGrupo());
          g.add(c.getCodigo());
        });
    return g;
  }

  public Set<String> codigosDeUnidad() {
    Set<String> u = new TreeSet<>();
    cargos.forEach(c -> u.add(c.getUnidad().getCodigo()));
    return u;
  }

  public String getNombreCompleto() {
    return nombres + " " + apellidos;
  }

  /** The cargo to show beside the person's name when acting in a unit. */
  public String cargoEn(String codigoUnidad) {
    return cargos.stream()
        .filter(c -> c.getUnidad().getCodigo().equals(codigoUnidad))
        .map(Cargo::getNombre)
        .findFirst()
        .orElseGet(() -> cargos.stream().map(Cargo::getNombre).findFirst().orElse(""));
  }

  // ---- the ministry's directory (ADR 0016)

  /**
   * What the password column holds for a person who logs in with the ministry's directory: no local
   * password, and nothing a password could match.
   */
  public static final String SIN_CLAVE_LOCAL = "directorio";

  /** A person of the directory, as their first login brings them into the portal. */
  public static Persona delDirectorio(String usuario, String nombres, String apellidos) {
    return new Persona(usuario, nombres, apellidos, null, SIN_CLAVE_LOCAL);
  }

  /** Logs in with the directory, never with a local password. */
  public boolean ingresaConElDirectorio() {
    return SIN_CLAVE_LOCAL.equals(claveHash);
  }

  /**
   * The cargos the directory's groups give now; those it no longer gives are withdrawn. Returns
   * whether anything changed.
   */
  public boolean sincronizarCargos(java.util.Collection<Cargo> vigentes) {
    Set<String> antes = new TreeSet<>();
    cargos.forEach(c -> antes.add(c.getCodigo()));
    Set<String> ahora = new TreeSet<>();
    vigentes.forEach(c -> ahora.add(c.getCodigo()));
    if (antes.equals(ahora)) {
      return false;
    }
    cargos.removeIf(c -> !ahora.contains(c.getCodigo()));
    vigentes.stream().filter(c -> !antes.contains(c.getCodigo())).forEach(cargos::add);
    return true;
  }

  // ---- end of the directory's part

  public Long getId() {
    return id;
  }

  public String getUsuario() {
    return usuario;
  }

  public String getNombres() {
    return nombres;
  }

  public String getApellidos() {
    return apellidos;
  }

  public String getDni() {
    return dni;
  }

  public String getCorreo() {
    return correo;
  }

  public String getClaveHash() {
    return claveHash;
  }

  public boolean isAdministrador() {
    return administrador;
  }

  public boolean isActiva() {
    return activa;
  }

  public boolean isDebeCambiarClave() {
    return debeCambiarClave;
  }

  public boolean isDeDemostracion() {
    return deDemostracion;
  }

  public Instant getBloqueadaHasta() {
    return bloqueadaHasta;
  }

  public Set<Cargo> getCargos() {
    return cargos;
  }
}
