package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import java.net.URI;
import java.time.Duration;
import pe.gob.minem.tramite.signing.SigningException;
import pe.gob.minem.tramite.signing.TimestampAuthority;

/**
 * An RFC 3161 timestamp authority over HTTP (DSS's online TSP source). A TSA that does not answer,
 * answers with an error or with a token for something else is a {@link SigningException} with
 * reason {@code TIMESTAMP_UNAVAILABLE}.
 */
public final class OnlineTimestampAuthority implements TimestampAuthority {

  private final URI url;
  private final OnlineTSPSource source;

  public OnlineTimestampAuthority(URI url, Duration timeout) {
    if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("La URL de la TSA debe ser http o https: " + url);
    }
    this.url = url;
    TimestampDataLoader loader = new TimestampDataLoader();
    DssContext.timeouts(loader, timeout);
    this.source = new OnlineTSPSource(url.toString(), loader);
  }

  @Override
  public byte[] timestamp(String digestAlgorithm, byte[] digest) {
    try {
      return source
          .getTimeStampResponse(DigestAlgorithm.forJavaName(digestAlgorithm), digest)
          .getBytes();
    } catch (DSSException | IllegalArgumentException e) {
      throw new SigningException(
          SigningException.Reason.TIMESTAMP_UNAVAILABLE,
          "La autoridad de sellado de tiempo " + url + " no respondió: " + e.getMessage(),
          e);
    }
  }

  @Override
  public String toString() {
    return "TSA " + url;
  }
}
