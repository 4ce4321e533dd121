package pe.gob.minem.tramite.application.organizacion;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * Checks a login against the persons table: PBKDF2 hashes (re-derived at the current cost when an
 * older one matches), a temporary lock after repeated failures, demo accounts refused outside demo
 * mode, and one audit line for every success, failure and refusal.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Autenticacion {

  /** The groups every authenticated person has, and the administrators'. */
  public static final String USUARIO = "USUARIO";

  public static final String ADMIN = "ADMIN";
  public static final String MESA_DE_PARTES = "MESA_DE_PARTES";

  @Inject PersonaRepository personas;
  @Inject Auditoria auditoria;
  @Inject MesaDePartesService mesaDePartes;
  @Inject IngresoPorDirectorio directorio;

  @Inject
  @ConfigProperty(name = "tramite.seguridad.minutos-de-bloqueo", defaultValue = "15")
  int minutosDeBloqueo;

  @Inject
  @ConfigProperty(name = "tramite.demo", defaultValue = "false")
  boolean modoDemostracion;

  /** Hashes a password at the current cost; unit tests count the re-derivations. */
  UnaryOperator<String> derivarClave = Claves::derivar;

  /** Checks a password against a stored hash; unit tests count the checks with another one. */
  BiPredicate<String, String> verificarClave = Claves::coincide;

  /** The outcome of a login: the groups when it succeeded, the reason when it did not. */
  public record Resultado(boolean valido, Set<String> grupos, String motivo) {}

  public Resultado autenticar(String usuario, String clave, String origen) {
    Instant ahora = Instant.now();
    // outside demo mode a demo account is refused even if something enabled it again (ADR 0017)
    Optional<Persona> encontrada = buscar(usuario);
    boolean demoFueraDeModo =
        !modoDemostracion && encontrada.filter(Persona::isDeDemostracion).isPresent();
    // a technical account (sistema.monitoreo) never logs in: as if it did not exist (ADR 0028)
    boolean tecnica = encontrada.filter(Persona::isTecnica).isPresent();
    Persona p =
        encontrada.filter(Persona::isActiva).filter(x -> !demoFueraDeModo && !tecnica).orElse(null);
    // Exactly one PBKDF2 check for every attempt, before anything else is decided: an unknown,
    // overlong, inactive or locked account costs what a wrong password costs, so the time of the
    // answer does not tell which user names exist.
    boolean coincide =
        verificarClave.test(clave == null ? "" : clave, p == null ? null : p.getClaveHash());
    // A name this portal does not have, or a person without a local password, may be the
    // ministry's directory's: it decides there, and its time adds to the same hash (ADR 0016).
    if (!tecnica && directorio.atiende(usuario, p)) {
      return directorio.autenticar(usuario, clave, origen, this::grupos);
    }
    if (p == null) {
      String motivo =
          demoFueraDeModo
              ? "cuenta de demostración fuera del modo de demostración; "
              : tecnica ? "cuenta técnica: no inicia sesión; " : porQueDesconocido(usuario);
      auditoria.registrar(usuario, "INGRESO_FALLIDO", null, motivo + origen);
      return new Resultado(false, Set.of(), "Usuario o contraseña incorrectos.");
    }
    if (p.estaBloqueada(ahora)) {
      auditoria.registrar(
          usuario,
          "RECHAZO_INGRESO_BLOQUEADO",
          null,
          "cuenta bloqueada hasta " + Reloj.formatear(p.getBloqueadaHasta()) + "; " + origen);
      return new Resultado(
          false,
          Set.of(),
          "La cuenta está bloqueada temporalmente por intentos fallidos. Inténtelo después de las "
              + Reloj.formatear(p.getBloqueadaHasta()).substring(11)
              + ".");
    }
    if (clave == null || !coincide) {
      boolean bloqueada = p.registrarIntentoFallido(ahora, Duration.ofMinutes(minutosDeBloqueo));
      auditoria.registrar(usuario, "INGRESO_FALLIDO", null, "contraseña incorrecta; " + origen);
      if (bloqueada) {
        auditoria.registrar(
            usuario,
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
      return new Resultado(false, Set.of(), "Usuario o contraseña incorrectos.");
    }
    p.registrarIngreso();
    if (Claves.debeRederivarse(p.getClaveHash())) {
      // a hash of an older, cheaper count: the password is at hand only now
      p.rederivarClave(derivarClave.apply(clave));
      auditoria.registrar(
          usuario, "CLAVE_REDERIVADA", null, "PBKDF2 a " + Claves.ITERACIONES + " iteraciones");
    }
    auditoria.registrar(usuario, "INGRESO", null, origen);
    return new Resultado(true, grupos(p), null);
  }

  /** The person with this user name; none for a name that no row can hold. */
  private Optional<Persona> buscar(String usuario) {
    if (usuario == null || usuario.isEmpty() || usuario.length() > Persona.LARGO_USUARIO) {
      return Optional.empty();
    }
    return personas.porUsuario(usuario);
  }

  /** The audit's reason for a failure without a usable account. */
  private static String porQueDesconocido(String usuario) {
    if (usuario != null && usuario.length() > Persona.LARGO_USUARIO) {
      // the audit keeps only the start of the name
      return "usuario de "
          + usuario.length()
          + " caracteres (máximo "
          + Persona.LARGO_USUARIO
          + "); ";
    }
    return "usuario desconocido o inactivo; ";
  }

  public Set<String> grupos(Persona p) {
    Set<String> g = new TreeSet<>(p.grupos());
    g.add(USUARIO);
    if (p.isAdministrador()) {
      g.add(ADMIN);
    }
    if (mesaDePartes.puedeRegistrar(p)) {
      g.add(MESA_DE_PARTES);
    }
    return g;
  }

  public void registrarSalida(String usuario) {
    auditoria.registrar(usuario, "SALIDA", null, null);
  }

  /** A refusal the web layer saw (403 on a page or an API call). */
  public void registrarRechazo(String usuario, String recurso) {
    auditoria.registrar(usuario, "RECHAZO_ACCESO", recurso, null);
  }
}
