package pe.gob.minem.tramite.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * Checks a login against the persons table: PBKDF2 hashes, a temporary lock after repeated
 * failures, and one audit line for every success, failure and refusal.
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

  @Inject
  @ConfigProperty(name = "tramite.seguridad.minutos-de-bloqueo", defaultValue = "15")
  int minutosDeBloqueo;

  /** The outcome of a login: the groups when it succeeded, the reason when it did not. */
  public record Resultado(boolean valido, Set<String> grupos, String motivo) {}

  public Resultado autenticar(String usuario, String clave, String origen) {
    Instant ahora = Instant.now();
    Optional<Persona> encontrada =
        usuario == null ? Optional.empty() : personas.porUsuario(usuario);
    if (encontrada.isEmpty() || !encontrada.get().isActiva()) {
      Claves.simularVerificacion(clave == null ? "" : clave);
      auditoria.registrar(
          usuario, "INGRESO_FALLIDO", null, "usuario desconocido o inactivo; " + origen);
      return new Resultado(false, Set.of(), "Usuario o contraseña incorrectos.");
    }
    Persona p = encontrada.get();
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
    if (clave == null || !Claves.coincide(clave, p.getClaveHash())) {
      boolean bloqueada = p.registrarIntentoFallido(ahora, Duration.ofMinutes(minutosDeBloqueo));
      auditoria.registrar(usuario, "INGRESO_FALLIDO", null, "contraseña incorrecta; " + origen);
      if (bloqueada) {
        auditoria.registrar(
            usuario,
            "BLOQUEO_CUENTA",
            null,
            "usuario "
                + usuario
                + " bloqueado "
                + minutosDeBloqueo
                + " minutos tras "
                + Persona.INTENTOS_ANTES_DE_BLOQUEO
                + " intentos fallidos");
      }
      return new Resultado(false, Set.of(), "Usuario o contraseña incorrectos.");
    }
    p.registrarIngreso();
    auditoria.registrar(usuario, "INGRESO", null, origen);
    return new Resultado(true, grupos(p), null);
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
