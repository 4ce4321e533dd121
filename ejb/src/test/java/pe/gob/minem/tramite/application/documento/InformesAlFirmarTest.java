package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.paso.ContextoDePaso;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
import pe.gob.minem.tramite.domain.model.documento.FirmaRechazadaException;
import pe.gob.minem.tramite.domain.model.documento.TipoDocumentoInterno;
import pe.gob.minem.tramite.domain.model.documento.ValidacionGuardada;
import pe.gob.minem.tramite.domain.model.documento.VersionDocumento;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Cargo;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;
import pe.gob.minem.tramite.domain.model.organizacion.UnidadOrganica;
import pe.gob.minem.tramite.infrastructure.documentos.AlmacenEnCarpeta;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigitalDePrueba;

/**
 * Every way a signature is added (the server-held demo key, the portal's token, the signer's own
 * key through the three steps) keeps the validation of the new version with it: the verdict, and
 * the PDF, simple and detailed reports in the document store; a refused signature keeps nothing. On
 * the demo PKI, B-LT, without a container.
 */
class InformesAlFirmarTest {

  static final Instant AHORA = Instant.parse("2026-12-10T15:00:00Z");
  static final Instant INICIO = Instant.now();

  @TempDir static Path pki;
  static FirmaDigitalDePrueba firmaDigital;

  @TempDir Path datos;
  DocumentStore almacen;
  FirmaDeDocumentos firmas;
  final List<String> auditados = new ArrayList<>();

  UnidadOrganica oti = new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
  UnidadOrganica oga = new UnidadOrganica("OGA", "Oficina General de Administración", false);
  Persona director = persona("director.oti", "Miguel", "Castillo Ramos", "08765432", oti);
  Persona directorGeneral = persona("director.oga", "Rosa", "Quispe Huamán", "07654321", oga);
  Documento documento;

  @BeforeAll
  static void abrirPki() {
    firmaDigital = FirmaDigitalDePrueba.demo(pki);
  }

  @AfterAll
  static void cerrarPki() {
    firmaDigital.cerrar();
  }

  @BeforeEach
  void documentoEnBorrador() throws IOException {
    almacen = AlmacenEnCarpeta.en(datos);
    var informes = new InformesGuardados();
    informes.documentos = almacen;
    informes.firmaDigital = firmaDigital;
    firmas = new FirmaDeDocumentos();
    firmas.documentos = almacen;
    firmas.firmaDigital = firmaDigital;
    firmas.solicitudes = new SolicitudesEnMemoria();
    firmas.informes = informes;
    // no unit has a V°B° seal here (the seal itself: VistoBuenoIT)
    firmas.organizacion =
        new pe.gob.minem.tramite.application.organizacion.OrganizacionService() {
          @Override
          public java.util.Optional<pe.gob.minem.tramite.domain.model.organizacion.SelloDeUnidad>
              sello(String unidad) {
            return java.util.Optional.empty();
          }
        };
    firmas.auditoria =
        new Auditoria() {
          @Override
          public void registrar(String usuario, String evento, String objeto, String detalle) {
            auditados.add(evento + " " + detalle);
          }

          @Override
          public void registrarAparte(
              String usuario, String evento, String objeto, String detalle) {
            auditados.add(evento + " " + detalle);
          }
        };
    var autor = persona("analista.oti", "José", "Pérez Rojas", "40123456", oti);
    documento =
        new Documento(
            expediente(),
            TipoDocumentoInterno.INFORME_TECNICO,
            "Renovación de licencias",
            autor,
            oti,
            "ABCD-EFGH-JKLM",
            false,
            AHORA);
    var contenido = almacen.guardar(new ByteArrayInputStream(pdf()), Long.MAX_VALUE);
    documento.nuevoContenido(
        "informe.pdf",
        contenido.sha256(),
        contenido.tamano(),
        VersionDocumento.Origen.SUBIDO,
        "Versión inicial",
        "analista.oti",
        AHORA);
  }

  @Test
  void conLaLlaveDelServidorCadaVersionFirmadaGuardaSusTresInformes() throws Exception {
    firmas.firmar(paso(director, "OTI", 5, null, null), Firma.Clase.VISTO_BUENO);
    firmas.firmar(paso(directorGeneral, "OGA", 11, null, null), Firma.Clase.SUSCRIPCION);

    assertTrue(documento.getVersiones().get(0).validacion().isEmpty(), "la versión subida");
    assertInformes(documento.getVersiones().get(1), List.of("Miguel Castillo Ramos"));
    assertInformes(
        documento.getVersiones().get(2), List.of("Miguel Castillo Ramos", "Rosa Quispe Huamán"));
    // the audit record of each signature names its report
    for (int v = 1; v <= 2; v++) {
      String pdf = documento.getVersiones().get(v).validacion().orElseThrow().informePdf();
      assertTrue(
          auditados.get(v - 1).endsWith("informe de validación " + pdf), auditados::toString);
    }
  }

  @Test
  void conElTokenDelPortalTambien() throws Exception {
    firmaDigital.ponerEnElToken(titular(director, "OTI"));
    firmas.firmar(
        paso(director, "OTI", 5, null, new FirmaConToken("123456".toCharArray())),
        Firma.Clase.VISTO_BUENO);

    assertInformes(documento.versionActual(), List.of("Miguel Castillo Ramos"));
    assertTrue(auditados.get(0).contains("firmado con token PKCS#11"), auditados::toString);
  }

  @Test
  void enElClienteEnTresPasosTambien() throws Exception {
    var llave = firmaDigital.llaveDe(titular(director, "OTI"));
    var pendiente =
        firmas.prepararFirmaExterna(
            "tarea-5", documento, Firma.Clase.VISTO_BUENO, "OTI", director, llave.chain());
    Signature rsa = Signature.getInstance(pendiente.signatureAlgorithm());
    rsa.initSign(llave.privateKey()); // what the signer's card does, on his computer
    rsa.update(pendiente.dataToSign());
    var externa = new FirmaExterna(pendiente.id(), rsa.sign(), llave.chain());

    firmas.firmar(paso(director, "OTI", 5, externa, null), Firma.Clase.VISTO_BUENO);

    assertInformes(documento.versionActual(), List.of("Miguel Castillo Ramos"));
    assertTrue(auditados.get(0).contains("firmado en el cliente"), auditados::toString);
  }

  @Test
  void unaFirmaRechazadaNoGuardaNingunInforme() throws Exception {
    var legal = persona("legal.oga", "Carla", "Mendoza Ríos", "41234567", oga);
    firmaDigital.revocar(titular(legal, "OGA"));
    long antes = almacen.contar();

    var rechazo =
        assertThrows(
            FirmaRechazadaException.class,
            () -> firmas.firmar(paso(legal, "OGA", 8, null, null), Firma.Clase.VISTO_BUENO));

    assertTrue(rechazo.getMessage().contains("revocado"), rechazo::getMessage);
    assertEquals(1, documento.getVersiones().size());
    assertEquals(antes, almacen.contar(), "ni PDF firmado ni informes en el almacén");
  }

  // ---------------------------------------------------------------- checks

  /** The version's validation and its three reports, as a reader will get them. */
  private void assertInformes(VersionDocumento v, List<String> firmantes) throws Exception {
    ValidacionGuardada g = v.validacion().orElseThrow(() -> new AssertionError("sin informe"));
    assertTrue(g.alFirmar());
    assertEquals("TOTAL_PASSED", g.indicacion());
    assertEquals(firmantes.size(), g.firmas());
    assertTrue(g.validadaEl().isAfter(INICIO), () -> "validada el " + g.validadaEl());
    for (String sha : List.of(g.informePdf(), g.informeSimple(), g.informeDetallado())) {
      assertTrue(almacen.existe(sha), "falta en el almacén: " + sha);
    }

    String texto = textoDelPdf(leer(g.informePdf()));
    assertTrue(texto.contains("Informe de validación de firmas digitales"), texto);
    assertTrue(texto.contains("ABCD-EFGH-JKLM, versión " + v.getNumero()), texto);
    assertTrue(texto.contains(v.getSha256()), texto);
    for (String f : firmantes) {
      assertTrue(texto.contains(f), () -> f + " no figura en\n" + texto);
    }

    // DSS's simple report: one verdict per signature, each the one kept
    var simple = xml(leer(g.informeSimple()));
    assertEquals("SimpleReport", simple.getLocalName());
    var firmasXml = simple.getElementsByTagNameNS("*", "Signature");
    assertEquals(firmantes.size(), firmasXml.getLength());
    for (int i = 0; i < firmasXml.getLength(); i++) {
      var indicacion =
          ((Element) firmasXml.item(i)).getElementsByTagNameNS("*", "Indication").item(0);
      assertEquals("TOTAL_PASSED", indicacion.getTextContent());
    }
    var detallado = xml(leer(g.informeDetallado()));
    assertEquals("DetailedReport", detallado.getLocalName());
    assertTrue(detallado.getElementsByTagNameNS("*", "BasicBuildingBlocks").getLength() > 0);
  }

  private byte[] leer(String sha) throws IOException {
    try (var in = almacen.abrir(sha)) {
      return in.readAllBytes();
    }
  }

  private static Element xml(byte[] bytes) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
  }

  private static String textoDelPdf(byte[] pdf) throws IOException {
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    try (PDDocument d = Loader.loadPDF(pdf)) {
      // the report wraps long lines (a SHA-256 may be cut at a space): read it as one line
      return new PDFTextStripper().getText(d).replaceAll("\\s*\\R\\s*", " ");
    }
  }

  // ---------------------------------------------------------------- fixtures

  private ContextoDePaso paso(
      Persona p, String unidad, int actividad, FirmaExterna externa, FirmaConToken token) {
    return new ContextoDePaso(
        p,
        documento.getExpediente(),
        documento,
        null,
        null,
        actividad,
        "tarea-" + actividad,
        AHORA,
        unidad,
        AHORA,
        externa,
        token);
  }

  private static FirmaDigital.Titular titular(Persona p, String unidad) {
    return new FirmaDigital.Titular(p.getNombreCompleto(), p.getDni(), p.cargoEn(unidad), unidad);
  }

  private static Persona persona(
      String usuario, String nombres, String apellidos, String dni, UnidadOrganica unidad) {
    var p = new Persona(usuario, nombres, apellidos, dni, "x");
    p.asignarCargo(new Cargo(unidad, Rol.DIRECTOR, "Director de " + unidad.getCodigo()));
    return p;
  }

  private Expediente expediente() {
    return new Expediente(
        new NumeroExpediente(2026, 42),
        new DatosDeRegistro(
            "Renovación de licencias",
            Origen.ADMINISTRADO,
            new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, "45871236"),
            TipoDocumento.SOLICITUD,
            "S/N",
            3,
            Prioridad.NORMAL,
            10),
        oga,
        "secretaria.oga",
        AHORA,
        LocalDate.of(2026, 12, 10),
        "EXP000000042");
  }

  /** A one-page PDF, unsigned. */
  static byte[] pdf() throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      try (var out = new PDPageContentStream(d, page)) {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        out.newLineAtOffset(72, 700);
        out.showText("Informe técnico: renovación de licencias");
        out.endText();
      }
      var bytes = new ByteArrayOutputStream();
      d.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** The requests of one test, as the database keeps them for the portal. */
  static final class SolicitudesEnMemoria extends SolicitudesDeFirma {
    private final java.util.Map<String, Pendiente> pendientes =
        new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void registrar(String solicitud, Pendiente p) {
      pendientes.put(solicitud, p);
    }

    @Override
    public Pendiente tomar(String solicitud) {
      return solicitud == null ? null : pendientes.remove(solicitud);
    }
  }
}
