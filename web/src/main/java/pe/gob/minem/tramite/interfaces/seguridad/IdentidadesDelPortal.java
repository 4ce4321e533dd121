package pe.gob.minem.tramite.interfaces.seguridad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import pe.gob.minem.tramite.application.organizacion.Autenticacion;
import pe.gob.minem.tramite.application.organizacion.IngresoPorDirectorio;

/**
 * The identity store: persons in the database with PBKDF2 hashes (through {@link Autenticacion},
 * which also locks accounts and audits). A successful check is remembered for a minute, keyed by a
 * salted digest of the credentials, so that API clients sending Basic credentials on every call do
 * not pay a PBKDF2 derivation each time; a failure is never remembered, and the login page always
 * checks afresh.
 */
@ApplicationScoped
public class IdentidadesDelPortal implements IdentityStore {

  private static final long VIGENCIA_MS = 60_000;
  private static final byte[] PIMIENTA = new byte[32];

  static {
    new SecureRandom().nextBytes(PIMIENTA);
  }

  private record Recordado(String usuario, Set<String> grupos, long hasta) {}

  private final Map<String, Recordado> recientes = new ConcurrentHashMap<>();

  /** The checks running now, by the digest of their credentials. */
  private final Map<String, CompletableFuture<CredentialValidationResult>> enCurso =
      new ConcurrentHashMap<>();

  @Inject Autenticacion autenticacion;

  /** The request the login came in (a CDI proxy of the current one). */
  @Inject HttpServletRequest peticion;

  /**
   * Request attribute set when a login was refused because the ministry's directory did not answer
   * (its value is the message for the person), so that the page and the API say so.
   */
  public static final String DIRECTORIO_NO_RESPONDE = "tramite.directorio-no-responde";

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential c)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return validar(c.getCaller(), c.getPasswordAsString(), "web");
  }

  public CredentialValidationResult validar(String usuario, String clave, String origen) {
    String h = huella(usuario, clave);
    Recordado r = recientes.get(h);
    if (r != null && r.hasta() > System.currentTimeMillis()) {
      return new CredentialValidationResult(usuario, r.grupos());
    }
    // One check per credentials at a time: when the remembered check expires, an API client's
    // concurrent calls would each derive PBKDF2 at once (the load test's profile: 8 clients, 8
    // derivations every minute, all requests stalled behind them). The calls that arrive while a
    // check runs wait for it and share a success; after a failure each checks afresh, as before.
    var mia = new CompletableFuture<CredentialValidationResult>();
    var enMarcha = enCurso.putIfAbsent(h, mia);
    if (enMarcha != null) {
      try {
        var resultado = enMarcha.get();
        if (resultado.getStatus() == CredentialValidationResult.Status.VALID) {
          return resultado;
        }
      } catch (ExecutionException e) {
        // the other check failed with an exception: this one checks by itself
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CredentialValidationResult.INVALID_RESULT;
      }
      return ingresar(usuario, clave, origen);
    }
    try {
      var resultado = ingresar(usuario, clave, origen);
      mia.complete(resultado);
      return resultado;
    } catch (RuntimeException | Error e) {
      mia.completeExceptionally(e);
      throw e;
    } finally {
      enCurso.remove(h, mia);
    }
  }

  /**
   * A login that does not use what is remembered (the login page's): a person of the ministry's
   * directory gets the cargos of their groups as they are now (ADR 0016).
   */
  public CredentialValidationResult ingresar(String usuario, String clave, String origen) {
    String clavePrueba = huella(usuario, clave);
    long ahora = System.currentTimeMillis();
    var resultado = autenticacion.autenticar(usuario, clave, origen);
    // a failure may have locked the account, a success may bring other cargos: nothing
    // remembered of this user may answer for them now
    recientes.values().removeIf(x -> x.usuario().equals(usuario));
    if (!resultado.valido()) {
      if (IngresoPorDirectorio.NO_RESPONDE.equals(resultado.motivo())) {
        peticion.setAttribute(DIRECTORIO_NO_RESPONDE, resultado.motivo());
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (recientes.size() > 10_000) {
      recientes.clear();
    }
    recientes.put(clavePrueba, new Recordado(usuario, resultado.grupos(), ahora + VIGENCIA_MS));
    return new CredentialValidationResult(usuario, resultado.grupos());
  }

  /** Forget everything remembered (after a password or cargo change). */
  public void olvidar() {
    recientes.clear();
  }

  private static String huella(String usuario, String clave) {
    try {
      var md = MessageDigest.getInstance("SHA-256");
      md.update(PIMIENTA);
      md.update(String.valueOf(usuario).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(String.valueOf(clave).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
