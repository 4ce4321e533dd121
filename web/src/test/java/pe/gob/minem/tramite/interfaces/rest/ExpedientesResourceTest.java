package pe.gob.minem.tramite.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.application.Vistas.ExpedienteVista;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ClasificacionService;
import pe.gob.minem.tramite.application.expediente.ImpresosDelExpediente;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;

/** The multipart registration, the confidentiality body, the PDFs and their download headers. */
class ExpedientesResourceTest {

  static ExpedienteVista vista(String numero) {
    return new ExpedienteVista(
        numero, null, null, null, null, null, 0, null, 0, null, null, null, null, null, null, null,
        null, null, null, false, null, List.of());
  }

  /** Keeps what the resource registered; the files are read at once, as the service would. */
  static class MesaDePrueba extends MesaDePartesService {
    DatosDeRegistro datos;
    final Map<String, String> archivos = new LinkedHashMap<>();

    @Override
    public ExpedienteVista registrar(DatosDeRegistro d, List<ArchivoRecibido> recibidos) {
      datos = d;
      for (var a : recibidos) {
        try (var in = a.contenido()) {
          archivos.put(a.nombre(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return vista("EXP-2025-000123");
    }
  }

  static class ClasificacionDePrueba extends ClasificacionService {
    Confidencialidad nivel;
    String motivo;

    @Override
    public ExpedienteVista clasificar(String numero, Confidencialidad n, String m) {
      nivel = n;
      motivo = m;
      return vista(numero);
    }
  }

  private static final String EXPEDIENTE =
      """
      {"asunto": "Solicitud de concesión minera", "origen": " administrado ",
       "remitente": {"nombre": "Minera Andina S.A.C.", "tipoDocumento": "dni",
                     "numeroDocumento": "12345678"},
       "tipoDocumento": "Solicitud", "numeroDocumento": "S-001-2025", "folios": 12,
       "prioridad": "urgente", "plazo": 30}
      """;

  private final MesaDePrueba mesa = new MesaDePrueba();
  private final ClasificacionDePrueba clasificacion = new ClasificacionDePrueba();
  private final ExpedientesResource recurso = new ExpedientesResource();

  {
    recurso.mesaDePartes = mesa;
    recurso.clasificacion = clasificacion;
  }

  private DatosInvalidosException rechazo(EntityPart... partes) {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> recurso.registrar(List.of(partes), UriDePrueba.base()));
    assertNull(mesa.datos, "no se registra nada");
    return e;
  }

  @Test
  void registraConLaParteJsonYLosArchivosEnCualquierOrden() {
    var r =
        recurso.registrar(
            List.of(
                ParteDePrueba.archivo("archivos", "solicitud.pdf", "%PDF-1"),
                ParteDePrueba.json("expediente", EXPEDIENTE),
                ParteDePrueba.archivo("archivos", "anexo.png", "PNG")),
            UriDePrueba.base());

    assertEquals(201, r.getStatus());
    assertEquals(
        "https://tramite.minem.gob.pe/tramite/api/v1/expedientes/EXP-2025-000123",
        r.getLocation().toString());
    assertEquals("EXP-2025-000123", ((ExpedienteVista) r.getEntity()).numero());

    var d = mesa.datos;
    assertEquals("Solicitud de concesión minera", d.asunto());
    assertEquals(Origen.ADMINISTRADO, d.origen());
    assertEquals(Remitente.TipoDocumentoIdentidad.DNI, d.remitente().getTipoDocumento());
    assertEquals("12345678", d.remitente().getNumeroDocumento());
    assertEquals(TipoDocumento.SOLICITUD, d.tipoDocumento());
    assertEquals(12, d.folios());
    assertEquals(Prioridad.URGENTE, d.prioridad());
    assertEquals(30, d.plazoDias());
    assertEquals(Confidencialidad.RESERVADO, d.confidencialidad(), "el nivel por defecto");
    assertEquals(Map.of("solicitud.pdf", "%PDF-1", "anexo.png", "PNG"), mesa.archivos);
    assertEquals(List.of("solicitud.pdf", "anexo.png"), List.copyOf(mesa.archivos.keySet()));
  }

  @Test
  void sinPrioridadEsNormalYLaConfidencialidadSeLee() {
    String json =
        EXPEDIENTE
            .replace("\"prioridad\": \"urgente\",", "")
            .replace("\"plazo\": 30", "\"plazo\": 30, \"confidencialidad\": \"publico\"");
    recurso.registrar(
        List.of(
            ParteDePrueba.json("expediente", json), ParteDePrueba.archivo("archivos", null, "x")),
        UriDePrueba.base());
    assertEquals(Prioridad.NORMAL, mesa.datos.prioridad());
    assertEquals(Confidencialidad.PUBLICO, mesa.datos.confidencialidad());
    assertEquals(Map.of("archivo", "x"), mesa.archivos, "un archivo sin nombre se llama así");
  }

  @Test
  void sinLaParteExpedienteLaPide() {
    var e = rechazo(ParteDePrueba.archivo("archivos", "a.pdf", "x"));
    assertEquals("expediente", e.getCampo());
    assertEquals("Falta la parte JSON «expediente».", e.getMessage());
  }

  @Test
  void unaParteDesconocidaSeNombra() {
    var e =
        rechazo(ParteDePrueba.json("expediente", EXPEDIENTE), ParteDePrueba.json("anexo", "{}"));
    assertEquals("anexo", e.getCampo());
    assertEquals(
        "Parte no reconocida: «anexo» (se esperan «expediente» y «archivos»).", e.getMessage());
  }

  @Test
  void unJsonMalFormadoOConTiposEquivocadosEsDatoInvalido() {
    for (String json : List.of("{\"asunto\": ", "<expediente/>", "{\"folios\": \"muchos\"}")) {
      var e = rechazo(ParteDePrueba.json("expediente", json));
      assertEquals("expediente", e.getCampo(), json);
      assertEquals(
          "La parte «expediente» no es un JSON válido con los campos esperados.", e.getMessage());
    }
  }

  @Test
  void unJsonNuloEsUnaParteVacia() {
    var e = rechazo(ParteDePrueba.json("expediente", "null"));
    assertEquals("expediente", e.getCampo());
    assertEquals("La parte «expediente» está vacía.", e.getMessage());
  }

  @Test
  void unValorDeEnumeracionDesconocidoDiceLosAdmitidos() {
    var e = rechazo(ParteDePrueba.json("expediente", EXPEDIENTE.replace("Solicitud\"", "Fax\"")));
    assertEquals("tipoDocumento", e.getCampo());
    assertEquals(
        "Valor no válido para tipoDocumento: admite SOLICITUD, OFICIO, CARTA, MEMORANDO, INFORME u"
            + " OTRO.",
        e.getMessage());
  }

  @Test
  void unTipoDeDocumentoDelRemitenteDesconocidoNombraElCampoAnidado() {
    var e =
        rechazo(ParteDePrueba.json("expediente", EXPEDIENTE.replace("\"dni\"", "\"pasaporte\"")));
    assertEquals("remitente.tipoDocumento", e.getCampo());
  }

  @Test
  void sinRemitenteLoPide() {
    var n = new ExpedienteNuevo();
    n.asunto = "x";
    var e = assertThrows(DatosInvalidosException.class, n::comoDatos);
    assertEquals("remitente", e.getCampo());
    assertEquals("Indique el remitente.", e.getMessage());
  }

  @Test
  void unValorEnBlancoSePideConLosAdmitidos() {
    var e =
        assertThrows(
            DatosInvalidosException.class,
            () -> ExpedienteNuevo.valor(Origen.class, "  ", "origen", "A o B"));
    assertEquals("origen", e.getCampo());
    assertEquals("Indique origen (A o B).", e.getMessage());
    assertEquals(
        Origen.ORGANO_MINISTERIO,
        ExpedienteNuevo.valor(Origen.class, " organo_ministerio\n", "origen", "A o B"));
  }

  @Test
  void clasificarLeeElNivelSinDistinguirMayusculas() {
    var c = new ExpedientesResource.CambioDeNivel();
    c.nivel = "confidencial";
    c.motivo = "Contiene datos personales sensibles.";
    assertEquals("EXP-2025-000123", recurso.clasificar("EXP-2025-000123", c).numero());
    assertEquals(Confidencialidad.CONFIDENCIAL, clasificacion.nivel);
    assertSame(c.motivo, clasificacion.motivo);
  }

  @Test
  void clasificarSinCuerpoOConUnNivelDesconocidoNombraElNivel() {
    var sinCuerpo =
        assertThrows(DatosInvalidosException.class, () -> recurso.clasificar("EXP-1", null));
    assertEquals("nivel", sinCuerpo.getCampo());
    assertEquals("Envíe un JSON con «nivel» y «motivo».", sinCuerpo.getMessage());

    var c = new ExpedientesResource.CambioDeNivel();
    c.nivel = "SECRETO";
    var desconocido =
        assertThrows(DatosInvalidosException.class, () -> recurso.clasificar("EXP-1", c));
    assertEquals("nivel", desconocido.getCampo());
    assertEquals(
        "Valor no válido para nivel: admite PUBLICO, RESERVADO o CONFIDENCIAL.",
        desconocido.getMessage());
    assertNull(clasificacion.nivel);
  }

  @Test
  void elPdfSeMuestraEnLineaConElNombreEnAsciiYEnUtf8() {
    var r = ExpedientesResource.pdf(new byte[] {1}, "Informe técnico 5.pdf", false);
    assertEquals(200, r.getStatus());
    assertEquals("application/pdf", r.getMediaType().toString());
    assertEquals(
        "inline; filename=\"Informe t_cnico 5.pdf\";"
            + " filename*=UTF-8''Informe%20t%C3%A9cnico%205.pdf",
        r.getHeaderString("Content-Disposition"));
  }

  @Test
  void elNombreDelArchivoNoPuedeInyectarCabecerasNiParametros() {
    var r =
        ExpedientesResource.pdf(
            new byte[0], "a\"; filename=evil.exe\r\nSet-Cookie: x=1/../b.pdf", true);
    String cabecera = r.getHeaderString("Content-Disposition");
    assertEquals(
        "attachment; filename=\"a__ filename_evil.exe__Set-Cookie_ x_1_.._b.pdf\";"
            + " filename*=UTF-8''a__%20filename_evil.exe__Set-Cookie_%20x_1_.._b.pdf",
        cabecera);
    assertFalse(cabecera.contains("\r") || cabecera.contains("\n"));
  }

  @Test
  void losPdfVienenDelServicioDeImpresosConSuNombre() {
    List<String> pedidos = new ArrayList<>();
    recurso.impresos =
        new ImpresosDelExpediente() {
          @Override
          public Impreso hojaDeRuta(String numero) {
            pedidos.add("hoja " + numero);
            return new Impreso("hoja-de-ruta-EXP-2025-000123.pdf", new byte[] {1});
          }

          @Override
          public Impreso cargoDeRecepcion(String numero) {
            pedidos.add("cargo " + numero);
            return new Impreso("cargo-EXP-2025-000123.pdf", new byte[] {2});
          }
        };

    var hoja = recurso.hojaDeRutaPdf("exp-2025-123");
    var cargo = recurso.cargoDeRecepcion("exp-2025-123");

    assertEquals(List.of("hoja exp-2025-123", "cargo exp-2025-123"), pedidos);
    assertEquals("application/pdf", hoja.getMediaType().toString());
    assertArrayEquals(new byte[] {1}, (byte[]) hoja.getEntity());
    assertEquals(
        "inline; filename=\"hoja-de-ruta-EXP-2025-000123.pdf\";"
            + " filename*=UTF-8''hoja-de-ruta-EXP-2025-000123.pdf",
        hoja.getHeaderString("Content-Disposition"));
    assertArrayEquals(new byte[] {2}, (byte[]) cargo.getEntity());
    assertEquals(
        "inline; filename=\"cargo-EXP-2025-000123.pdf\";"
            + " filename*=UTF-8''cargo-EXP-2025-000123.pdf",
        cargo.getHeaderString("Content-Disposition"));
  }
}
