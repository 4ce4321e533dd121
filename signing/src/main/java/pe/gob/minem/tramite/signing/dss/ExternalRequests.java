package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import pe.gob.minem.tramite.signing.PendingSignature;
import pe.gob.minem.tramite.signing.SigningException;

/**
 * Pending external signing requests, in memory, each under a random id. A request is taken out
 * atomically when it is completed, so it completes at most once; it expires after the configured
 * time. A completion that fails (wrong value or certificate) also uses the request up: the client
 * prepares a new one.
 */
final class ExternalRequests {

  record Request(
      String id,
      DssSigningService.Prepared prepared,
      byte[] dataToSign,
      SignatureAlgorithm algorithm,
      Instant expiresAt) {}

  private final Duration ttl;
  private final Map<String, Request> open = new ConcurrentHashMap<>();
  private final Map<String, Instant> taken = new ConcurrentHashMap<>();

  ExternalRequests(Duration ttl) {
    this.ttl = ttl;
  }

  PendingSignature add(
      DssSigningService.Prepared prepared, byte[] dataToSign, SignatureAlgorithm algorithm) {
    purge();
    String id = UUID.randomUUID().toString();
    Instant expiresAt = Instant.now().plus(ttl);
    open.put(id, new Request(id, prepared, dataToSign, algorithm, expiresAt));
    return new PendingSignature(
        id, dataToSign.clone(), "SHA-256", sha256(dataToSign), algorithm.getJCEId(), expiresAt);
  }

  Request take(String id) {
    Request request = open.remove(id);
    if (request == null) {
      if (taken.containsKey(id)) {
        throw new SigningException("La solicitud de firma " + id + " ya fue completada");
      }
      throw new SigningException("La solicitud de firma " + id + " no existe o ya expiró");
    }
    taken.put(id, request.expiresAt());
    if (Instant.now().isAfter(request.expiresAt())) {
      throw new SigningException(
          "La solicitud de firma " + id + " expiró a las " + request.expiresAt());
    }
    return request;
  }

  static boolean verifies(Request request, byte[] signatureValue) {
    try {
      Signature verifier = Signature.getInstance(request.algorithm().getJCEId());
      verifier.initVerify(request.prepared().chain().get(0).getPublicKey());
      verifier.update(request.dataToSign());
      return verifier.verify(signatureValue);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private void purge() {
    Instant now = Instant.now();
    open.values().removeIf(r -> now.isAfter(r.expiresAt()));
    taken.values().removeIf(expiry -> now.isAfter(expiry.plus(ttl)));
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
