package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos;
import pe.gob.minem.tramite.application.documento.ConsultaDeDocumentos.DocumentoVista;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.application.documento.InformesGuardados;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;

/** The multipart body of a new document and of a new version. */
class DocumentosResourceTest {

  static class DocumentosDePrueba extends ElaboracionDeDocumentos {
    String numero;
    TipoDocumentoInterno tipo;
    String asunto;
    Boolean publico;
    String nombre;
    String contenido;
    Long version;

    @Override
    public DocumentoVista crear(
        String n, TipoDocumentoInterno t, String a, boolean p, ArchivoRecibido archivo) {
      numero = n;
      tipo = t;
      asunto = a;
      publico = p;
      leer(archivo);
      return vista(41L);
    }

    @Override
    public DocumentoVista nuevaVersion(long id, ArchivoRecibido archivo) {
      version = id;
      leer(archivo);
      return vista(id);
    }

    private void leer(ArchivoRecibido archivo) {
      nombre = archivo.nombre();
      try (var in = archivo.contenido()) {
        contenido = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static DocumentoVista vista(Long id) {
      return new DocumentoVista(
          id, null, null, null, false, null, null, null, null, false, null, 1, List.of(), List.of(),
          "OTI", null);
    }
  }

  /** The reports kept with versions: records the format asked for. */
  static class ConsultaDePrueba extends ConsultaDeDocumentos {
    InformesGuardados.Formato formato;

    @Override
    public InformesGuardados.Informe informe(
        long documentoId, int numero, InformesGuardados.Formato f) {
      formato = f;
      return new InformesGuardados.Informe(
          "informe-" + documentoId + "-v" + numero, f.tipo(), new byte[] {1});
    }
  }

  private final DocumentosDePrueba servicio = new DocumentosDePrueba();
  private final ConsultaDePrueba consulta = new ConsultaDePrueba();
  private final DocumentosResource recurso = new DocumentosResource();

  {
    recurso.elaboracion = servicio;
    recurso.documentos = consulta;
  }

  private static EntityPart documento(String json) {
    return ParteDePrueba.json("documento", json);
  }

  private static EntityPart pdf(String archivo) {
    return ParteDePrueba.archivo("archivo", archivo, "%PDF-1.7");
  }

  private DatosInvalidosException rechazo(EntityPart... partes) {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> recurso.crear("EXP-2025-000123", List.of(partes), UriDePrueba.base()));
    assertNull(servicio.tipo, "no se crea nada");
    return e;
  }

  @Test
  void creaElDocumentoYRespondeConSuDireccion() {
    var r =
        recurso.crear(
            "EXP-2025-000123",
            List.of(
                pdf("oficio.pdf"),
                documento(
                    "{\"tipo\": \" informe_tecnico \", \"asunto\": \"Opinión\","
                        + " \"publico\": true}")),
            UriDePrueba.base());

    assertEquals(201, r.getStatus());
    assertEquals(
        "https://tramite.minem.gob.pe/tramite/api/v1/documentos/41", r.getLocation().toString());
    assertEquals("EXP-2025-000123", servicio.numero);
    assertEquals(TipoDocumentoInterno.INFORME_TECNICO, servicio.tipo);
    assertEquals("Opinión", servicio.asunto);
    assertTrue(servicio.publico);
    assertEquals("oficio.pdf", servicio.nombre);
    assertEquals("%PDF-1.7", servicio.contenido);
  }

  @Test
  void sinPublicoNoEsPublicoYSinNombreSeLlamaDocumentoPdf() {
    recurso.crear(
        "EXP-1", List.of(documento("{\"tipo\": \"OFICIO\"}"), pdf(null)), UriDePrueba.base());
    assertFalse(servicio.publico);
    assertEquals("documento.pdf", servicio.nombre);
  }

  @Test
  void faltaElPdfOLaParteJson() {
    String mensaje = "Envíe la parte JSON «documento» y el PDF «archivo».";
    for (var e : List.of(rechazo(documento("{\"tipo\": \"ACTA\"}")), rechazo(pdf("a.pdf")))) {
      assertEquals("documento", e.getCampo());
      assertEquals(mensaje, e.getMessage());
    }
  }

  @Test
  void unTipoDesconocidoOAusenteNombraElTipo() {
    for (String json : List.of("{\"tipo\": \"CIRCULAR\"}", "{\"asunto\": \"x\"}")) {
      var e = rechazo(documento(json), pdf("a.pdf"));
      assertEquals("tipo", e.getCampo(), json);
      assertTrue(e.getMessage().startsWith("Tipo de documento no válido: OFICIO, MEMORANDO"));
    }
  }

  @Test
  void unJsonNoValidoOVacio() {
    var malo = rechazo(documento("{tipo: OFICIO"), pdf("a.pdf"));
    assertEquals("documento", malo.getCampo());
    assertEquals("La parte «documento» no es un JSON válido.", malo.getMessage());
    var nulo = rechazo(documento("null"), pdf("a.pdf"));
    assertEquals("La parte «documento» está vacía.", nulo.getMessage());
  }

  @Test
  void unaParteDesconocidaSeNombra() {
    var e = rechazo(pdf("a.pdf"), ParteDePrueba.archivo("firma", "f.p7s", "x"));
    assertEquals("firma", e.getCampo());
    assertEquals("Parte no reconocida: «firma».", e.getMessage());
  }

  @Test
  void unaNuevaVersionTomaLaParteArchivo() {
    recurso.nuevaVersion(8, List.of(documento("{}"), pdf("v2.pdf")));
    assertEquals(8L, servicio.version);
    assertEquals("v2.pdf", servicio.nombre);
  }

  @Test
  void unaNuevaVersionSinArchivoLoPide() {
    var e =
        assertThrows(
            DatosInvalidosException.class, () -> recurso.nuevaVersion(8, List.of(documento("{}"))));
    assertEquals("archivo", e.getCampo());
    assertNull(servicio.version);
  }

  @Test
  void elInformeDeUnaVersionEnSusTresFormatos() {
    var pdf = recurso.informe(8, 3, null);
    assertEquals(InformesGuardados.Formato.PDF, consulta.formato);
    assertEquals("application/pdf", pdf.getMediaType().toString());
    assertTrue(pdf.getHeaderString("Content-Disposition").startsWith("inline;"));

    var simple = recurso.informe(8, 3, "simple");
    assertEquals(InformesGuardados.Formato.SIMPLE, consulta.formato);
    assertEquals("application/xml", simple.getMediaType().toString());
    assertTrue(
        simple
            .getHeaderString("Content-Disposition")
            .startsWith("attachment; filename=\"informe-8-v3\""));

    recurso.informe(8, 3, " Detallado ");
    assertEquals(InformesGuardados.Formato.DETALLADO, consulta.formato);
  }

  @Test
  void unFormatoDeInformeDesconocidoNombraLosQueHay() {
    consulta.formato = null;
    var e = assertThrows(DatosInvalidosException.class, () -> recurso.informe(8, 3, "html"));
    assertEquals("formato", e.getCampo());
    assertTrue(e.getMessage().contains("«pdf», «simple» (XML) o «detallado»"), e::getMessage);
    assertNull(consulta.formato, "no se lee nada");
  }
}
