package pe.gob.minem.tramite.infrastructure.directorio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * Which portal cargos the directory's groups give (property {@code tramite.directorio.cargos}).
 *
 * <p>Entries are separated by {@code ;}; each is {@code group=CARGO}, split at its last {@code =}
 * (a cargo code never has one). The group is either a full DN ({@code
 * cn=oti-directores,ou=grupos,dc=minem,dc=gob,dc=pe}), compared as a name (case, spaces and escapes
 * do not matter), or a bare name ({@code oti-directores}) that matches any group whose first RDN
 * has that value. A group may give several cargos (one entry each); a group not listed gives none.
 */
final class CargosDelDirectorio {

  private record Regla(LdapName dn, String nombre, String cargo) {

    boolean aplicaA(LdapName grupo) {
      if (dn != null) {
        return dn.equals(grupo);
      }
      if (grupo.isEmpty()) {
        return false;
      }
      Object valor = grupo.getRdn(grupo.size() - 1).getValue();
      return valor instanceof String s && s.equalsIgnoreCase(nombre);
    }
  }

  private final List<Regla> reglas;

  private CargosDelDirectorio(List<Regla> reglas) {
    this.reglas = List.copyOf(reglas);
  }

  /** Reads the property; a malformed entry is an error that names it. */
  static CargosDelDirectorio leer(String propiedad) {
    List<Regla> reglas = new ArrayList<>();
    if (propiedad != null) {
      for (String entrada : propiedad.split(";")) {
        String e = entrada.strip();
        if (e.isEmpty()) {
          continue;
        }
        int i = e.lastIndexOf('=');
        String grupo = i < 0 ? "" : e.substring(0, i).strip();
        String cargo = i < 0 ? "" : e.substring(i + 1).strip();
        if (grupo.isEmpty() || cargo.isEmpty()) {
          throw new IllegalArgumentException(
              "tramite.directorio.cargos: la entrada «" + e + "» no tiene la forma grupo=CARGO");
        }
        reglas.add(regla(grupo, cargo.toUpperCase(Locale.ROOT), e));
      }
    }
    return new CargosDelDirectorio(reglas);
  }

  private static Regla regla(String grupo, String cargo, String entrada) {
    if (grupo.indexOf('=') < 0) {
      return new Regla(null, grupo, cargo);
    }
    try {
      return new Regla(new LdapName(grupo), null, cargo);
    } catch (InvalidNameException e) {
      throw new IllegalArgumentException(
          "tramite.directorio.cargos: «" + grupo + "» no es un DN válido (" + entrada + ")", e);
    }
  }

  /** The cargo codes the groups (their DNs, as the directory gave them) give, each once, sorted. */
  Set<String> cargosDe(Collection<String> gruposDn) {
    Set<String> cargos = new TreeSet<>();
    for (String g : gruposDn) {
      LdapName grupo;
      try {
        grupo = new LdapName(g);
      } catch (InvalidNameException e) {
        continue; // the directory's own names are valid; a broken one gives nothing
      }
      for (Regla r : reglas) {
        if (r.aplicaA(grupo)) {
          cargos.add(r.cargo());
        }
      }
    }
    return cargos;
  }

  boolean vacio() {
    return reglas.isEmpty();
  }
}
