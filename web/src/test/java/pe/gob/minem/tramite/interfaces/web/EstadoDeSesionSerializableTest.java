package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Vistas;
import pe.gob.minem.tramite.interfaces.seguridad.MecanismoDeAutenticacion;

/**
 * Replicated HTTP sessions (issue 17, distributable web.xml): everything a session-held bean keeps
 * must survive Java serialization, or the session is lost with the instance that held it. This
 * finds the beans of every passivating scope in the web module and walks what they keep.
 */
class EstadoDeSesionSerializableTest {

  static List<Class<?>> delProyecto() {
    var clases = new ArrayList<Class<?>>(RevisionDeSerializables.clasesEn(Portal.class));
    clases.addAll(RevisionDeSerializables.clasesEn(Vistas.class));
    return clases;
  }

  /**
   * Paths the walk cannot prove, each with why it is serializable all the same; each must still be
   * found (a stale entry fails).
   */
  static final Map<String, String> PROBADOS_DE_OTRO_MODO =
      Map.of(
          "BuscarEnArchivo.seleccion -> Object (no se puede demostrar que sea serializable)",
          "JSF's selectManyCheckbox writes String[] (or a List of String) into the map, and"
              + " aplicar() writes String[]: the round trip in SesionDeIdaYVueltaTest fills it");

  @Test
  void todoLoQueGuardanLosBeansDeSesionYDeVistaEsSerializable() {
    var clases = delProyecto();
    var beans = clases.stream().filter(RevisionDeSerializables::guardadoEnSesion).toList();
    // the walk found the beans (a test that finds none cannot fail)
    assertTrue(
        beans.contains(Bandeja.class) && beans.contains(AtenderTarea.class), beans::toString);
    var revision = new RevisionDeSerializables(clases);
    beans.forEach(revision::revisar);
    // what the security layer puts in the session itself (the others are String and Long)
    revision.revisar(MecanismoDeAutenticacion.Sesion.class);
    var faltas = new ArrayList<>(revision.faltas());
    for (String probado : PROBADOS_DE_OTRO_MODO.keySet()) {
      assertTrue(faltas.remove(probado), () -> "ya no se encuentra: " + probado);
    }
    assertEquals(
        List.of(),
        faltas,
        () ->
            beans.size()
                + " beans revisados; lo que no sobreviviría a la replicación de la sesión:\n"
                + String.join("\n", faltas));
  }

  // --- the checker reports what it should (a bean the scan does not see: it is a test class) ---

  static class Hilo { // neither Serializable nor entered
    Thread hilo;
  }

  record Registro(String nombre, Hilo hilo) implements Serializable {}

  record Caja<T>(T contenido) implements Serializable {}

  static class Servicio {}

  @ViewScoped
  static class BeanDePrueba implements Serializable {
    @Inject transient Servicio perdido;
    @Inject Servicio proxy;
    transient Hilo cache;
    String texto;
    List<Registro> registros;
    Map<String, Optional<String>> opcionales;
    Caja<Hilo> caja;
    Object cualquiera;
    Runnable accion;
  }

  @Test
  void elRevisorNombraCadaCaminoQueNoSeSerializa() {
    assertTrue(RevisionDeSerializables.guardadoEnSesion(BeanDePrueba.class));
    var faltas = new RevisionDeSerializables(List.of()).revisar(BeanDePrueba.class);
    assertEquals(
        List.of(
            "EstadoDeSesionSerializableTest.BeanDePrueba.perdido -> inyectado y transient: vuelve"
                + " null en la otra instancia",
            "EstadoDeSesionSerializableTest.BeanDePrueba.registros ->"
                + " EstadoDeSesionSerializableTest.Registro.hilo ->"
                + " EstadoDeSesionSerializableTest.Hilo",
            "EstadoDeSesionSerializableTest.BeanDePrueba.registros ->"
                + " EstadoDeSesionSerializableTest.Registro.hilo ->"
                + " EstadoDeSesionSerializableTest.Hilo.hilo -> java.lang.Thread",
            "EstadoDeSesionSerializableTest.BeanDePrueba.opcionales -> java.util.Optional",
            "EstadoDeSesionSerializableTest.BeanDePrueba.caja ->"
                + " EstadoDeSesionSerializableTest.Caja.contenido ->"
                + " EstadoDeSesionSerializableTest.Hilo",
            "EstadoDeSesionSerializableTest.BeanDePrueba.caja ->"
                + " EstadoDeSesionSerializableTest.Caja.contenido ->"
                + " EstadoDeSesionSerializableTest.Hilo.hilo -> java.lang.Thread",
            "EstadoDeSesionSerializableTest.BeanDePrueba.cualquiera -> Object (no se puede"
                + " demostrar que sea serializable)",
            "EstadoDeSesionSerializableTest.BeanDePrueba.accion -> java.lang.Runnable (interfaz no"
                + " serializable)"),
        faltas);
  }
}
