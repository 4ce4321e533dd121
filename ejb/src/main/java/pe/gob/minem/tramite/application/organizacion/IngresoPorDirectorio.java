package pe.gob.minem.tramite.application.organizacion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.CargoRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * A login with the ministry's directory (ADR 0016), in {@link Autenticacion}'s transaction: the
 * directory checks the password; the portal brings the person in at their first login and, at every
 * login, takes names, e-mail and cargos from the directory again. The portal's own rules still
 * apply: an account deactivated or locked in the portal stays out, failures count towards the lock,
 * and every success, failure and refusal is audited.
 */
@ApplicationScoped
public class IngresoPorDirectorio {

  private static final Logger LOG = Logger.getLogger(IngresoPorDirectorio.class.getName());

  /** What the person is told when the directory cannot answer. */
  public static final String NO_RESPONDE =
      "El directorio del ministerio no responde; inténtelo en unos minutos o use una cuenta local.";

  static final String INCORRECTOS = "Usuario o contraseña incorrectos.";
  static final String DESHABILITADA =
      "Su cuenta está deshabilitada en el directorio del ministerio; consulte con la Oficina de"
          + " Tecnologías de la Información.";

  /** The names the directory is asked about: those the portal could hold (as an admin makes). */
  private static final Pattern USUARIO = Pattern.compile("[a-z0-9._-]{3,60}");

  @Inject Directorio directorio;
  @Inject PersonaRepository personas;
  @Inject CargoRepository cargos;
  @Inject Auditoria auditoria;

  @Inject
  @ConfigProperty(name = "tramite.seguridad.minutos-de-bloqueo", defaultValue = "15")
  int minutosDeBloqueo;

  /**
   * Whether this login is the directory's: a directory is configured, and the name is one the
   * portal does not have or has for a person without a local password. A person with a local
   * password (the local administrator) never depends on the directory.
   *
   * @param activa the active person with this name, or null
   */
  public boolean atiende(String usuario, Persona activa) {
    if (directorio == null || !directorio.configurado() || usuario == null) {
      return false;
    }
    if (activa != null) {
      return activa.ingresaConElDirectorio();
    }
    if (!USUARIO.matcher(usuario).matches()) {
      return false;
    }
    // an inactive person with a local password is the portal's to refuse
    return personas.porUsuario(usuario).map(Persona::ingresaConElDirectorio).orElse(true);
  }

  /**
   * Checks the password with the directory and decides.
   *
   * @param gruposDe the security groups of a person who logged in
   */
  public Autenticacion.Resultado autenticar(
      String usuario, String clave, String origen, Function<Persona, Set<String>> gruposDe) {
    Instant ahora = Instant.now();
    Persona p = personas.porUsuario(usuario).orElse(null);
    Directorio.Cuenta cuenta;
    try {
      cuenta = directorio.verificar(usuario, clave);
    } catch (DirectorioNoDisponibleException e) {
      LOG.warning("Directorio del ministerio: " + e.getMessage());
      auditoria.registrar(
          usuario, "RECHAZO_INGRESO_DIRECTORIO", null, e.getMessage() + "; " + origen);
      return rechazo(NO_RESPONDE);
    }
    if (p != null && !p.isActiva()) {
      auditoria.registrar(
          usuario, "INGRESO_FALLIDO", null, "usuario desconocido o inactivo; " + origen);
      return rechazo(INCORRECTOS);
    }
    if (p != null && p.estaBloqueada(ahora)) {
      String hasta = Reloj.formatear(p.getBloqueadaHasta());
      auditoria.registrar(
          usuario,
          "RECHAZO_INGRESO_BLOQUEADO",
          null,
          "cuenta bloqueada hasta " + hasta + "; " + origen);
      return rechazo(
          "La cuenta está bloqueada temporalmente por intentos fallidos. Inténtelo después de las "
              + hasta.substring(11)
              + ".");
    }
    if (!cuenta.existe()) {
      auditoria.registrar(
          usuario,
          "INGRESO_FALLIDO",
          null,
          (p == null
                  ? "usuario desconocido (ni local ni en el directorio); "
                  : "ya no está en el directorio; ")
              + origen);
      return fallo(p, ahora);
    }
    if (!cuenta.habilitada()) {
      auditoria.registrar(
          usuario,
          "RECHAZO_INGRESO_DESHABILITADA",
          null,
          "cuenta deshabilitada en el directorio"
              + (cuenta.claveCorrecta() ? "" : " (contraseña no aceptada)")
              + "; "
              + origen);
      // only someone who knows the password learns why
      return rechazo(cuenta.claveCorrecta() ? DESHABILITADA : INCORRECTOS);
    }
    if (!cuenta.claveCorrecta()) {
      auditoria.registrar(
          usuario, "INGRESO_FALLIDO", null, "contraseña incorrecta (directorio); " + origen);
      return fallo(p, ahora);
    }
    return ingreso(usuario, p, cuenta, origen, gruposDe);
  }

  private Autenticacion.Resultado ingreso(
      String usuario,
      Persona existente,
      Directorio.Cuenta cuenta,
      String origen,
      Function<Persona, Set<String>> gruposDe) {
    Persona p = existente;
    if (p == null) {
      p =
          Persona.delDirectorio(
              usuario, recortar(cuenta.nombres(), 120), recortar(cuenta.apellidos(), 120));
      personas.guardar(p);
      auditoria.registrar(usuario, "PERSONA_DEL_DIRECTORIO", usuario, "primer ingreso; " + origen);
    }
    p.actualizarDatos(
        recortar(cuenta.nombres(), 120),
        recortar(cuenta.apellidos(), 120),
        p.getDni(),
        recortar(cuenta.correo(), 200));
    Set<String> antes = codigos(p.getCargos());
    if (p.sincronizarCargos(vigentes(cuenta.cargos()))) {
      auditoria.registrar(
          usuario,
          "CARGOS_DEL_DIRECTORIO",
          usuario,
          "antes " + antes + ", ahora " + codigos(p.getCargos()));
    }
    p.registrarIngreso();
    auditoria.registrar(usuario, "INGRESO", null, "directorio; " + origen);
    return new Autenticacion.Resultado(true, gruposDe.apply(p), null);
  }

  /** The portal's cargos of these codes; a code the portal does not have is logged and skipped. */
  private List<Cargo> vigentes(Set<String> codigos) {
    List<Cargo> l = new ArrayList<>();
    for (String c : codigos) {
      cargos
          .porCodigo(c)
          .ifPresentOrElse(
              l::add,
              () ->
                  LOG.warning(
                      "tramite.directorio.cargos nombra el cargo "
                          + c
                          + ", que el portal no tiene: se omite"));
    }
    return l;
  }

  /** A wrong password (or a name gone from the directory): counts towards the portal's lock. */
  private Autenticacion.Resultado fallo(Persona p, Instant ahora) {
    if (p != null && p.registrarIntentoFallido(ahora, Duration.ofMinutes(minutosDeBloqueo))) {
      auditoria.registrar(
          p.getUsuario(),
          "BLOQUEO_CUENTA",
          null,
          "usuario "
              + p.getUsuario()
              + " bloqueado "
              + minutosDeBloqueo
              + " minutos tras "
              + Persona.INTENTOS_ANTES_DE_BLOQUEO
              + " intentos fallidos");
    }
    return rechazo(INCORRECTOS);
  }

  private static Autenticacion.Resultado rechazo(String motivo) {
    return new Autenticacion.Resultado(false, Set.of(), motivo);
  }

  private static Set<String> codigos(Set<Cargo> c) {
    Set<String> s = new TreeSet<>();
    c.forEach(x -> s.add(x.getCodigo()));
    return s;
  }

  private static String recortar(String s, int largo) {
    return s == null || s.length() <= largo ? s : s.substring(0, largo);
  }
}
