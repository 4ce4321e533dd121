package pe.gob.minem.tramite.application.organizacion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.ImagenDeSello;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.SelloDeUnidad;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganicaRepository;

/** The org chart: units, cargos and persons. Reading is open to all; changes, to administrators. */
@Stateless
public class OrganizacionService {

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject UnidadOrganicaRepository unidades;
  @Inject PersonaRepository personas;

  @Inject PersonaActual personaActual;
  @Inject Auditoria auditoria;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean modoDemostracion;

  /** Hashes a password; unit tests use a cheap one. */
  UnaryOperator<String> derivarClave = Claves::derivar;

  public List<UnidadOrganica> unidades() {
    return unidades.todas();
  }

  public List<Cargo> cargos() {
    return em.createNamedQuery("Cargo.todos", Cargo.class).getResultList();
  }

  /** Every person, as the administration page lists them (no credentials). */
  public List<PersonaVista> personas() {
    return personas.todas().stream().map(PersonaVista::de).toList();
  }

  public UnidadOrganica guardarUnidad(String codigo, String nombre, boolean areaUsuaria) {
    String admin = exigirAdministrador();
    String c = texto(codigo, "codigo", "el código de la unidad").toUpperCase();
    if (!c.matches("[A-Z0-9_]{2,20}")) {
      throw new DatosInvalidosException(
          "codigo", "El código debe tener de 2 a 20 letras mayúsculas o dígitos.");
    }
    String n = texto(nombre, "nombre", "el nombre de la unidad");
    var u = unidad(c);
    if (u == null) {
      u = new UnidadOrganica(c, n, areaUsuaria);
      unidades.guardar(u);
    } else {
      u.renombrar(n, areaUsuaria);
    }
    auditoria.registrar(admin, "UNIDAD_GUARDADA", c, n);
    return u;
  }

  /**
   * Replaces the unit's V°B° seal image (issue 11, item 6): administrators only; a real PNG or JPEG
   * of at most 256 KB ({@link ImagenDeSello}); audited with its SHA-256.
   */
  public SelloDeUnidad guardarSello(String codigoUnidad, byte[] imagen) {
    String admin = exigirAdministrador();
    var u = unidad(codigoUnidad);
    if (u == null) {
      throw new NoEncontradoException("No existe la unidad " + codigoUnidad + ".");
    }
    String tipo = ImagenDeSello.validar(imagen);
    String sha = sha256(imagen);
    var s = em.find(SelloDeUnidad.class, u.getId());
    if (s == null) {
      s = new SelloDeUnidad(u.getId());
      s.reemplazar(imagen, tipo, sha, admin, Instant.now());
      em.persist(s);
    } else {
      s.reemplazar(imagen, tipo, sha, admin, Instant.now());
    }
    auditoria.registrar(admin, "SELLO_GUARDADO", u.getCodigo(), tipo + " " + sha);
    return s;
  }

  /** Removes the unit's seal: its V°B° stamps are text only again. */
  public void quitarSello(String codigoUnidad) {
    String admin = exigirAdministrador();
    var u = unidad(codigoUnidad);
    if (u == null) {
      throw new NoEncontradoException("No existe la unidad " + codigoUnidad + ".");
    }
    var s = em.find(SelloDeUnidad.class, u.getId());
    if (s != null) {
      em.remove(s);
      auditoria.registrar(admin, "SELLO_QUITADO", u.getCodigo(), s.getSha256());
    }
  }

  /** The unit's seal, if an administrator uploaded one (open to all: it is printed on PDFs). */
  public Optional<SelloDeUnidad> sello(String codigoUnidad) {
    var u = unidad(codigoUnidad);
    return u == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(SelloDeUnidad.class, u.getId()));
  }

  private static String sha256(byte[] b) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Cargo crearCargo(String codigoUnidad, Rol rol, String nombre) {
    String admin = exigirAdministrador();
    var u = unidad(codigoUnidad);
    if (u == null) {
      throw new NoEncontradoException("No existe la unidad " + codigoUnidad + ".");
    }
    if (rol == null) {
      throw new DatosInvalidosException("rol", "Elija el rol del cargo.");
    }
    String n = texto(nombre, "nombre", "el nombre del cargo");
    var cargo = new Cargo(u, rol, n);
    if (cargo(cargo.getCodigo()) != null) {
      long otros = cargos().stream().filter(c -> c.getGrupo().equals(cargo.getGrupo())).count();
      var conSufijo = new Cargo(u, rol, n, String.valueOf(otros + 1));
      em.persist(conSufijo);
      auditoria.registrar(admin, "CARGO_CREADO", conSufijo.getCodigo(), n);
      return conSufijo;
    }
    em.persist(cargo);
    auditoria.registrar(admin, "CARGO_CREADO", cargo.getCodigo(), n);
    return cargo;
  }

  public Persona crearPersona(
      String usuario, String nombres, String apellidos, String dni, String clave) {
    String admin = exigirAdministrador();
    String u = texto(usuario, "usuario", "el usuario").toLowerCase();
    if (!u.matches("[a-z0-9._-]{3,60}")) {
      throw new DatosInvalidosException(
          "usuario", "El usuario solo admite letras, dígitos, punto, guion y guion bajo (3 a 60).");
    }
    if (persona(u) != null) {
      throw new ConflictoException("Ya existe el usuario " + u + ".");
    }
    if (dni != null && !dni.isBlank() && !dni.strip().matches("\\d{8}")) {
      throw new DatosInvalidosException("dni", "El DNI debe tener 8 dígitos.");
    }
    String problema = ReglasDeClave.problemaDe(clave, u, modoDemostracion);
    if (problema != null) {
      throw new DatosInvalidosException("clave", problema);
    }
    var p =
        new Persona(
            u,
            texto(nombres, "nombres", "los nombres"),
            texto(apellidos, "apellidos", "los apellidos"),
            dni == null || dni.isBlank() ? null : dni.strip(),
            derivarClave.apply(clave));
    // the administrator knows this first password: the person replaces it at the first login
    p.exigirCambioDeClave();
    personas.guardar(p);
    auditoria.registrar(admin, "PERSONA_CREADA", u, null);
    return p;
  }

  /**
   * An administrator records a person's mail address (the daily digest's recipient, ADR 0036);
   * blank removes it.
   */
  public Persona cambiarCorreo(String usuario, String correo) {
    String admin = exigirAdministrador();
    var p = personaExistente(usuario);
    String limpio = correo == null ? "" : correo.strip();
    if (!limpio.isEmpty()
        && (limpio.length() > 254 || !limpio.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new DatosInvalidosException(
          "correo", "Indique un correo válido, como nombre@minem.gob.pe (hasta 254 caracteres).");
    }
    p.actualizarDatos(
        p.getNombres(), p.getApellidos(), p.getDni(), limpio.isEmpty() ? null : limpio);
    auditoria.registrar(
        admin, "CORREO_CAMBIADO", usuario, limpio.isEmpty() ? "sin correo" : "con correo");
    return p;
  }

  public Persona actualizarPersona(
      String usuario,
      String nombres,
      String apellidos,
      String dni,
      String correo,
      boolean activa,
      boolean administrador) {
    String admin = exigirAdministrador();
    var p = personaExistente(usuario);
    p.actualizarDatos(
        texto(nombres, "nombres", "los nombres"),
        texto(apellidos, "apellidos", "los apellidos"),
        dni == null || dni.isBlank() ? null : dni.strip(),
        correo);
    if (admin.equals(usuario) && (!activa || !administrador)) {
      throw new ConflictoException(
          "No puede quitarse a sí mismo la administración ni desactivarse.");
    }
    if (p.isTecnica() && administrador) {
      throw new ConflictoException("La cuenta " + usuario + " es técnica: no puede administrar.");
    }
    if (activa && !p.isActiva() && p.isDeDemostracion() && !modoDemostracion) {
      throw new ConflictoException(
          "La cuenta "
              + usuario
              + " es de demostración: fuera del modo de demostración no puede activarse.");
    }
    p.activar(activa);
    p.nombrarAdministrador(administrador);
    auditoria.registrar(
        admin, "PERSONA_ACTUALIZADA", usuario, "activa=" + activa + " admin=" + administrador);
    return p;
  }

  /**
   * An administrator's reset: a temporary password (the one given, or a generated one when none is)
   * that the person must change at the next login. Returns it, to be shown once.
   */
  public String restablecerClave(String usuario, String clave) {
    String admin = exigirAdministrador();
    var p = personaExistente(usuario);
    if (p.isTecnica()) {
      throw new ConflictoException(
          "La cuenta " + usuario + " es técnica: no admite contraseña ni inicia sesión.");
    }
    if (p.isDeDemostracion() && !modoDemostracion) {
      throw new ConflictoException(
          "La cuenta "
              + usuario
              + " es de demostración: fuera del modo de demostración no admite contraseña.");
    }
    boolean generada = clave == null || clave.isBlank();
    String temporal = generada ? Claves.temporal() : clave;
    String problema = ReglasDeClave.problemaDe(temporal, usuario, modoDemostracion);
    if (problema != null) {
      throw new DatosInvalidosException("clave", problema);
    }
    p.restablecerClave(derivarClave.apply(temporal));
    auditoria.registrar(
        admin,
        "CLAVE_RESTABLECIDA",
        usuario,
        generada ? "contraseña temporal generada" : "contraseña temporal del administrador");
    return temporal;
  }

  public void asignarCargo(String usuario, String codigoCargo) {
    String admin = exigirAdministrador();
    var c = cargo(codigoCargo);
    if (c == null) {
      throw new NoEncontradoException("No existe el cargo " + codigoCargo + ".");
    }
    personaExistente(usuario).asignarCargo(c);
    auditoria.registrar(admin, "CARGO_ASIGNADO", usuario, codigoCargo);
  }

  public void retirarCargo(String usuario, String codigoCargo) {
    String admin = exigirAdministrador();
    var c = cargo(codigoCargo);
    if (c != null) {
      personaExistente(usuario).retirarCargo(c);
      auditoria.registrar(admin, "CARGO_RETIRADO", usuario, codigoCargo);
    }
  }

  private String exigirAdministrador() {
    Persona p = personaActual.persona();
    if (!p.isAdministrador()) {
      auditoria.registrarAparte(
          p.getUsuario(), "RECHAZO_ADMINISTRACION", null, "no es administrador");
      throw new AccesoDenegadoException("Solo un administrador puede modificar la organización.");
    }
    return p.getUsuario();
  }

  private Persona personaExistente(String usuario) {
    var p = persona(usuario);
    if (p == null) {
      throw new NoEncontradoException("No existe el usuario " + usuario + ".");
    }
    return p;
  }

  UnidadOrganica unidad(String codigo) {
    return unidades.porCodigo(codigo).orElse(null);
  }

  Cargo cargo(String codigo) {
    return em.createNamedQuery("Cargo.porCodigo", Cargo.class)
        .setParameter("codigo", codigo)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  Persona persona(String usuario) {
    return personas.porUsuario(usuario).orElse(null);
  }

  private static String texto(String valor, String campo, String que) {
    if (valor == null || valor.isBlank()) {
      throw new DatosInvalidosException(campo, "Indique " + que + ".");
    }
    return valor.strip();
  }
}
