package pe.gob.minem.tramite.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import pe.gob.minem.tramite.domain.model.auditoria.CabezaDeCadena;
import pe.gob.minem.tramite.domain.model.auditoria.RegistroAuditoria;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;

/**
 * An {@link Auditoria} without a database: an EntityManager stand-in keeps the rows it would
 * persist and answers {@code Persona.porUsuario} from a map; the audit log lines are captured.
 */
public final class AuditoriaDePrueba {

  private final List<RegistroAuditoria> registros = new ArrayList<>();
  private final List<String> consultados = new ArrayList<>();
  private final List<LogRecord> log = new ArrayList<>();
  private final Logger logger = Logger.getLogger("pe.gob.minem.tramite.auditoria");
  private final Handler captura =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          log.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private boolean padres;
  private final CabezaDeCadena cabeza = CabezaDeCadena.nueva();

  /** The persons {@code Persona.porUsuario} finds, by user name. */
  private final Map<String, Persona> personas = new java.util.HashMap<>();

  final EntityManager em = proxy(EntityManager.class, this::entityManager);

  /** The persons {@code Persona.porUsuario} finds, by user name (modifiable). */
  public Map<String, Persona> personas() {
    return personas;
  }

  public Auditoria auditoria() {
    var a = new Auditoria();
    a.em = em;
    return a;
  }

  public void capturarLog() {
    padres = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(captura);
  }

  public void soltarLog() {
    logger.removeHandler(captura);
    logger.setUseParentHandlers(padres);
  }

  /** The head of the chain the rows are appended to. */
  public CabezaDeCadena cabeza() {
    return cabeza;
  }

  public List<RegistroAuditoria> registros() {
    return registros;
  }

  /** The user names looked up in the persons table. */
  public List<String> consultados() {
    return consultados;
  }

  public List<LogRecord> log() {
    return log;
  }

  private Object entityManager(String metodo, Object[] args) {
    return switch (metodo) {
      case "persist" -> {
        registros.add((RegistroAuditoria) args[0]);
        yield null;
      }
      case "find" -> {
        if (args[0] != CabezaDeCadena.class) {
          throw new UnsupportedOperationException("find " + args[0]);
        }
        yield cabeza;
      }
      case "createNamedQuery" -> {
        if (!"Persona.porUsuario".equals(args[0])) {
          throw new UnsupportedOperationException(String.valueOf(args[0]));
        }
        yield porUsuario();
      }
      default -> throw new UnsupportedOperationException(metodo);
    };
  }

  @SuppressWarnings("unchecked")
  private TypedQuery<Persona> porUsuario() {
    String[] usuario = new String[1];
    TypedQuery<Persona>[] q = new TypedQuery[1];
    q[0] =
        proxy(
            TypedQuery.class,
            (metodo, args) ->
                switch (metodo) {
                  case "setParameter" -> {
                    usuario[0] = (String) args[1];
                    yield q[0];
                  }
                  case "getResultStream" -> {
                    consultados.add(usuario[0]);
                    yield Stream.ofNullable(personas.get(usuario[0]));
                  }
                  case "getResultList" -> {
                    consultados.add(usuario[0]);
                    yield Stream.ofNullable(personas.get(usuario[0])).toList();
                  }
                  default -> throw new UnsupportedOperationException(metodo);
                });
    return q[0];
  }

  private interface Llamada {
    Object atender(String metodo, Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<?> tipo, Llamada llamada) {
    return (T)
        Proxy.newProxyInstance(
            AuditoriaDePrueba.class.getClassLoader(),
            new Class<?>[] {tipo},
            (self, m, args) ->
                switch (m.getName()) {
                  case "toString" -> tipo.getSimpleName() + " de prueba";
                  case "hashCode" -> System.identityHashCode(self);
                  case "equals" -> self == args[0];
                  default -> llamada.atender(m.getName(), args);
                });
  }
}
