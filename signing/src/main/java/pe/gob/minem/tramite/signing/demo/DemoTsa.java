package pe.gob.minem.tramite.signing.demo;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import pe.gob.minem.tramite.signing.TimestampAuthority;

/** The demo RFC 3161 timestamp authority, reachable in-process and over HTTP. Thread-safe. */
final class DemoTsa implements TimestampAuthority {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final List<X509Certificate> chain;
  private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

  DemoTsa(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.certificate = chain.get(0);
    this.chain = List.copyOf(chain);
  }

  @Override
  public byte[] timestamp(String digestAlgorithm, byte[] digest) {
    try {
      TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
      requests.setCertReq(true);
      TimeStampRequest request = requests.generate(oid(digestAlgorithm), digest);
      return generate(request).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("La TSA de demostración no pudo sellar", e);
    }
  }

  /** Answers a DER TimeStampReq with a DER TimeStampResp. */
  byte[] respond(byte[] requestBytes) {
    try {
      TimeStampRequest request = new TimeStampRequest(requestBytes);
      TimeStampResponseGenerator responses =
          new TimeStampResponseGenerator(generator(), TSPAlgorithms.ALLOWED);
      TimeStampResponse response =
          responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
      return response.getEncoded();
    } catch (Exception e) {
      throw new IllegalArgumentException("Solicitud de sello de tiempo inválida", e);
    }
  }

  private TimeStampToken generate(TimeStampRequest request) throws Exception {
    return generator().generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
  }

  private TimeStampTokenGenerator generator() throws Exception {
    DigestCalculator sha256 =
        new JcaDigestCalculatorProviderBuilder()
            .build()
            .get(
                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    NISTObjectIdentifiers.id_sha256));
    SignerInfoGenerator signerInfo =
        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, certificate);
    TimeStampTokenGenerator generator =
        new TimeStampTokenGenerator(signerInfo, sha256, DemoCertificates.TSA_POLICY);
    generator.addCertificates(new JcaCertStore(chain));
    return generator;
  }

  private static ASN1ObjectIdentifier oid(String digestAlgorithm) {
    return switch (digestAlgorithm.toUpperCase(Locale.ROOT).replace("-", "")) {
      case "SHA256" -> TSPAlgorithms.SHA256;
      case "SHA384" -> TSPAlgorithms.SHA384;
      case "SHA512" -> TSPAlgorithms.SHA512;
      default ->
          throw new IllegalArgumentException(
              "Algoritmo de resumen no admitido: " + digestAlgorithm);
    };
  }
}
