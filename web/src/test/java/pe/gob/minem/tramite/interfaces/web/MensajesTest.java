package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** What a page shows for a failure: the domain's Spanish reason, or a generic message. */
class MensajesTest {

  private FacesDePrueba faces;
  private final Logger log = Logger.getLogger(Mensajes.class.getName());
  private final List<LogRecord> registros = new ArrayList<>();
  private final Handler captura =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          registros.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private boolean padres;

  @BeforeEach
  void preparar() {
    faces = FacesDePrueba.instalar();
    padres = log.getUseParentHandlers();
    log.setUseParentHandlers(false); // keep the expected stack traces out of the build output
    log.addHandler(captura);
  }

  @AfterEach
  void soltar() {
    faces.close();
    log.removeHandler(captura);
    log.setUseParentHandlers(padres);
  }

  private FacesMessage unico() {
    assertEquals(1, faces.mensajes.size(), "un solo mensaje");
    return faces.mensajes.get(0);
  }

  @Test
  void exitoEsInformativoYNoFallaLaValidacion() {
    Mensajes.exito("Expediente registrado.");
    var m = unico();
    assertEquals(FacesMessage.SEVERITY_INFO, m.getSeverity());
    assertEquals("Expediente registrado.", m.getSummary());
    assertFalse(faces.validacionFallida);
  }

  @Test
  void unErrorDeTextoFallaLaValidacion() {
    Mensajes.error("Elija una unidad.");
    var m = unico();
    assertEquals(FacesMessage.SEVERITY_ERROR, m.getSeverity());
    assertEquals("Elija una unidad.", m.getSummary());
    assertTrue(faces.validacionFallida, "la página se queda donde está");
  }

  @Test
  void laRazonDeNegocioSeMuestraTalCualAunqueVengaEnvuelta() {
    Mensajes.error(new EJBException(new DatosInvalidosException("asunto", "Indique el asunto.")));
    var m = unico();
    assertEquals(FacesMessage.SEVERITY_ERROR, m.getSeverity());
    assertEquals("Indique el asunto.", m.getSummary());
    assertTrue(faces.validacionFallida);
    assertTrue(registros.isEmpty(), "una regla de negocio no va al log como error");
  }

  @Test
  void otrasRazonesDeNegocioTambien() {
    Mensajes.error(new NoEncontradoException("No existe el expediente EXP-2025-000001."));
    Mensajes.error(new ConflictoException("La tarea ya fue completada."));
    assertEquals(
        List.of("No existe el expediente EXP-2025-000001.", "La tarea ya fue completada."),
        faces.mensajes.stream().map(FacesMessage::getSummary).toList());
  }

  @Test
  void laConcurrenciaPideActualizarLaPagina() {
    for (RuntimeException e :
        List.of(
            new EJBException(new OptimisticLockException("Row was updated: Tarea#12 v3")),
            new RuntimeException(new FlowableOptimisticLockingException("Task[7] was updated")))) {
      faces.mensajes.clear();
      Mensajes.error(e);
      assertEquals(
          "Otra persona atendió lo mismo al mismo tiempo. Actualice la página.",
          unico().getSummary());
    }
    assertTrue(registros.isEmpty());
  }

  @Test
  void unErrorInesperadoNoMuestraNadaInternoPeroQuedaEnElLog() {
    var e =
        new EJBException(
            new IllegalStateException("org.postgresql.util.PSQLException: relation \"persona\""));
    Mensajes.error(e);
    var m = unico();
    assertEquals(
        "Ocurrió un error inesperado; no se guardó ningún cambio. Inténtelo de nuevo.",
        m.getSummary());
    assertEquals(m.getSummary(), m.getDetail(), "sin detalle propio");
    assertTrue(faces.validacionFallida);
    assertEquals(1, registros.size());
    assertEquals(Level.SEVERE, registros.get(0).getLevel());
    assertSame(e, registros.get(0).getThrown());
  }
}
