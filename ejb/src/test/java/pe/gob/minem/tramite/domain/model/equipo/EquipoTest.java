package pe.gob.minem.tramite.domain.model.equipo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

class EquipoTest {

  static DatosDeEquipo datos(String usuario, LocalDate garantia, EstadoDeEquipo estado) {
    return new DatosDeEquipo(
        " 740899500101 ",
        TipoDeEquipo.LAPTOP,
        "Lenovo",
        "ThinkPad",
        "PF1",
        usuario,
        "DGH",
        "Piso 4",
        garantia,
        estado);
  }

  static Equipo nuevo() {
    return new Equipo(datos("usuario.area", LocalDate.of(2026, 12, 31), null), Instant.now());
  }

  @Test
  void unEquipoNuevoEstaOperativoYSuCodigoSinEspacios() {
    Equipo e = nuevo();
    assertEquals(EstadoDeEquipo.OPERATIVO, e.getEstado());
    assertEquals("740899500101", e.getCodigoPatrimonial());
  }

  @Test
  void elCodigoPatrimonialSeNormalizaAMayusculasYSeValida() {
    assertEquals("ABC-123456", DatosDeEquipo.codigo(" abc-123456 "));
    assertThrows(DatosInvalidosException.class, () -> DatosDeEquipo.codigo("12345"));
    assertThrows(DatosInvalidosException.class, () -> DatosDeEquipo.codigo("1".repeat(21)));
    assertThrows(DatosInvalidosException.class, () -> DatosDeEquipo.codigo("7408 9950"));
    assertThrows(DatosInvalidosException.class, () -> DatosDeEquipo.codigo("74089950010Ñ"));
  }

  @Test
  void laGarantiaIncluyeSuUltimoDiaYSinFechaNoHayGarantia() {
    Equipo e = nuevo();
    assertTrue(e.enGarantia(LocalDate.of(2026, 12, 31)));
    assertFalse(e.enGarantia(LocalDate.of(2027, 1, 1)));
    Equipo sin = new Equipo(datos(null, null, null), Instant.now());
    assertFalse(sin.enGarantia(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void actualizarListaLoQueCambioYNadaSiEsLoMismo() {
    Equipo e = nuevo();
    assertEquals(List.of(), e.actualizar(datos("usuario.area", LocalDate.of(2026, 12, 31), null)));
    List<String> cambios =
        e.actualizar(datos("analista.dgm", LocalDate.of(2027, 1, 31), EstadoDeEquipo.EN_PRESTAMO));
    assertEquals(
        List.of(
            "Usuario asignado: usuario.area → analista.dgm",
            "Garantía hasta: 31/12/2026 → 31/01/2027",
            "Estado: Operativo → Equipo de préstamo asignado"),
        cambios);
    assertEquals("analista.dgm", e.getUsuarioAsignado());
  }

  @Test
  void otraPersonaEsUnaAsignacion() {
    Equipo e = nuevo();
    assertFalse(e.otraPersona(datos("usuario.area", null, null)));
    assertTrue(e.otraPersona(datos(null, null, null)));
  }

  @Test
  void unEquipoDadoDeBajaNoCambiaDeEstadoNiSeAsignaPeroConservaSusDatos() {
    Equipo e = nuevo();
    assertTrue(e.cambiarEstado(EstadoDeEquipo.DADO_DE_BAJA));
    assertFalse(e.cambiarEstado(EstadoDeEquipo.DADO_DE_BAJA), "el mismo estado no es un cambio");
    assertThrows(EquipoDadoDeBajaException.class, () -> e.cambiarEstado(EstadoDeEquipo.OPERATIVO));
    var otraPersona = datos("analista.dgm", LocalDate.of(2026, 12, 31), null);
    var x = assertThrows(EquipoDadoDeBajaException.class, () -> e.actualizar(otraPersona));
    assertTrue(x.getMessage().contains("dado de baja"), x.getMessage());
    assertEquals("usuario.area", e.getUsuarioAsignado(), "nada cambió");
    assertEquals(
        List.of("Usuario asignado: usuario.area → (vacío)"),
        e.actualizar(datos(null, LocalDate.of(2026, 12, 31), null)),
        "se le puede quitar la persona");
  }

  @Test
  void tiposYEstadosSeLeenPorCodigoOPorNombreSinTildes() {
    assertEquals(TipoDeEquipo.ESCANER, TipoDeEquipo.de("escaner").orElseThrow());
    assertEquals(TipoDeEquipo.TELEFONO_IP, TipoDeEquipo.de("Teléfono IP").orElseThrow());
    assertEquals(TipoDeEquipo.EQUIPO_DE_RED, TipoDeEquipo.de("EQUIPO_DE_RED").orElseThrow());
    assertEquals(
        EstadoDeEquipo.EN_PRESTAMO, EstadoDeEquipo.de("equipo de préstamo asignado").orElseThrow());
    assertTrue(TipoDeEquipo.de("Tablet").isEmpty());
  }

  @Test
  void laMarcaEsObligatoriaYLosTextosTienenLimite() {
    assertThrows(
        DatosInvalidosException.class,
        () ->
            new DatosDeEquipo(
                "740899500101",
                TipoDeEquipo.LAPTOP,
                " ",
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    assertThrows(
        DatosInvalidosException.class,
        () ->
            new DatosDeEquipo(
                "740899500101", null, "Dell", null, null, null, null, null, null, null));
    assertThrows(
        DatosInvalidosException.class,
        () ->
            new DatosDeEquipo(
                "740899500101",
                TipoDeEquipo.LAPTOP,
                "Dell",
                null,
                null,
                null,
                null,
                "x".repeat(201),
                null,
                null));
  }
}
