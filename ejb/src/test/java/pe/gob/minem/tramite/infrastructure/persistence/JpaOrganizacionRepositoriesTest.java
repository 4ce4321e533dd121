package pe.gob.minem.tramite.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;

/**
 * PersonaRepository and UnidadOrganicaRepository: who is in a unit, which units have a director.
 */
class JpaOrganizacionRepositoriesTest {

  static BaseDeDatosEnMemoria bd;

  @BeforeAll
  static void sembrar() {
    bd = new BaseDeDatosEnMemoria();
    bd.enTransaccion(
        em -> {
          var oga = Semilla.unidad(em, "OGA", "Administración");
          var oti = Semilla.unidad(em, "OTI", "Tecnologías");
          var dgh = Semilla.unidad(em, "DGH", "Hidrocarburos");
          var dgm = Semilla.unidad(em, "DGM", "Minería");
          var cerrada = Semilla.unidad(em, "ANT", "Antigua");
          cerrada.activar(false);
          Semilla.unidad(em, "VAC", "Vacante");
          Semilla.persona(em, "director.oga", "Quispe", oga, Rol.DIRECTOR);
          // two cargos in the same unit: still one person, one unit
          Semilla.persona(em, "director.oti", "Zapata", oti, Rol.DIRECTOR, Rol.COORDINADOR);
          Semilla.persona(em, "otro.director.oti", "Mendoza", oti, Rol.DIRECTOR);
          Semilla.persona(em, "analista.oti", "Flores", oti, Rol.ANALISTA);
          Semilla.persona(em, "retirado.oti", "Alva", oti, Rol.ANALISTA).activar(false);
          Semilla.persona(em, "director.dgh", "Rojas", dgh, Rol.DIRECTOR).activar(false);
          Semilla.persona(em, "director.dgm", "Paredes", dgm, Rol.DIRECTOR);
          Semilla.persona(em, "director.ant", "Salas", cerrada, Rol.DIRECTOR);
        });
  }

  @AfterAll
  static void cerrar() {
    bd.close();
  }

  static JpaPersonaRepository personas(EntityManager em) {
    var r = new JpaPersonaRepository();
    r.em = em;
    return r;
  }

  static JpaUnidadOrganicaRepository unidades(EntityManager em) {
    var r = new JpaUnidadOrganicaRepository();
    r.em = em;
    return r;
  }

  @Test
  void deUnidadDaLasPersonasActivasUnaVezPorApellido() {
    List<String> usuarios =
        bd.obtener(em -> personas(em).deUnidad("OTI").stream().map(Persona::getUsuario).toList());
    assertEquals(List.of("analista.oti", "otro.director.oti", "director.oti"), usuarios);
  }

  @Test
  void porUsuarioAunqueEsteInactivaYTodasPorApellido() {
    bd.enTransaccion(
        em -> {
          var r = personas(em);
          assertFalse(r.porUsuario("retirado.oti").orElseThrow().isActiva());
          assertTrue(r.porUsuario("nadie").isEmpty());
          assertEquals(8, r.contar());
          assertEquals(
              List.of("Alva", "Flores", "Mendoza", "Paredes", "Quispe", "Rojas", "Salas", "Zapata"),
              r.todas().stream().map(Persona::getApellidos).toList());
        });
  }

  @Test
  void unidadesActivasConDirectorActivoSalvoUnaPorNombre() {
    List<String> codigos =
        bd.obtener(
            em ->
                unidades(em).activasConCargoOcupado(Rol.DIRECTOR, "OGA").stream()
                    .map(UnidadOrganica::getCodigo)
                    .toList());
    // not OGA (left out), DGH (its director is inactive), ANT (inactive), VAC (no director)
    assertEquals(List.of("DGM", "OTI"), codigos);
  }

  @Test
  void unidadesPorCodigoYTodasPorCodigo() {
    bd.enTransaccion(
        em -> {
          var r = unidades(em);
          assertEquals("Tecnologías", r.porCodigo("OTI").orElseThrow().getNombre());
          assertTrue(r.porCodigo("XYZ").isEmpty());
          assertEquals(
              List.of("ANT", "DGH", "DGM", "OGA", "OTI", "VAC"),
              r.todas().stream().map(UnidadOrganica::getCodigo).toList());
        });
  }

  @Test
  void lasCuentasDeDemostracionActivasSeLeenDeLaBaseDeDatos() {
    bd.enTransaccion(
        em -> {
          var r = personas(em);
          assertTrue(r.deDemostracionActivas().isEmpty());
          var demo = new Persona("demo.v5", "Demo", "V5", null, "hash");
          demo.marcarDeDemostracion();
          demo.exigirCambioDeClave();
          r.guardar(demo);
          em.flush();
          assertEquals(
              List.of("demo.v5"),
              r.deDemostracionActivas().stream().map(Persona::getUsuario).toList());
          demo.deshabilitarCuentaDeDemostracion("!inutilizable");
          em.flush();
          assertTrue(r.deDemostracionActivas().isEmpty());
          em.remove(demo);
        });
  }
}
