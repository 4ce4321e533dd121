package pe.gob.minem.tramite.application.documento;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes;
import pe.gob.minem.tramite.application.expediente.ConsultaExpedientes.Constancia;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.documento.ValidacionGuardada;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.infrastructure.documentos.ContenidoDemasiadoGrandeException;
import pe.gob.minem.tramite.infrastructure.documentos.DocumentStore;
import pe.gob.minem.tramite.infrastructure.documentos.TipoDeArchivo;
import pe.gob.minem.tramite.infrastructure.firma.FirmaDigital;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.ValidationReport;

/**
 * Public verification, without login: a code printed on a cargo de recepción or on a document's
 * footer (its QR), and the validation of any signed PDF someone uploads. A document's signatures
 * are validated again on every call, on the PDF as it is stored now.
 *
 * <p>No transaction: validating a signed PDF takes seconds and must not hold a connection.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VerificacionService {

  private static final Logger LOG = Logger.getLogger(VerificacionService.class.getName());

  private static final String FORMATO_CODIGO = "[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}";

  @Inject DocumentoRepository documentosElaborados;
  @Inject ConsultaExpedientes consulta;
  @Inject DocumentStore documentos;
  @Inject FirmaDigital firmaDigital;
  @Inject InformesGuardados informes;

  @Inject
  @ConfigProperty(name = "tramite.archivos.tamano-maximo", defaultValue = "52428800")
  long tamanoMaximo;

  /**
   * The largest PDF anyone may validate without logging in (10 MiB by default, never more than
   * {@code tramite.archivos.tamano-maximo}): the upload is streamed to a temporary file and read
   * back only below this size.
   */
  @Inject
  @ConfigProperty(name = "tramite.verificacion.tamano-maximo", defaultValue = "10485760")
  long tamanoMaximoPublico;

  /** What a code verifies: the cargo of an expediente, or a document and its signatures. */
  public record Verificacion(String codigo, Constancia expediente, DocumentoVerificado documento) {}

  /**
   * The public data of a document (no content), its signatures as validated now, and whether the
   * validation report kept when its current version was signed can be downloaded ({@code
   * informeGuardado}, validated at {@code informeValidadoEl}; ADR 0024).
   */
  public record DocumentoVerificado(
      String codigo,
      String numeroExpediente,
      String tipo,
      String tipoEtiqueta,
      String asunto,
      String unidad,
      Instant fecha,
      String estado,
      int version,
      boolean descargable,
      InformeDeValidacion validacion,
      boolean informeGuardado,
      Instant informeValidadoEl) {}

  /**
   * The validation of every signature of a PDF.
   *
   * @param nota a Spanish summary: all valid, some not, or no signature at all
   */
  public record InformeDeValidacion(
      Instant fechaValidacion, boolean todasValidas, String nota, List<FirmaValidada> firmas) {}

  /** One signature, as the validator sees it; {@code resultado} is the indication in Spanish. */
  public record FirmaValidada(
      String indication,
      String subIndication,
      String resultado,
      String explicacion,
      String signer,
      String dni,
      String cargo,
      Instant signingTime,
      String level,
      String motivo,
      boolean modifiedAfterSigning,
      boolean coversWholeDocument,
      List<String> errores,
      List<String> advertencias) {}

  /** The signed PDF of a public document. */
  public record Descarga(String nombre, byte[] contenido) {}

  /**
   * The expediente or document with this code.
   *
   * @throws NoEncontradoException when no expediente or document has it
   */
  public Verificacion porCodigo(String codigo) {
    String c = normalizar(codigo);
    Optional<Constancia> constancia = consulta.verificar(c);
    if (constancia.isPresent()) {
      LOG.info(() -> "Verificación pública del cargo de " + constancia.get().numero());
      return new Verificacion(c, constancia.get(), null);
    }
    Documento d = documento(c);
    InformeDeValidacion informe = validarContenido(leer(d));
    LOG.info(
        () ->
            "Verificación pública del documento "
                + c
                + ": "
                + informe.firmas().size()
                + " firma(s), "
                + (informe.todasValidas() ? "todas válidas" : "no todas válidas"));
    return new Verificacion(
        c,
        null,
        new DocumentoVerificado(
            c,
            d.getExpediente().getNumero(),
            d.getTipo().name(),
            d.getTipo().etiqueta(),
            d.getAsunto(),
            d.getUnidad().getNombre(),
            d.getFechaCreacion(),
            d.getEstado().etiqueta(),
            d.versionActual().getNumero(),
            d.isPublico(),
            informe,
            d.versionActual().validacion().isPresent(),
            d.versionActual().validacion().map(ValidacionGuardada::validadaEl).orElse(null)));
  }

  /**
   * The validation report (PDF) kept with the document's current version, for anyone with the code,
   * whether or not the document is public: it says of the signatures what this page shows, plus
   * their certificates and timestamps, and nothing of the content (ADR 0024).
   *
   * @throws NoEncontradoException no document has this code, or its current version has no report
   */
  public Descarga descargarInforme(String codigo) {
    Documento d = documento(normalizar(codigo));
    var informe = informes.leer(d, d.versionActual(), InformesGuardados.Formato.PDF);
    LOG.info(() -> "Descarga pública del informe de validación de " + d.getCodigoVerificacion());
    return new Descarga(informe.nombre(), informe.contenido());
  }

  /**
   * The current (signed) PDF of a public document.
   *
   * @throws NoEncontradoException no document has this code
   * @throws AccesoDenegadoException the document is not public
   */
  public Descarga descargar(String codigo) {
    Documento d = documento(normalizar(codigo));
    if (!d.isPublico()) {
      throw new AccesoDenegadoException(
          "El documento "
              + d.getCodigoVerificacion()
              + " no es público: su contenido solo se consulta en el portal, con acceso al"
              + " expediente.");
    }
    LOG.info(() -> "Descarga pública del documento " + d.getCodigoVerificacion());
    return new Descarga(nombrePdf(d.versionActual().getNombre()), leer(d));
  }

  /**
   * The validation report of any PDF someone uploads (signed by the portal or not).
   *
   * @throws DatosInvalidosException empty, not a PDF, or a PDF that cannot be read
   * @throws ContenidoDemasiadoGrandeException past {@code tramite.archivos.tamano-maximo}
   */
  public InformeDeValidacion validar(ArchivoRecibido archivo) {
    String nombre = archivo.nombreLimpio();
    long limite = Math.min(tamanoMaximo, tamanoMaximoPublico);
    byte[] pdf = recibir(archivo, limite);
    if (pdf.length == 0) {
      throw new DatosInvalidosException("archivo", "El archivo «" + nombre + "» está vacío.");
    }
    confirmarPdf(nombre, pdf);
    InformeDeValidacion informe;
    try {
      informe = validarContenido(pdf);
    } catch (RuntimeException e) {
      throw new DatosInvalidosException(
          "archivo",
          "El PDF «"
              + nombre
              + "» está dañado o no se puede leer; no fue posible validar sus firmas.");
    }
    LOG.info(
        () ->
            "Validación pública de un PDF subido ("
                + pdf.length
                + " bytes): "
                + informe.firmas().size()
                + " firma(s)");
    return informe;
  }

  /**
   * The upload's bytes, streamed first to a temporary file (deleted before returning) so that
   * nothing larger than {@code limite} is ever held in memory, whatever the sender claims.
   *
   * @throws ContenidoDemasiadoGrandeException past {@code limite}
   */
  static byte[] recibir(ArchivoRecibido archivo, long limite) {
    Path temporal = null;
    try (InputStream in = archivo.contenido()) {
      temporal = Files.createTempFile("tramite-verificacion-", ".pdf");
      long copiados;
      try (OutputStream out = Files.newOutputStream(temporal)) {
        copiados = in.transferTo(new LimiteDeSalida(out, limite + 1));
      } catch (LimiteDeSalida.Excedido e) {
        throw new ContenidoDemasiadoGrandeException(limite);
      }
      if (copiados > limite) {
        throw new ContenidoDemasiadoGrandeException(limite);
      }
      return Files.readAllBytes(temporal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temporal != null) {
        try {
          Files.deleteIfExists(temporal);
        } catch (IOException e) {
          LOG.warning("no se pudo borrar el temporal de una verificación: " + temporal);
        }
      }
    }
  }

  /** An output that refuses to take more than its limit. */
  private static final class LimiteDeSalida extends java.io.FilterOutputStream {
    static final class Excedido extends IOException {
      Excedido() {
        super("límite excedido");
      }
    }

    private long restante;

    LimiteDeSalida(OutputStream out, long limite) {
      super(out);
      this.restante = limite;
    }

    @Override
    public void write(int b) throws IOException {
      if (--restante < 0) {
        throw new Excedido();
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int desde, int largo) throws IOException {
      restante -= largo;
      if (restante < 0) {
        throw new Excedido();
      }
      out.write(b, desde, largo);
    }
  }

  private static void confirmarPdf(String nombre, byte[] pdf) {
    String tipo;
    try {
      // the bytes decide, whatever the name's extension says
      tipo = TipoDeArchivo.confirmar("verificar.pdf", new ByteArrayInputStream(pdf));
    } catch (DatosInvalidosException e) {
      tipo = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!TipoDeArchivo.PDF.equals(tipo)) {
      throw new DatosInvalidosException(
          "archivo",
          "El archivo «" + nombre + "» no es un PDF. Suba el documento firmado en formato PDF.");
    }
  }

  private InformeDeValidacion validarContenido(byte[] pdf) {
    ValidationReport r = firmaDigital.validar(pdf);
    List<FirmaValidada> firmas = r.signatures().stream().map(VerificacionService::firma).toList();
    String nota;
    if (firmas.isEmpty()) {
      nota = "El PDF no contiene firmas digitales.";
    } else if (r.allPassed()) {
      nota =
          firmas.size() == 1
              ? "La firma del documento es válida."
              : "Las " + firmas.size() + " firmas del documento son válidas.";
    } else {
      long validas = firmas.stream().filter(f -> "TOTAL_PASSED".equals(f.indication())).count();
      nota =
          validas
              + " de "
              + firmas.size()
              + " firma(s) válida(s). Revise el motivo de cada firma no válida o indeterminada.";
    }
    return new InformeDeValidacion(r.validationTime(), r.allPassed(), nota, firmas);
  }

  private static FirmaValidada firma(SignatureReport s) {
    String resultado =
        switch (s.indication()) {
          case TOTAL_PASSED -> "Válida";
          case TOTAL_FAILED -> "No válida";
          case INDETERMINATE -> "Indeterminada";
        };
    String explicacion = s.explicacion();
    if (explicacion == null || explicacion.isBlank()) {
      explicacion =
          switch (s.indication()) {
            case TOTAL_PASSED ->
                "La firma es válida: el documento no cambió desde que se firmó y el certificado"
                    + " es de confianza.";
            case TOTAL_FAILED -> "La firma no es válida.";
            case INDETERMINATE -> "No se pudo determinar la validez de la firma.";
          };
    }
    return new FirmaValidada(
        s.indication().name(),
        s.subIndication(),
        resultado,
        explicacion,
        s.firmante(),
        s.dni(),
        s.cargo(),
        s.signingTime(),
        s.level(),
        s.motivo(),
        s.modifiedAfterSigning(),
        s.coversWholeDocument(),
        s.errores() == null ? List.of() : s.errores(),
        s.advertencias() == null ? List.of() : s.advertencias());
  }

  private Documento documento(String codigo) {
    return documentosElaborados.porCodigoConVersiones(codigo).orElseThrow(() -> noExiste(codigo));
  }

  private byte[] leer(Documento d) {
    try (InputStream in = documentos.abrir(d.versionActual().getSha256())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalizar(String codigo) {
    String c = codigo == null ? "" : codigo.strip().toUpperCase(Locale.ROOT);
    if (!c.matches(FORMATO_CODIGO)) {
      throw new NoEncontradoException(
          "El código de verificación tiene la forma XXXX-XXXX-XXXX (letras y números).");
    }
    return c;
  }

  private static NoEncontradoException noExiste(String codigo) {
    return new NoEncontradoException(
        "No existe un expediente ni un documento con el código "
            + codigo
            + ". Revise que lo haya escrito tal como figura en el documento.");
  }

  private static String nombrePdf(String nombre) {
    String n = nombre == null || nombre.isBlank() ? "documento" : nombre;
    return n.toLowerCase(Locale.ROOT).endsWith(".pdf") ? n : n + ".pdf";
  }
}
