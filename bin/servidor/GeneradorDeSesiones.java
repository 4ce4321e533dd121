package pe.gob.minem.tramite.servidor;

import com.sun.enterprise.util.uuid.UuidGenerator;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Session ids for Payara's web container: 160 bits from {@link SecureRandom}, hex-encoded (40
 * characters). Payara's own generator starts each id with the millisecond clock and adds about 60
 * random bits; OWASP asks for at least 64 bits of entropy and the issue for 128. Compiled by
 * bin/tramite against the server's common-util.jar into the domain's lib directory and named in
 * domain.xml (web-container, manager-properties session-id-generator-classname).
 */
public class GeneradorDeSesiones implements UuidGenerator {

  private static final SecureRandom AZAR = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  @Override
  public String generateUuid() {
    byte[] b = new byte[20];
    AZAR.nextBytes(b);
    return HEX.formatHex(b);
  }

  @Override
  public String generateUuid(Object ignorado) {
    return generateUuid();
  }
}
