package pe.gob.minem.tramite.signing.demo;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DisplayText;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.UserNotice;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds the demo PKI's certificates: RSA-2048, SHA-256, marked "DEMO — sin validez legal". */
final class DemoCertificates {

  static final String LEYENDA = "DEMO — sin validez legal";
  static final String ORGANIZACION = "Ministerio de Energía y Minas (" + LEYENDA + ")";

  /** A private-arc policy OID for the demo; the user notice says it has no legal value. */
  static final ASN1ObjectIdentifier DEMO_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.58046.1.1");

  static final ASN1ObjectIdentifier TSA_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.58046.1.2");

  private static final SecureRandom RANDOM = new SecureRandom();

  private DemoCertificates() {}

  static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static BigInteger newSerial() {
    return new BigInteger(127, RANDOM).add(BigInteger.ONE);
  }

  static X500Name caName(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "PE")
        .addRDN(BCStyle.O, ORGANIZACION)
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  static X500Name personName(String nombre, String dni, String cargo, String unidad) {
    X500NameBuilder builder =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "PE")
            .addRDN(BCStyle.O, ORGANIZACION);
    if (unidad != null && !unidad.isBlank()) {
      builder.addRDN(BCStyle.OU, unidad);
    }
    if (cargo != null && !cargo.isBlank()) {
      builder.addRDN(BCStyle.T, cargo);
    }
    return builder.addRDN(BCStyle.SERIALNUMBER, dni).addRDN(BCStyle.CN, nombre).build();
  }

  static X509Certificate rootCa(KeyPair keys, Instant from, Instant to) {
    X500Name name = caName("Trámite DEMO Raíz — sin validez legal");
    return build(
        name,
        keys.getPublic(),
        name,
        keys.getPrivate(),
        null,
        from,
        to,
        b -> {
          b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
          b.addExtension(
              Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
  }

  static X509Certificate issuingCa(
      KeyPair keys,
      X509Certificate root,
      PrivateKey rootKey,
      String baseUrl,
      Instant from,
      Instant to) {
    return build(
        caName("Trámite DEMO CA Emisora — sin validez legal"),
        keys.getPublic(),
        subjectOf(root),
        rootKey,
        root,
        from,
        to,
        b -> {
          b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
          b.addExtension(
              Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
          b.addExtension(Extension.cRLDistributionPoints, false, crlDp(baseUrl + "/root.crl"));
          b.addExtension(Extension.authorityInfoAccess, false, aia(null, baseUrl + "/root.cer"));
        });
  }

  static X509Certificate ocspResponder(
      KeyPair keys, X509Certificate issuing, PrivateKey issuingKey, Instant from, Instant to) {
    return build(
        caName("Trámite DEMO OCSP — sin validez legal"),
        keys.getPublic(),
        subjectOf(issuing),
        issuingKey,
        issuing,
        from,
        to,
        b -> {
          b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
          b.addExtension(
              Extension.extendedKeyUsage,
              false,
              new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
          b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        });
  }

  static X509Certificate tsa(
      KeyPair keys,
      X509Certificate issuing,
      PrivateKey issuingKey,
      String baseUrl,
      Instant from,
      Instant to) {
    return build(
        caName("Trámite DEMO Sellado de Tiempo — sin validez legal"),
        keys.getPublic(),
        subjectOf(issuing),
        issuingKey,
        issuing,
        from,
        to,
        b -> {
          b.addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
          b.addExtension(
              Extension.extendedKeyUsage,
              true,
              new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
          b.addExtension(Extension.cRLDistributionPoints, false, crlDp(baseUrl + "/issuing.crl"));
          b.addExtension(
              Extension.authorityInfoAccess,
              false,
              aia(baseUrl + "/ocsp", baseUrl + "/issuing.cer"));
        });
  }

  static X509Certificate person(
      KeyPair keys,
      X500Name subject,
      X509Certificate issuing,
      PrivateKey issuingKey,
      String baseUrl,
      Instant from,
      Instant to) {
    return build(
        subject,
        keys.getPublic(),
        subjectOf(issuing),
        issuingKey,
        issuing,
        from,
        to,
        b -> {
          b.addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
          b.addExtension(Extension.certificatePolicies, false, demoPolicy());
          b.addExtension(Extension.cRLDistributionPoints, false, crlDp(baseUrl + "/issuing.crl"));
          b.addExtension(
              Extension.authorityInfoAccess,
              false,
              aia(baseUrl + "/ocsp", baseUrl + "/issuing.cer"));
        });
  }

  static X500Name subjectOf(X509Certificate certificate) {
    return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
  }

  static ContentSigner signer(PrivateKey key) {
    try {
      return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Extensions {
    void add(X509v3CertificateBuilder builder) throws Exception;
  }

  private static X509Certificate build(
      X500Name subject,
      PublicKey publicKey,
      X500Name issuer,
      PrivateKey issuerKey,
      X509Certificate issuerCert,
      Instant from,
      Instant to,
      Extensions extensions) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer, newSerial(), Date.from(from), Date.from(to), subject, publicKey);
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          issuerCert == null
              ? utils.createAuthorityKeyIdentifier(publicKey)
              : utils.createAuthorityKeyIdentifier(issuerCert));
      extensions.add(builder);
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
    } catch (Exception e) {
      throw new IllegalStateException("No se pudo emitir el certificado de demostración", e);
    }
  }

  private static CRLDistPoint crlDp(String url) {
    GeneralNames names =
        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
    return new CRLDistPoint(
        new DistributionPoint[] {
          new DistributionPoint(new DistributionPointName(names), null, null)
        });
  }

  private static AuthorityInformationAccess aia(String ocspUrl, String caIssuersUrl) {
    AccessDescription issuers =
        new AccessDescription(
            X509ObjectIdentifiers.id_ad_caIssuers,
            new GeneralName(GeneralName.uniformResourceIdentifier, caIssuersUrl));
    if (ocspUrl == null) {
      return new AuthorityInformationAccess(issuers);
    }
    AccessDescription ocsp =
        new AccessDescription(
            X509ObjectIdentifiers.id_ad_ocsp,
            new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl));
    return new AuthorityInformationAccess(new AccessDescription[] {ocsp, issuers});
  }

  private static CertificatePolicies demoPolicy() {
    UserNotice notice =
        new UserNotice(null, new DisplayText(DisplayText.CONTENT_TYPE_UTF8STRING, LEYENDA));
    PolicyQualifierInfo qualifier =
        new PolicyQualifierInfo(org.bouncycastle.asn1.x509.PolicyQualifierId.id_qt_unotice, notice);
    return new CertificatePolicies(new PolicyInformation(DEMO_POLICY, new DERSequence(qualifier)));
  }
}
