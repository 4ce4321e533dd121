package pe.gob.minem.tramite.application.archivo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/** ADR 0011: who may see an expediente, as the index and the expediente page decide it. */
public class LectoresTest {

  public static final UnidadOrganica OGA = new UnidadOrganica("OGA", "Administración", false);
  public static final UnidadOrganica OTI = new UnidadOrganica("OTI", "Tecnologías", false);
  static final UnidadOrganica DGH = new UnidadOrganica("DGH", "Hidrocarburos", true);

  public static Persona persona(String usuario, UnidadOrganica unidad, Rol rol) {
    var p = new Persona(usuario, "N", "A", null, "x");
    p.asignarCargo(new Cargo(unidad, rol, rol.name()));
    return p;
  }

  public static Expediente expediente(Confidencialidad nivel) {
    var e =
        new Expediente(
            new NumeroExpediente(2026, 1),
            new DatosDeRegistro(
                "Asunto",
                Origen.ADMINISTRADO,
                new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, "45871236"),
                TipoDocumento.SOLICITUD,
                "S/N",
                1,
                Prioridad.NORMAL,
                10,
                nivel),
            OGA,
            "secretaria.oga",
            Instant.now(),
            LocalDate.of(2026, 11, 26),
            "ABCD-EFGH-JKLM");
    // derived to the OTI by the OGA's secretary, for the OTI's secretary
    e.anotarPaso(
        "P/OGA-TI-01",
        3,
        Movimiento.Accion.DERIVACION,
        "Derivado",
        persona("secretaria.oga", OGA, Rol.SECRETARIA),
        "OGA",
        new Movimiento.Destino("OTI", "OTI", "secretaria.oti"),
        null,
        "tarea-3",
        Instant.now(),
        Instant.now());
    return e;
  }

  final Persona secretariaOga = persona("secretaria.oga", OGA, Rol.SECRETARIA);
  final Persona secretariaOti = persona("secretaria.oti", OTI, Rol.SECRETARIA);
  final Persona analistaOti = persona("analista.oti", OTI, Rol.ANALISTA);
  final Persona directorOti = persona("director.oti", OTI, Rol.DIRECTOR);
  final Persona usuarioArea = persona("usuario.area", DGH, Rol.USUARIO);

  @Test
  void publicoLoVeTodoElPersonalPeroSoloTrabajaEnElQuienLoTramita() {
    var e = expediente(Confidencialidad.PUBLICO);
    assertEquals(Set.of("*", "P:secretaria.oga", "P:secretaria.oti"), Lectores.de(e));
    assertTrue(Lectores.puedeVer(usuarioArea, e));
    assertFalse(Lectores.tramita(usuarioArea, e));
    assertTrue(Lectores.tramita(analistaOti, e));
  }

  @Test
  void reservadoLoVenLasUnidadesPorLasQuePaso() {
    var e = expediente(Confidencialidad.RESERVADO);
    assertTrue(Lectores.puedeVer(secretariaOga, e));
    assertTrue(Lectores.puedeVer(analistaOti, e));
    assertFalse(Lectores.puedeVer(usuarioArea, e));
  }

  @Test
  void confidencialSoloQuienesLoTramitaronYLosDirectoresDeSusUnidades() {
    var e = expediente(Confidencialidad.CONFIDENCIAL);
    assertTrue(Lectores.puedeVer(secretariaOga, e), "lo registró");
    assertTrue(Lectores.puedeVer(secretariaOti, e), "se le derivó por nombre");
    assertTrue(Lectores.puedeVer(directorOti, e), "dirige una unidad por la que pasó");
    assertFalse(Lectores.puedeVer(analistaOti, e), "de la unidad, pero no lo tramitó");
    assertFalse(Lectores.puedeVer(usuarioArea, e));
    assertTrue(Lectores.credenciales(directorOti).contains("D:OTI"));
    assertFalse(Lectores.credenciales(analistaOti).contains("D:OTI"));
  }

  @Test
  void elAdministradorNoTieneRestriccion() {
    var admin = new Persona("admin", "A", "P", null, "x");
    admin.nombrarAdministrador(true);
    assertTrue(Lectores.de(admin).sinRestriccion());
    assertTrue(Lectores.puedeVer(admin, expediente(Confidencialidad.CONFIDENCIAL)));
  }
}
