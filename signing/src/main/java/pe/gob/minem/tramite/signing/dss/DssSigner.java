package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import java.security.cert.X509Certificate;
import java.util.List;
import pe.gob.minem.tramite.signing.SignatureOptions;
import pe.gob.minem.tramite.signing.Signer;

/** A {@link Signer} over an opened DSS token. */
final class DssSigner implements Signer {

  private final DssSigningService service;
  private final KeyTokens.Opened key;

  DssSigner(DssSigningService service, KeyTokens.Opened key) {
    this.service = service;
    this.key = key;
  }

  @Override
  public byte[] sign(byte[] pdf, SignatureOptions options) {
    BouncyCastle.ensureRegistered();
    DssSigningService.Prepared prepared = service.prepareSignature(pdf, key.chain(), options);
    ToBeSigned toBeSigned = service.dataToSign(prepared);
    SignatureValue value = key.sign(toBeSigned, DssSigningService.algorithmFor(key.chain().get(0)));
    return service.finish(prepared, value);
  }

  @Override
  public X509Certificate certificate() {
    return key.chain().get(0);
  }

  @Override
  public List<X509Certificate> certificateChain() {
    return key.chain();
  }

  @Override
  public void close() {
    key.close();
  }
}
