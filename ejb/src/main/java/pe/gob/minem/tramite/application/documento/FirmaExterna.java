package pe.gob.minem.tramite.application.documento;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Step 3 of client-side signing: the id of the request the server prepared, the signature value the
 * client computed with its own key over the digest, and its certificate chain.
 */
public record FirmaExterna(String solicitud, byte[] valor, List<X509Certificate> cadena) {}
