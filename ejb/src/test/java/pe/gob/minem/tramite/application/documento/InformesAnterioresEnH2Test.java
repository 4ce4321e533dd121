package pe.gob.minem.tramite.application.documento;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.Firma;
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
import pe.gob.minem.tramite.infrastructure.persistence.BaseDeDatosEnMemoria;
import pe.gob.minem.tramite.infrastructure.persistence.RepositoriosDePrueba;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.ValidationReport;

/**
 * Versions signed before the portal kept their reports (the V8 columns empty, as the migration
 * leaves them) get theirs from the background pass, once, marked as made after the signature; a
 * version whose report was kept at signing is never touched; one whose file is lost stays pending
 * without stopping the others. On H2 with the Flyway schema and the demo PKI.
 */
class InformesAnterioresEnH2Test {

  static final Instant AHORA = Instant.parse("2026-12-10T15:00:00Z");

  @TempDir static Path pki;
  static FirmaDigitalDePrueba firmaDigital;

  @TempDir Path datos;
  BaseDeDatosEnMemoria bd;
  DocumentStore almacen;
  InformesGuardados informes;
  InformesEnSegundoPlano pase;

  long firmadaAntes;
  long firmadaDespues;
  long sinArchivo;
  ValidacionGuardada guardadaAlFirmar;

  @BeforeAll
  static void abrirPki() {
    firmaDigital = FirmaDigitalDePrueba.demo(pki);
  }

  @AfterAll
  static void cerrarPki() {
    firmaDigital.cerrar();
  }

  @BeforeEach
  void sembrar() throws Exception {
    bd = new BaseDeDatosEnMemoria();
    almacen = AlmacenEnCarpeta.en(datos);
    informes = new InformesGuardados();
    informes.documentos = almacen;
    informes.firmaDigital = firmaDigital;
    var pendientes = new PendientesEnH2();
    pendientes.documentos = almacen;
    pendientes.informes = informes;
    pase = new InformesEnSegundoPlano();
    pase.pendientes = pendientes;
    pase.firmaDigital = firmaDigital;

    byte[] inicial = InformesAlFirmarTest.pdf();
    byte[] conVistoBueno = firmar(inicial, "Miguel Castillo Ramos", "08765432");
    byte[] suscrito = firmar(conVistoBueno, "Rosa Quispe Huamán", "07654321");
    bd.enTransaccion(
        em -> {
          var oti = new UnidadOrganica("OTI", "Oficina de Tecnologías de la Información", false);
          em.persist(oti);
          var director = persona(em, "director.oti", "Miguel", "Castillo Ramos", "08765432", oti);
          var general = persona(em, "director.oga", "Rosa", "Quispe Huamán", "07654321", oti);
          var e = expediente(em, oti);
          var d = documento(em, e, director, oti, "ABCD-EFGH-JKLM", inicial);
          firmar(d, 2, conVistoBueno, director, Firma.Clase.VISTO_BUENO);
          guardadaAlFirmar = firmar(d, 3, suscrito, general, Firma.Clase.SUSCRIPCION);
          // a signed version whose file the disk lost
          var otro = documento(em, e, director, oti, "NPQR-STUV-WXYZ", inicial);
          otro.firmar(
              Firma.Clase.VISTO_BUENO,
              5,
              director,
              "Director de OTI",
              "f".repeat(64),
              10,
              "PAdES-BASELINE-LT",
              "TOTAL_PASSED",
              guardadaAlFirmar,
              AHORA);
          em.flush();
          firmadaAntes = d.getVersiones().get(1).getId();
          firmadaDespues = d.getVersiones().get(2).getId();
          sinArchivo = otro.versionActual().getId();
        });
    // what V8 leaves on a version signed before it: no report
    try (var c = bd.conexion();
        var st =
            c.prepareStatement(
                "UPDATE version_documento SET informe_indicacion = NULL, informe_firmas = NULL,"
                    + " informe_validado_el = NULL, informe_al_firmar = NULL,"
                    + " informe_pdf_sha256 = NULL, informe_simple_sha256 = NULL,"
                    + " informe_detallado_sha256 = NULL WHERE id IN (?, ?)")) {
      st.setLong(1, firmadaAntes);
      st.setLong(2, sinArchivo);
      assertEquals(2, st.executeUpdate());
    }
  }

  @AfterEach
  void cerrar() {
    bd.close();
  }

  @Test
  void elPaseGeneraUnaVezElInformeDeLaVersionFirmadaAntes() throws Exception {
    assertEquals(
        java.util.Set.of(firmadaAntes, sinArchivo),
        java.util.Set.copyOf(enH2(r -> r.versionesQueEsperanValidacion())));

    assertEquals(1, pase.generar());

    var g = validacion(firmadaAntes).orElseThrow(() -> new AssertionError("sin informe"));
    assertFalse(g.alFirmar(), "hecha después de la firma");
    assertEquals("TOTAL_PASSED", g.indicacion());
    assertEquals(1, g.firmas());
    for (String sha : List.of(g.informePdf(), g.informeSimple(), g.informeDetallado())) {
      assertTrue(almacen.existe(sha), sha);
    }
    try (var in = almacen.abrir(g.informePdf());
        var pdf = Loader.loadPDF(in.readAllBytes())) {
      String texto = new PDFTextStripper().getText(pdf);
      assertTrue(texto.contains("ABCD-EFGH-JKLM, versión 2"), texto);
      assertTrue(texto.contains("Miguel Castillo Ramos"), texto);
    }
    // kept when it was signed: untouched
    assertEquals(Optional.of(guardadaAlFirmar), validacion(firmadaDespues));
    // its file lost: still pending, tried again at the next start
    assertEquals(List.of(sinArchivo), enH2(r -> r.versionesQueEsperanValidacion()));

    assertEquals(0, pase.generar(), "nada más que hacer");
    assertEquals(Optional.of(g), validacion(firmadaAntes));
  }

  @Test
  void unaVersionQueYaTieneSuInformeNoSeVuelveAGuardar() throws Exception {
    var pendientes = pase.pendientes;
    var version = pendientes.leer(firmadaAntes).orElseThrow();
    ValidationReport reporte = firmaDigital.validar(version.pdf());
    assertTrue(pendientes.guardar(version, reporte));
    long archivos = almacen.contar();

    // another server's pass read it before this one kept it
    assertFalse(pendientes.guardar(version, reporte));
    assertEquals(archivos, almacen.contar(), "ni un informe de más en el almacén");
    assertTrue(pendientes.leer(firmadaAntes).isEmpty());
    assertTrue(pendientes.leer(firmadaDespues).isEmpty());
  }

  // ---------------------------------------------------------------- fixtures

  /** The pass's per-version steps, each in its own transaction on H2. */
  class PendientesEnH2 extends InformesPendientes {
    @Override
    public List<Long> pendientes() {
      return enTransaccion(super::pendientes);
    }

    @Override
    public Optional<VersionPendiente> leer(long versionId) {
      return enTransaccion(() -> super.leer(versionId));
    }

    @Override
    public boolean guardar(VersionPendiente p, ValidationReport reporte) {
      return enTransaccion(() -> super.guardar(p, reporte));
    }

    private <T> T enTransaccion(Supplier<T> trabajo) {
      return bd.obtener(
          em -> {
            documentosElaborados = RepositoriosDePrueba.documentos(em);
            return trabajo.get();
          });
    }
  }

  private <T> T enH2(
      java.util.function.Function<
              pe.gob.minem.tramite.domain.model.documento.DocumentoRepository, T>
          consulta) {
    return bd.obtener(em -> consulta.apply(RepositoriosDePrueba.documentos(em)));
  }

  private Optional<ValidacionGuardada> validacion(long versionId) {
    return enH2(r -> r.version(versionId).orElseThrow().validacion());
  }

  private static byte[] firmar(byte[] pdf, String nombre, String dni) {
    return firmaDigital.firmarConLlaveDelServidor(
        new FirmaDigital.Titular(nombre, dni, "Director", "OTI"),
        pdf,
        SignatureOptions.vistoBueno(firmaDigital.nivel()));
  }

  /** The signed PDF as the next version, with the validation kept at signing. */
  private ValidacionGuardada firmar(
      Documento d, int numero, byte[] firmado, Persona p, Firma.Clase clase) {
    try {
      var c = almacen.guardar(new ByteArrayInputStream(firmado), Long.MAX_VALUE);
      var g = informes.guardar(firmaDigital.validar(firmado), d, numero, c.sha256(), true);
      d.firmar(
          clase,
          5,
          p,
          "Director de OTI",
          c.sha256(),
          c.tamano(),
          "PAdES-BASELINE-LT",
          "TOTAL_PASSED",
          g,
          AHORA);
      return g;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Documento documento(
      EntityManager em, Expediente e, Persona autor, UnidadOrganica u, String codigo, byte[] pdf) {
    try {
      var c = almacen.guardar(new ByteArrayInputStream(pdf), Long.MAX_VALUE);
      var d =
          new Documento(
              e, TipoDocumentoInterno.OFICIO, "Oficio " + codigo, autor, u, codigo, false, AHORA);
      d.nuevoContenido(
          "oficio.pdf",
          c.sha256(),
          c.tamano(),
          VersionDocumento.Origen.SUBIDO,
          "Versión inicial",
          autor.getUsuario(),
          AHORA);
      em.persist(d);
      return d;
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  private static Persona persona(
      EntityManager em,
      String usuario,
      String nombres,
      String apellidos,
      String dni,
      UnidadOrganica u) {
    var c = new Cargo(u, Rol.DIRECTOR, "Director de " + u.getCodigo(), usuario);
    em.persist(c);
    var p = new Persona(usuario, nombres, apellidos, dni, "x");
    p.asignarCargo(c);
    em.persist(p);
    return p;
  }

  private static Expediente expediente(EntityManager em, UnidadOrganica u) {
    var e =
        new Expediente(
            new NumeroExpediente(2026, 7),
            new DatosDeRegistro(
                "Renovación de licencias",
                Origen.ADMINISTRADO,
                new Remitente("Juan Pérez", Remitente.TipoDocumentoIdentidad.DNI, "45871236"),
                TipoDocumento.SOLICITUD,
                "S/N",
                3,
                Prioridad.NORMAL,
                10),
            u,
            "secretaria.oga",
            AHORA,
            LocalDate.of(2026, 12, 10),
            "EXP000000007");
    em.persist(e);
    return e;
  }
}
