package pe.gob.minem.tramite.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Vistas.ArchivoVista;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.Vistas.MovimientoVista;
import pe.gob.minem.tramite.application.Vistas.TareaVista;
import pe.gob.minem.tramite.application.archivo.ArchivoService;
import pe.gob.minem.tramite.application.documento.LotesDeFirma;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente.Dibujo;
import pe.gob.minem.tramite.application.expediente.PaginaDelExpediente.Vista;
import pe.gob.minem.tramite.application.organizacion.PersonaVista;
import pe.gob.minem.tramite.application.plazo.PlazosService.PasoPendiente;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.domain.model.paso.TipoDeAccion;
import pe.gob.minem.tramite.interfaces.seguridad.MecanismoDeAutenticacion;

/**
 * What the session holds, written and read back as Payara's data grid does with a replicated
 * session: filled values and filled view beans come back equal on the other instance.
 */
class SesionDeIdaYVueltaTest {

  @SuppressWarnings("unchecked")
  static <T> T idaYVuelta(T objeto) {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(objeto);
    } catch (IOException e) {
      throw new AssertionError("no se pudo escribir " + objeto.getClass().getName(), e);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      T leido = (T) in.readObject();
      assertNotSame(objeto, leido);
      return leido;
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError("no se pudo leer " + objeto.getClass().getName(), e);
    }
  }

  @Test
  void cadaBeanDeSesionOVistaRecienCreado() throws ReflectiveOperationException {
    // what the field initialisers build (an anonymous LazyDataModel, maps) is the real class,
    // which the static walk only sees through the declared type
    var beans =
        EstadoDeSesionSerializableTest.delProyecto().stream()
            .filter(RevisionDeSerializables::guardadoEnSesion)
            .toList();
    assertTrue(
        beans.contains(ListaExpedientes.class) && beans.contains(BuscarEnArchivo.class),
        beans::toString);
    for (Class<?> bean : beans) {
      var constructor = bean.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object nuevo = constructor.newInstance();
      assertEquals(bean, idaYVuelta(nuevo).getClass());
    }
  }

  private static final ArchivoVista PDF =
      new ArchivoVista(2L, "uno.pdf", "application/pdf", 10, "b");

  @Test
  void unExpedienteConSusArchivos() {
    ExpedienteVista e = DetalleExpedienteTest.expediente(List.of(PDF));
    assertEquals(e, idaYVuelta(e));
  }

  @Test
  void unaTareaConSuPaso() {
    TareaVista t = TareasDePrueba.tarea("t-1", TipoDeAccion.CONFIRMAR);
    assertEquals(t, idaYVuelta(t));
  }

  @Test
  void elProgresoDeUnLoteDeFirma() {
    var p =
        new LotesDeFirma.Progreso(
            "lote-1",
            "director.oti",
            2,
            List.of(
                new LotesDeFirma.Resultado("t-1", "EXP-2026-000001", "Oficio", true, null),
                new LotesDeFirma.Resultado("t-2", "EXP-2026-000002", "Informe", false, "Falló")),
            Instant.parse("2026-12-03T12:00:00Z"),
            null);
    assertEquals(p, idaYVuelta(p));
  }

  @Test
  void laPaginaDelExpedienteLlena() {
    var oti = new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
    var servicio = new DetalleExpedienteTest.PaginaDePrueba();
    servicio.vista =
        new Vista(
            DetalleExpedienteTest.expediente(List.of(PDF)),
            List.of(
                new MovimientoVista(
                    1,
                    Instant.EPOCH,
                    "P",
                    1,
                    "REGISTRO",
                    "Registro",
                    "u",
                    "P",
                    "C",
                    "OGA",
                    null,
                    null,
                    null)),
            List.of(new PasoPendiente("P", 7, "Atender", null, Instant.EPOCH, null, false, null)),
            List.of(new Dibujo("Expediente", "<svg/>")),
            List.of(DetalleExpedienteTest.documento(5, 1, 2)),
            true,
            false,
            false,
            Map.of(5L, "OTI"),
            List.of(oti));
    var pagina = new DetalleExpediente();
    pagina.paginaDelExpediente = servicio;
    pagina.setNumero("EXP-2026-000001");
    try (var faces = FacesDePrueba.instalar()) {
      pagina.cargar();
    }
    // the injected services are the container's serializable proxies there; test doubles here
    pagina.paginaDelExpediente = null;

    var otra = idaYVuelta(pagina);

    assertEquals(pagina.getExpediente(), otra.getExpediente());
    assertEquals(pagina.getHojaDeRuta(), otra.getHojaDeRuta());
    assertEquals(pagina.getPasosPendientes(), otra.getPasosPendientes());
    assertEquals(pagina.getDocumentos(), otra.getDocumentos());
    assertEquals(PDF, otra.getArchivoVisible());
    assertEquals("OTI", otra.getUnidadesDestino().get(0).getCodigo());
  }

  @Test
  void laBusquedaEnElArchivoConSusFiltrosElegidos() {
    var archivo = new BuscarEnArchivoTest.ArchivoDePrueba();
    var pagina = new BuscarEnArchivo();
    pagina.archivo = archivo;
    pagina.aplicar(
        new ArchivoService.Guardada(
            1, "mías", "q=oficio&unidad=OGA&unidad=OTI", Instant.parse("2026-12-01T00:00:00Z")));
    pagina.getSeleccion().put("firmado", List.of("si")); // as a selectMany may write it
    pagina.archivo = null;

    var otra = idaYVuelta(pagina);

    assertEquals("oficio", otra.getTexto());
    assertArrayEquals(new String[] {"OGA", "OTI"}, (String[]) otra.getSeleccion().get("unidad"));
    assertEquals(List.of("si"), otra.getSeleccion().get("firmado"));
  }

  @Test
  void laListaDeLaAdministracionSinCredenciales() {
    var oti = new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
    var cargo = new Cargo(oti, Rol.DIRECTOR, "Director de TI");
    var persona =
        new PersonaVista(
            "director.oti",
            "Miguel",
            "Castillo",
            "Miguel Castillo",
            "12345678",
            null,
            true,
            false,
            List.of(new PersonaVista.CargoDePersona("DIRECTOR:OTI", "Director de TI", "OTI")));

    assertEquals(persona, idaYVuelta(persona));
    var otroCargo = idaYVuelta(cargo);
    assertEquals("Director de TI", otroCargo.getNombre());
    assertEquals("OTI", otroCargo.getUnidad().getCodigo());
  }

  @Test
  void quienIngresoTalComoLoGuardaElMecanismo() {
    // the identity store hands over whatever Set it was given; the session keeps its own copy
    var grupos = new HashSet<>(Set.of("USUARIO", "DIRECTOR:OTI"));
    var sesion = new MecanismoDeAutenticacion.Sesion("director.oti", grupos);
    grupos.add("ADMIN");

    var otra = idaYVuelta(sesion);

    assertEquals("director.oti", otra.usuario());
    assertEquals(Set.of("USUARIO", "DIRECTOR:OTI"), otra.grupos());
    assertTrue(idaYVuelta(Long.valueOf(1L)) instanceof Long, "tramite.sesion.desde");
  }
}
