package pe.gob.minem.tramite.signing.dss;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads the signer's name, DNI, cargo and unit from a certificate's subject. */
public final class SubjectNames {

  private final X500Name subject;

  SubjectNames(X509Certificate certificate) {
    this.subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
  }

  /** For {@link pe.gob.minem.tramite.signing.CertificateHolder#of}. */
  public static pe.gob.minem.tramite.signing.CertificateHolder holder(X509Certificate certificate) {
    SubjectNames names = new SubjectNames(certificate);
    return new pe.gob.minem.tramite.signing.CertificateHolder(
        names.nombre(), names.dni(), names.cargo(), names.unidad());
  }

  String nombre() {
    String cn = get(BCStyle.CN);
    if (cn != null) {
      return cn;
    }
    String given = get(BCStyle.GIVENNAME);
    String surname = get(BCStyle.SURNAME);
    return given == null ? surname : surname == null ? given : given + " " + surname;
  }

  String dni() {
    return get(BCStyle.SERIALNUMBER);
  }

  String cargo() {
    return get(BCStyle.T);
  }

  String unidad() {
    return get(BCStyle.OU);
  }

  private String get(ASN1ObjectIdentifier oid) {
    RDN[] rdns = subject.getRDNs(oid);
    return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
  }
}
