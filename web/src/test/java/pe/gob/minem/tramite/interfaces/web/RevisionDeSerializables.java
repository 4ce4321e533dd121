package pe.gob.minem.tramite.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks what a session-held bean keeps, field by field, and lists every path that reaches a type
 * Java serialization cannot write: {@code Bean.field -> Record.component -> Type}. The rules:
 *
 * <ul>
 *   <li>static and transient fields are not written; an injected field (@Inject, @EJB) holds a
 *       container proxy, which is serializable, but a transient one comes back null on the other
 *       instance (the container does not inject again), so it is reported;
 *   <li>a class must implement Serializable; the project's own classes are entered (record
 *       components, fields), the JDK's and libraries' are trusted once Serializable;
 *   <li>the JDK's collection and map interfaces are fine when their element types are; generic
 *       arguments, arrays and wildcards are followed; {@code Object} cannot be shown serializable;
 *   <li>an abstract or open type is also checked through the project's subclasses of it (an
 *       anonymous LazyDataModel), an interface through its permitted or project implementations.
 * </ul>
 */
final class RevisionDeSerializables {

  private static final String PROYECTO = "pe.gob.minem.tramite.";
  private static final Set<String> ALCANCES_PASIVOS =
      Set.of(
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped",
          "jakarta.faces.view.ViewScoped",
          "jakarta.faces.flow.FlowScoped",
          "org.omnifaces.cdi.ViewScoped");
  private static final Set<String> INYECCIONES =
      Set.of("jakarta.inject.Inject", "jakarta.ejb.EJB", "jakarta.annotation.Resource");

  private final List<Class<?>> delProyecto;
  private final Set<String> faltas = new LinkedHashSet<>();
  private final Deque<Type> pila = new ArrayDeque<>();
  private Class<?> raiz;

  /**
   * @param delProyecto the project's classes, where subclasses and implementations are sought
   */
  RevisionDeSerializables(List<Class<?>> delProyecto) {
    this.delProyecto = delProyecto;
  }

  /** The classes under a class-path directory (target/classes), loaded without initialising. */
  static List<Class<?>> clasesEn(Class<?> deEseDirectorio) {
    Path raiz;
    try {
      raiz = Path.of(deEseDirectorio.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    var clases = new ArrayList<Class<?>>();
    try (Stream<Path> archivos = Files.walk(raiz)) {
      archivos
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> raiz.relativize(p).toString())
          .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - 6).replace('/', '.').replace('\\', '.'))
          .sorted()
          .forEach(
              n -> {
                try {
                  clases.add(
                      Class.forName(n, false, RevisionDeSerializables.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                  // a class whose optional dependency is absent from the test class path cannot
                  // be a session bean's field type that the tests reach either
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return clases;
  }

  /** Whether the class is a bean of a passivating scope (kept in the HTTP session). */
  static boolean guardadoEnSesion(Class<?> c) {
    for (Annotation a : c.getDeclaredAnnotations()) {
      if (ALCANCES_PASIVOS.contains(a.annotationType().getName())) {
        return true;
      }
    }
    return false;
  }

  /** Every offending path of one bean (also added to {@link #faltas()}). */
  List<String> revisar(Class<?> bean) {
    int antes = faltas.size();
    String nombre = nombre(bean);
    if (!Serializable.class.isAssignableFrom(bean)) {
      faltas.add(nombre + " -> " + nombre + " (no implementa Serializable)");
    }
    raiz = bean;
    pila.push(bean);
    for (Field f : campos(bean)) {
      String ruta = nombre(f.getDeclaringClass()) + "." + f.getName();
      if (inyectado(f)) {
        if (Modifier.isTransient(f.getModifiers())) {
          faltas.add(ruta + " -> inyectado y transient: vuelve null en la otra instancia");
        }
        continue;
      }
      if (Modifier.isTransient(f.getModifiers())) {
        continue;
      }
      revisarTipo(f.getGenericType(), ruta, Map.of());
    }
    pila.pop();
    return new ArrayList<>(faltas).subList(antes, faltas.size());
  }

  Set<String> faltas() {
    return faltas;
  }

  private void revisarTipo(Type t, String ruta, Map<TypeVariable<?>, Type> variables) {
    if (t instanceof Class<?> c) {
      revisarClase(c, ruta, Map.of());
    } else if (t instanceof ParameterizedType p) {
      Class<?> crudo = (Class<?>) p.getRawType();
      Type[] argumentos = p.getActualTypeArguments();
      var propias = new HashMap<TypeVariable<?>, Type>();
      TypeVariable<?>[] parametros = crudo.getTypeParameters();
      for (int i = 0; i < argumentos.length; i++) {
        Type a = resolver(argumentos[i], variables);
        propias.put(parametros[i], a);
        if (!crudo.getName().startsWith(PROYECTO)) {
          revisarTipo(a, ruta, Map.of()); // a project class's own components say where T goes
        }
      }
      revisarClase(crudo, ruta, propias);
    } else if (t instanceof GenericArrayType g) {
      revisarTipo(g.getGenericComponentType(), ruta, variables);
    } else if (t instanceof WildcardType w) {
      revisarTipo(w.getUpperBounds()[0], ruta, variables);
    } else if (t instanceof TypeVariable<?> v) {
      Type r = variables.get(v);
      revisarTipo(r != null ? r : v.getBounds()[0], ruta, Map.of());
    }
  }

  private static Type resolver(Type t, Map<TypeVariable<?>, Type> variables) {
    return t instanceof TypeVariable<?> v && variables.containsKey(v) ? variables.get(v) : t;
  }

  private void revisarClase(Class<?> c, String ruta, Map<TypeVariable<?>, Type> variables) {
    if (c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isArray()) {
      revisarClase(c.getComponentType(), ruta, Map.of());
      return;
    }
    if (c == Object.class) {
      faltas.add(ruta + " -> Object (no se puede demostrar que sea serializable)");
      return;
    }
    if (pila.contains(c)) {
      return; // a cycle (a unit's parent, a bean's anonymous model pointing back to the bean)
    }
    boolean serializable = Serializable.class.isAssignableFrom(c);
    if (c.isInterface()) {
      if (c.getName().startsWith("java.util.")
          && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
        return; // the elements were checked through the generic arguments
      }
      if (!serializable && subtipos(c).isEmpty()) {
        faltas.add(ruta + " -> " + nombre(c) + " (interfaz no serializable)");
        return;
      }
    } else if (!serializable) {
      faltas.add(ruta + " -> " + nombre(c));
    }
    pila.push(c);
    try {
      if (c.getName().startsWith(PROYECTO)) {
        entrar(c, ruta, variables);
      }
      for (Class<?> sub : subtipos(c)) {
        revisarClase(sub, ruta, Map.of());
      }
    } finally {
      pila.pop();
    }
  }

  /** The components of a project record, or the written fields of a project class. */
  private void entrar(Class<?> c, String ruta, Map<TypeVariable<?>, Type> variables) {
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        revisarTipo(rc.getGenericType(), ruta + " -> " + nombre(c) + "." + rc.getName(), variables);
      }
      return;
    }
    for (Field f : campos(c)) {
      if (Modifier.isTransient(f.getModifiers()) || f.getName().startsWith("_persistence_")) {
        continue; // not written (EclipseLink's woven fields are transient or its own)
      }
      revisarTipo(
          f.getGenericType(),
          ruta + " -> " + nombre(f.getDeclaringClass()) + "." + f.getName(),
          variables);
    }
  }

  /** Project classes that a value of the declared type may really be. */
  private List<Class<?>> subtipos(Class<?> c) {
    if (c.getName().startsWith("java.") || Modifier.isFinal(c.getModifiers()) || c.isRecord()) {
      return List.of();
    }
    if (c.isSealed()) {
      return List.of(c.getPermittedSubclasses());
    }
    return delProyecto.stream()
        .filter(s -> s != c && c.isAssignableFrom(s))
        // another bean's anonymous LazyDataModel is that bean's business, not this one's
        .filter(s -> !(s.isAnonymousClass() || s.isLocalClass()) || externa(s) == raiz)
        .toList();
  }

  /** The top-level class around a nested, local or anonymous one. */
  private static Class<?> externa(Class<?> c) {
    Class<?> k = c;
    while (k.getEnclosingClass() != null) {
      k = k.getEnclosingClass();
    }
    return k;
  }

  private static List<Field> campos(Class<?> c) {
    var campos = new ArrayList<Field>();
    // a library superclass is trusted once the class is Serializable: its fields are not entered
    for (Class<?> k = c;
        k != null && k != Object.class && (k == c || k.getName().startsWith(PROYECTO));
        k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          campos.add(f); // synthetic ones too: an inner class's this$0, a lambda's captures
        }
      }
    }
    return campos;
  }

  private static boolean inyectado(Field f) {
    for (Annotation a : f.getDeclaredAnnotations()) {
      if (INYECCIONES.contains(a.annotationType().getName())) {
        return true;
      }
    }
    return false;
  }

  /** Vistas.ExpedienteVista rather than the binary name. */
  private static String nombre(Class<?> c) {
    String n = c.getName();
    if (n.startsWith(PROYECTO)) {
      n = n.substring(n.lastIndexOf('.') + 1);
    }
    return n.replace('$', '.');
  }
}
