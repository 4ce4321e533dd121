package pe.gob.minem.tramite.signing;

import java.security.cert.X509Certificate;

/**
 * Who a signing certificate names, from its subject: CN (or given name and surname), serialNumber
 * (the DNI in Peru: "40123456" in the demo PKI, "PNOPE-40123456" in ETSI EN 319 412-1 form), title
 * (cargo) and OU (unidad). Any of them may be {@code null}.
 */
public record CertificateHolder(String nombre, String dni, String cargo, String unidad) {

  public static CertificateHolder of(X509Certificate certificate) {
    return pe.gob.minem.tramite.signing.dss.SubjectNames.holder(certificate);
  }
}
