package pe.gob.minem.tramite.application.expediente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.archivo.LectoresTest;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes.Diagrama;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.application.plazo.PlazosService;
import pe.gob.minem.tramite.application.plazo.PlazosService.PasoPendiente;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/** The expediente page in one call: the expediente is checked and read once. */
class PaginaDelExpedienteTest {

  static final String BPMN = leer("/procesos/P_OGA_TI_01.bpmn20.xml");

  final Persona analista = LectoresTest.persona("analista.oti", LectoresTest.OTI, Rol.ANALISTA);
  final Expediente expediente = LectoresTest.expediente(Confidencialidad.RESERVADO);
  final List<String> llamadas = new ArrayList<>();
  Persona actual = analista;

  final PaginaDelExpediente pagina = new PaginaDelExpediente();
  java.util.Map<Long, String> enviables = java.util.Map.of();

  {
    // routed to the OTI, the analyst is its responsable
    expediente.entregarAlDirector();
    expediente.disponerDerivacion(LectoresTest.OTI);
    expediente.derivarAUnidad();
    expediente.asignarResponsable(analista);

    pagina.consulta =
        new ConsultaExpedientes() {
          @Override
          public Expediente visible(String numero) {
            llamadas.add("visible " + numero);
            if (numero.equals("EXP-2026-999999")) {
              throw new NoEncontradoException("No existe el expediente " + numero + ".");
            }
            return expediente;
          }

          @Override
          public List<Diagrama> diagramas(Expediente e) {
            assertSame(expediente, e);
            llamadas.add("diagramas");
            return List.of(
                new Diagrama("Expediente", BPMN, List.of("act3"), List.of("act1", "act2")),
                new Diagrama("Informe técnico «Uno»", BPMN, List.of("act1"), List.of()));
          }
        };
    pagina.documentos =
        new ConsultaDeDocumentos() {
          @Override
          public List<DocumentoVista> deExpediente(Expediente e) {
            assertSame(expediente, e);
            llamadas.add("documentos");
            return List.of(documento());
          }
        };
    pagina.plazos =
        new PlazosService() {
          @Override
          public List<PasoPendiente> pendientes(Expediente e) {
            assertSame(expediente, e);
            llamadas.add("pendientes");
            return List.of(
                new PasoPendiente(
                    "P/OGA-TI-01", 7, "Atender", "analista.oti", null, null, false, null));
          }
        };
    pagina.tramiteInterno =
        new pe.gob.minem.tramite.application.tramiteinterno.TramiteInternoService() {
          @Override
          public java.util.Map<Long, String> enviables(Persona p, Expediente e) {
            assertSame(expediente, e);
            llamadas.add("enviables");
            return enviables;
          }

          @Override
          public List<pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica>
              unidadesDeDestino() {
            llamadas.add("unidades");
            return List.of(LectoresTest.OTI);
          }
        };
    pagina.personaActual =
        new PersonaActual() {
          @Override
          public Persona persona() {
            return actual;
          }
        };
  }

  @Test
  void todoLoQueMuestraLaPaginaEnUnaLlamada() {
    var v = pagina.vista("exp-2026-1");

    assertEquals(
        List.of("visible exp-2026-1", "pendientes", "diagramas", "documentos", "enviables"),
        llamadas,
        "se comprueba la visibilidad una vez; lo demás se lee del mismo expediente");
    assertEquals(expediente.getNumero(), v.expediente().numero());
    assertEquals("OTI", v.expediente().unidadActual());
    assertEquals(1, v.hojaDeRuta().size());
    assertEquals("Derivado", v.hojaDeRuta().get(0).descripcion());
    assertEquals("Atender", v.pasosPendientes().get(0).nombre());
    assertEquals(1, v.documentos().size());
    assertTrue(v.puedeElaborar(), "el analista de la OTI es su responsable");
    assertFalse(v.puedeClasificar(), "no dirige la OTI");
  }

  @Test
  void conUnDocumentoFirmadoQuePuedeEnviarSeOfrecenLasUnidades() {
    assertTrue(pagina.vista("exp-2026-1").unidadesDeDestino().isEmpty());
    assertFalse(llamadas.contains("unidades"), "sin nada que enviar no se leen las unidades");

    enviables = java.util.Map.of(5L, "OTI");
    var v = pagina.vista("exp-2026-1");
    assertEquals(java.util.Map.of(5L, "OTI"), v.enviables());
    assertEquals(List.of(LectoresTest.OTI), v.unidadesDeDestino());
  }

  @Test
  void losDiagramasSeDibujanConSusTitulos() {
    var v = pagina.vista("exp-2026-1");

    assertEquals(2, v.diagramas().size());
    assertEquals("Expediente", v.diagrama().titulo());
    assertTrue(v.diagrama().svg().startsWith("<svg"), v.diagrama().svg());
    assertTrue(v.diagrama().svg().contains("data-actividad=\"act3\" class=\"activa\""));
    assertEquals(
        List.of("Informe técnico «Uno»"),
        v.diagramasDeDocumentos().stream().map(PaginaDelExpediente.Dibujo::titulo).toList());
    assertTrue(
        v.diagramasDeDocumentos()
            .get(0)
            .svg()
            .contains("data-actividad=\"act1\" class=\"activa\""));
  }

  @Test
  void elDirectorDeLaUnidadClasificaPeroNoElabora() {
    actual = LectoresTest.persona("director.oti", LectoresTest.OTI, Rol.DIRECTOR);
    var v = pagina.vista("exp-2026-1");
    assertTrue(v.puedeClasificar());
    assertFalse(v.puedeElaborar());
  }

  @Test
  void otroAnalistaNoElaboraEnUnExpedienteQueNoTiene() {
    actual = LectoresTest.persona("otro.oti", LectoresTest.OTI, Rol.ANALISTA);
    assertFalse(pagina.vista("exp-2026-1").puedeElaborar());
    assertFalse(pagina.paraElaborar("exp-2026-1").permitido());
  }

  @Test
  void unExpedienteQueNoPuedeVerNoSeLee() {
    assertThrows(NoEncontradoException.class, () -> pagina.vista("EXP-2026-999999"));
    assertEquals(List.of("visible EXP-2026-999999"), llamadas);
  }

  @Test
  void paraElaborarUnaSolaConsulta() {
    var p = pagina.paraElaborar("exp-2026-1");
    assertEquals(List.of("visible exp-2026-1"), llamadas);
    assertEquals(expediente.getNumero(), p.expediente().numero());
    assertTrue(p.permitido());
  }

  static DocumentoVista documento() {
    return new DocumentoVista(
        7L,
        "EXP-2026-000001",
        "INFORME_TECNICO",
        "Informe técnico",
        false,
        "Uno",
        "analista.oti",
        "EN_REVISION",
        "AAAA-BBBB-CCCC",
        true,
        "PUBLICO",
        1,
        List.of(
            new ConsultaDeDocumentos.VersionVista(
                1, "uno.pdf", "ab", 10, "SUBIDO", null, "analista.oti", Instant.EPOCH)),
        List.of(),
        "OTI",
        "Oficina de Tecnologías de la Información");
  }

  private static String leer(String recurso) {
    try (var in = PaginaDelExpedienteTest.class.getResourceAsStream(recurso)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
