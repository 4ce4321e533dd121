package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pe.gob.minem.tramite.signing.Indication;
import pe.gob.minem.tramite.signing.PadesLevel;
import pe.gob.minem.tramite.signing.PendingRequests;
import pe.gob.minem.tramite.signing.PendingSignature;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.SignatureReport;
import pe.gob.minem.tramite.signing.Signer;
import pe.gob.minem.tramite.signing.SignerKey;
import pe.gob.minem.tramite.signing.SigningConfig;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.SigningService;
import pe.gob.minem.tramite.signing.ValidationReport;

/** {@link SigningService} on EU DSS's PAdES service with PDFBox. */
public final class DssSigningService implements SigningService {

  private static final Logger LOG = LoggerFactory.getLogger(DssSigningService.class);
  private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

  private final DssContext context;
  private final PAdESService pades;
  private final DssValidationService validation;
  private final ExternalRequests pending;

  public DssSigningService(SigningConfig config) {
    this(config, PendingRequests.inMemory());
  }

  public DssSigningService(SigningConfig config, PendingRequests pendingRequests) {
    this.context = new DssContext(config);
    this.pades = new PAdESService(context.verifier);
    pades.setPdfObjFactory(context.signingObjFactory());
    if (context.tspSource != null) {
      pades.setTspSource(context.tspSource);
    }
    this.validation = new DssValidationService(context);
    this.pending = new ExternalRequests(config.externalSigningTtl(), pendingRequests);
  }

  @Override
  public Signer open(SignerKey key) {
    BouncyCastle.ensureRegistered();
    return new DssSigner(this, KeyTokens.open(key));
  }

  @Override
  public byte[] extend(byte[] pdf, PadesLevel level) {
    BouncyCastle.ensureRegistered();
    if (level == PadesLevel.B_B) {
      throw new SigningException("No se puede extender a B-B: es el nivel inicial");
    }
    requireTimestampAuthority(level);
    refuseBrokenSignatures(pdf, true);
    try {
      DSSDocument extended =
          pades.extendDocument(new InMemoryDocument(pdf), SignatureProfile.extension(level));
      LOG.info("Firmas extendidas a {}", level.label());
      return bytes(extended);
    } catch (DSSException | AlertException | IllegalArgumentException | IllegalStateException e) {
      throw refusal("No se pudo extender la firma a " + level.label() + ": ", e);
    }
  }

  @Override
  public PendingSignature prepare(
      byte[] pdf, List<X509Certificate> signerChain, SignatureOptions options) {
    BouncyCastle.ensureRegistered();
    if (signerChain == null || signerChain.isEmpty()) {
      throw new SigningException("Falta el certificado del firmante");
    }
    Prepared prepared = prepareSignature(pdf, signerChain, options);
    ToBeSigned toBeSigned = pades.getDataToSign(prepared.document(), prepared.parameters());
    SignatureAlgorithm algorithm = algorithmFor(signerChain.get(0));
    return pending.add(prepared, toBeSigned.getBytes(), algorithm);
  }

  @Override
  public byte[] complete(
      String requestId, byte[] signatureValue, List<X509Certificate> signerChain) {
    BouncyCastle.ensureRegistered();
    ExternalRequests.Request request = pending.take(requestId);
    if (signerChain == null
        || signerChain.isEmpty()
        || !signerChain.get(0).equals(request.chain().get(0))) {
      throw new SigningException(
          "El certificado devuelto no es el de la solicitud " + requestId + ": firma rechazada");
    }
    if (!ExternalRequests.verifies(request, signatureValue)) {
      throw new SigningException(
          "El valor de firma no corresponde a los datos a firmar ni a la clave del certificado");
    }
    SignatureValue value = new SignatureValue(request.algorithm(), signatureValue);
    return finish(ExternalRequests.prepared(request), value, request.level(), request.motivo());
  }

  /** The PDF and DSS parameters of one signature, before its value exists. */
  record Prepared(
      DSSDocument document,
      PAdESSignatureParameters parameters,
      List<X509Certificate> chain,
      SignatureOptions options) {}

  Prepared prepareSignature(byte[] pdf, List<X509Certificate> chain, SignatureOptions options) {
    requireTimestampAuthority(options.level());
    boolean signed = refuseBrokenSignatures(pdf, false);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    X509Certificate certificate = chain.get(0);
    if (now.isAfter(certificate.getNotAfter().toInstant())) {
      throw new SigningException(
          SigningException.Reason.CERTIFICATE_EXPIRED,
          "El certificado de firma de "
              + new SubjectNames(certificate).nombre()
              + " venció el "
              + Fechas.texto(certificate.getNotAfter().toInstant(), context.config.zona())
              + ": ya no se puede firmar con él. Pida un certificado nuevo.");
    }
    if (now.isBefore(certificate.getNotBefore().toInstant())) {
      throw new SigningException(
          SigningException.Reason.CERTIFICATE_NOT_YET_VALID,
          "El certificado de firma de "
              + new SubjectNames(certificate).nombre()
              + " aún no es válido: lo será desde el "
              + Fechas.texto(certificate.getNotBefore().toInstant(), context.config.zona())
              + ".");
    }
    if (!context.config.offline()) {
      RevocationCheck.refuseIfRevoked(context.verifier, chain, context.config.zona());
    }
    PAdESSignatureParameters parameters = SignatureProfile.parameters(options, chain, now);
    byte[] target = pdf;
    if (options.visible()) {
      StampAppearance.Prepared stamp =
          StampAppearance.prepare(pdf, signed, options, certificate, now, context.config.zona());
      target = stamp.pdf();
      parameters.setImageParameters(stamp.image());
    }
    return new Prepared(new InMemoryDocument(target), parameters, List.copyOf(chain), options);
  }

  ToBeSigned dataToSign(Prepared prepared) {
    return pades.getDataToSign(prepared.document(), prepared.parameters());
  }

  byte[] finish(Prepared prepared, SignatureValue value) {
    return finish(prepared, value, prepared.options().level().label(), prepared.options().motivo());
  }

  private byte[] finish(Prepared prepared, SignatureValue value, String level, String motivo) {
    try {
      DSSDocument signed = pades.signDocument(prepared.document(), prepared.parameters(), value);
      LOG.info(
          "Documento firmado: nivel {}, motivo '{}', certificado {}",
          level,
          motivo,
          prepared.chain().get(0).getSerialNumber().toString(16));
      return bytes(signed);
    } catch (DSSException | AlertException | IllegalArgumentException | IllegalStateException e) {
      throw refusal("No se pudo firmar el documento: ", e);
    }
  }

  /**
   * A {@link SigningException} thrown inside DSS (by the timestamp source, say) keeps its reason
   * even when DSS wrapped it; anything else becomes a refusal with DSS's message.
   */
  private static SigningException refusal(String prefix, RuntimeException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SigningException s) {
        return s;
      }
    }
    if (e instanceof AlertException && String.valueOf(e.getMessage()).contains("Revocation data")) {
      // DSS's alert for a B-LT/B-LTA whose certificates' revocation data could not be fetched
      // (the CA's OCSP responder and CRL did not answer): nothing was signed
      return new SigningException(
          SigningException.Reason.REVOCATION_UNAVAILABLE,
          "No se pudo consultar el estado de revocación del certificado: el servicio OCSP o la CRL"
              + " de la entidad certificadora no responde, y la firma debe incluirlo. No se firmó;"
              + " inténtelo de nuevo en unos minutos.",
          e);
    }
    return new SigningException(prefix + e.getMessage(), e);
  }

  @Override
  public void clearRevocationCache() {
    context.clearRevocationCache();
  }

  static SignatureAlgorithm algorithmFor(X509Certificate certificate) {
    return switch (certificate.getPublicKey().getAlgorithm()) {
      case "RSA" -> SignatureAlgorithm.RSA_SHA256;
      case "EC" -> SignatureAlgorithm.ECDSA_SHA256;
      default ->
          throw new SigningException(
              "Tipo de clave no admitido: " + certificate.getPublicKey().getAlgorithm());
    };
  }

  private void requireTimestampAuthority(PadesLevel level) {
    if (level.needsTimestamp() && context.tspSource == null) {
      throw new SigningException(
          "El nivel "
              + level.label()
              + " necesita una autoridad de sellado de tiempo (TSA) y no"
              + " hay ninguna configurada");
    }
  }

  /**
   * Refuses a PDF whose earlier signatures are broken (TOTAL_FAILED): signing it would lend the new
   * signature to a tampered document. Returns whether the PDF has signatures at all.
   */
  private boolean refuseBrokenSignatures(byte[] pdf, boolean mustHaveSignatures) {
    if (!contains(pdf, BYTE_RANGE)) {
      if (mustHaveSignatures) {
        throw new SigningException("El documento no tiene firmas que extender");
      }
      return false;
    }
    ValidationReport report = validation.validate(pdf);
    List<SignatureReport> broken =
        report.signatures().stream()
            .filter(s -> s.indication() == Indication.TOTAL_FAILED)
            .toList();
    if (!broken.isEmpty()) {
      throw new SigningException(
          "El documento tiene firmas inválidas y no se puede firmar: "
              + broken.stream()
                  .map(s -> s.firmante() + " (" + s.subIndication() + ": " + s.explicacion() + ")")
                  .collect(Collectors.joining("; ")));
    }
    if (mustHaveSignatures && report.signatures().isEmpty()) {
      throw new SigningException("El documento no tiene firmas que extender");
    }
    return !report.signatures().isEmpty();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static byte[] bytes(DSSDocument document) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
