package pe.gob.minem.tramite.application.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.archivo.LectoresTest;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/** ADR 0012: who may change an expediente's level. */
class ClasificacionServiceTest {

  @Test
  void onlyTheDirectorOfTheUnitThatHoldsItOrAnAdministrator() {
    // registered by the OGA, which still holds it (the OTI appears in its hoja de ruta)
    var e = LectoresTest.expediente(Confidencialidad.RESERVADO);
    assertEquals("OGA", e.getUnidadActual().getCodigo());

    assertTrue(ClasificacionService.puede(persona("director.oga", "OGA", Rol.DIRECTOR), e));
    assertFalse(
        ClasificacionService.puede(persona("secretaria.oga", "OGA", Rol.SECRETARIA), e),
        "registered it, does not direct the unit");
    assertFalse(
        ClasificacionService.puede(persona("director.oti", "OTI", Rol.DIRECTOR), e),
        "directs a unit it passed through, not the one that holds it");
    var admin = new Persona("admin", "A", "B", null, "x");
    admin.nombrarAdministrador(true);
    assertTrue(ClasificacionService.puede(admin, e));
  }

  private static Persona persona(String usuario, String unidad, Rol rol) {
    return LectoresTest.persona(
        usuario,
        switch (unidad) {
          case "OGA" -> LectoresTest.OGA;
          default -> LectoresTest.OTI;
        },
        rol);
  }
}
