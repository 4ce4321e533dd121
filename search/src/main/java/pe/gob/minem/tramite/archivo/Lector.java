package pe.gob.minem.tramite.archivo;

import java.util.Set;

/**
 * Who searches: the access tokens they hold ({@code "*"}, {@code "U:OTI"}, {@code "D:OTI"}, {@code
 * "P:analista.oti"}…), matched inside the query against each entry's {@link EntradaIndice#lectores
 * lectores}, so that counts, facets and pages only ever include what they may see.
 *
 * @param usuario for logs
 * @param credenciales tokens; {@code null} means unrestricted (auditor/administrator)
 */
public record Lector(String usuario, Set<String> credenciales) {
  public Lector {
    credenciales = credenciales == null ? null : Set.copyOf(credenciales);
  }

  public static Lector sinRestriccion(String usuario) {
    return new Lector(usuario, null);
  }

  public boolean sinRestriccion() {
    return credenciales == null;
  }
}
