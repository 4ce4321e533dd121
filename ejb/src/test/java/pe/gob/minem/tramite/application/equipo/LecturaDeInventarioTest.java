package pe.gob.minem.tramite.application.equipo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.equipo.EstadoDeEquipo;
import pe.gob.minem.tramite.domain.model.equipo.TipoDeEquipo;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

class LecturaDeInventarioTest {

  /** usuario.area (DGH) and operador.oti (OTI); the units DGH, DGM and OTI. */
  static final LecturaDeInventario.Padron PADRON =
      new LecturaDeInventario.Padron() {
        final Map<String, String> personas = Map.of("usuario.area", "DGH", "operador.oti", "OTI");

        @Override
        public boolean existeUsuario(String usuario) {
          return personas.containsKey(usuario);
        }

        @Override
        public String unidadDe(String usuario) {
          return personas.get(usuario);
        }

        @Override
        public boolean existeUnidad(String codigo) {
          return Set.of("DGH", "DGM", "OTI").contains(codigo);
        }
      };

  static final String CABECERA =
      "codigo_patrimonial;tipo;marca;modelo;serie;usuario;unidad;ubicacion;garantia_hasta;estado\n";

  private static LecturaDeInventario.Lectura leer(String texto) {
    return LecturaDeInventario.leer(texto.getBytes(StandardCharsets.UTF_8), PADRON, 100);
  }

  /** The only error, of the only row. */
  private static ErrorDeFila unError(String fila) {
    var l = leer(CABECERA + fila);
    assertEquals(0, l.validas().size(), () -> l.toString());
    assertEquals(1, l.errores().size(), () -> l.toString());
    return l.errores().get(0);
  }

  @Test
  void unaFilaCompletaSeLeeConNombresDeTipoYEstadoEnEspanolYFechaPeruana() {
    var l =
        leer(
            CABECERA
                + "740899500101;Computadora de escritorio;HP;ProDesk;MXL1;usuario.area;;Piso 4;31/12/2026;En reparación\n");
    assertEquals(1, l.leidas());
    assertTrue(l.errores().isEmpty(), l::toString);
    var d = l.validas().get(0).datos();
    assertEquals(2, l.validas().get(0).linea());
    assertEquals(TipoDeEquipo.COMPUTADORA_DE_ESCRITORIO, d.tipo());
    assertEquals(EstadoDeEquipo.EN_REPARACION, d.estado());
    assertEquals(LocalDate.of(2026, 12, 31), d.garantiaHasta());
    assertEquals("DGH", d.unidad(), "la unidad de la persona asignada");
  }

  @Test
  void laCabeceraSeReconoceSinImportarMayusculasNiTildesYElOrden() {
    var l =
        leer(
            "Marca,TIPO,Código patrimonial,Garantía hasta\n"
                + "Dell,laptop,abc-123456,2027-01-15\n"
                + "LG,ESCANER,ABC-654321,\n");
    assertTrue(l.errores().isEmpty(), l::toString);
    assertEquals("ABC-123456", l.validas().get(0).datos().codigoPatrimonial());
    assertEquals(TipoDeEquipo.LAPTOP, l.validas().get(0).datos().tipo());
    assertEquals(LocalDate.of(2027, 1, 15), l.validas().get(0).datos().garantiaHasta());
    assertEquals(TipoDeEquipo.ESCANER, l.validas().get(1).datos().tipo());
    assertNull(l.validas().get(1).datos().estado(), "sin estado: el equipo conserva el suyo");
  }

  @Test
  void unaColumnaDesconocidaOFaltanteHaceIlegibleElArchivo() {
    var desconocida =
        assertThrows(
            DatosInvalidosException.class,
            () -> leer("codigo_patrimonial;tipo;marca;color\n123456;Laptop;Dell;rojo\n"));
    assertTrue(desconocida.getMessage().contains("«color»"), desconocida.getMessage());
    var falta =
        assertThrows(DatosInvalidosException.class, () -> leer("codigo_patrimonial;marca\n1;2\n"));
    assertTrue(falta.getMessage().contains("tipo"), falta.getMessage());
    var doble =
        assertThrows(
            DatosInvalidosException.class,
            () -> leer("codigo_patrimonial;tipo;marca;Tipo\n1;2;3;4\n"));
    assertTrue(doble.getMessage().contains("dos veces"), doble.getMessage());
  }

  @Test
  void tipoDesconocido() {
    var e = unError("740899500101;Tablet;Samsung;;;;;;;\n");
    assertEquals(2, e.linea());
    assertEquals("tipo", e.columna());
    assertTrue(e.motivo().startsWith("Tipo de equipo desconocido: «Tablet»"), e::toString);
  }

  @Test
  void fechaNoValida() {
    var e = unError("740899500101;Laptop;Dell;;;;;;31/02/2026;\n");
    assertEquals("garantia_hasta", e.columna());
    assertTrue(e.motivo().contains("«31/02/2026» no es válida"), e::toString);
  }

  @Test
  void usuarioDesconocido() {
    var e = unError("740899500101;Laptop;Dell;;;nadie.aqui;;;;\n");
    assertEquals("usuario", e.columna());
    assertEquals("No existe el usuario «nadie.aqui» en el portal.", e.motivo());
  }

  @Test
  void unidadDesconocida() {
    var e = unError("740899500101;Laptop;Dell;;;;XYZ;;;\n");
    assertEquals("unidad", e.columna());
    assertTrue(e.motivo().contains("«XYZ»"), e::toString);
  }

  @Test
  void campoObligatorioVacio() {
    var e = unError("740899500101;Laptop; ;;;;;;;\n");
    assertEquals("marca", e.columna());
    assertEquals("Falta la marca.", e.motivo());
  }

  @Test
  void codigoPatrimonialMalFormado() {
    var e = unError("12 34;Laptop;Dell;;;;;;;\n");
    assertEquals("codigo_patrimonial", e.columna());
    assertTrue(e.motivo().contains("no es válido"), e::toString);
  }

  @Test
  void demasiadoLargo() {
    var e = unError("740899500101;Laptop;" + "D".repeat(61) + ";;;;;;;\n");
    assertEquals("marca", e.columna());
    assertTrue(e.motivo().contains("no puede pasar de 60 caracteres (tiene 61)"), e::toString);
  }

  @Test
  void estadoDesconocido() {
    var e = unError("740899500101;Laptop;Dell;;;;;;;Perdido\n");
    assertEquals("estado", e.columna());
    assertTrue(e.motivo().startsWith("Estado desconocido: «Perdido»"), e::toString);
  }

  @Test
  void codigoRepetidoEnElArchivoSeImportaLaPrimeraVezYSeReportaLaSegunda() {
    var l =
        leer(
            CABECERA
                + "740899500101;Laptop;Dell;;;;;;;\n"
                + "740899500102;Monitor;LG;;;;;;;\n"
                + "740899500101;Monitor;LG;;;;;;;\n");
    assertEquals(2, l.validas().size());
    assertEquals(1, l.errores().size());
    var e = l.errores().get(0);
    assertEquals(4, e.linea());
    assertEquals("codigo_patrimonial", e.columna());
    assertEquals(
        "El código patrimonial 740899500101 ya está en la línea 2 del archivo.", e.motivo());
  }

  @Test
  void unaFilaConOtroNumeroDeCamposSeReportaEntera() {
    var e = unError("740899500101;Laptop;Dell\n");
    assertEquals("fila", e.columna());
    assertTrue(e.motivo().contains("3 campos y la cabecera 10"), e::toString);
  }

  @Test
  void cadaProblemaDeUnaFilaSeReportaYLasLineasSonLasDelArchivo() {
    var l =
        leer(
            CABECERA
                + "\n"
                + "740899500101;Laptop;Dell;;;;;;;\n"
                + "740899500102;Tablet;;;;nadie;;;ayer;\n"
                + ";;;;;;;;;\n"
                + "740899500103;\"Equipo de red\";\"Cisco; Systems\";;;;OTI;\"Rack 1\nSótano\";2026-03-31;\n"
                + "7408 99501;Laptop;Dell;;;;;;;\n");
    assertEquals(4, l.leidas(), "ni la línea en blanco ni la de separadores solos cuentan");
    assertEquals(
        List.of(3, 6), l.validas().stream().map(LecturaDeInventario.FilaValida::linea).toList());
    assertEquals(
        List.of("4 tipo", "4 marca", "4 usuario", "4 garantia_hasta"),
        l.errores().stream()
            .filter(e -> e.linea() == 4)
            .map(e -> e.linea() + " " + e.columna())
            .toList());
    assertEquals("Cisco; Systems", l.validas().get(1).datos().marca());
    // the quoted line break puts the last row on line 8
    assertEquals(
        List.of(8),
        l.errores().stream().filter(e -> e.linea() != 4).map(ErrorDeFila::linea).toList());
  }

  @Test
  void masFilasQueElMaximoSeRechazanEnteras() {
    StringBuilder sb = new StringBuilder(CABECERA);
    for (int i = 0; i < 101; i++) {
      sb.append(String.format("7408995%05d;Laptop;Dell;;;;;;;%n", i));
    }
    var e = assertThrows(DatosInvalidosException.class, () -> leer(sb.toString()));
    assertTrue(
        e.getMessage().contains("101 filas; el máximo por importación es 100"), e.getMessage());
  }
}
