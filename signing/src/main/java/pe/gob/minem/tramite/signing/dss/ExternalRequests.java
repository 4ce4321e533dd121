package pe.gob.minem.tramite.signing.dss;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import pe.gob.minem.tramite.signing.PendingRequests;
import pe.gob.minem.tramite.signing.PendingSignature;
import pe.gob.minem.tramite.signing.SigningException;

/**
 * Pending external signing requests, each under a random id, kept in a {@link PendingRequests}
 * store as bytes: the prepared PDF (with its visible stamp already drawn) and DSS's signature
 * parameters, which are {@link Serializable} and fix the signing time, so that any node rebuilds
 * the same data to sign and finishes the same signature. A request is taken out atomically when it
 * is completed, so it completes at most once; it expires after the configured time. A completion
 * that fails (wrong value or certificate) also uses the request up: the client prepares a new one.
 */
final class ExternalRequests {

  /** What a completion needs, rebuilt from the stored bytes. */
  record Request(
      String id,
      byte[] pdf,
      PAdESSignatureParameters parameters,
      List<X509Certificate> chain,
      String level,
      String motivo,
      byte[] dataToSign,
      SignatureAlgorithm algorithm,
      Instant expiresAt)
      implements Serializable {}

  /** Only these classes may come out of a stored request (JDK, DSS, this module). */
  private static final List<String> PERMITIDAS =
      List.of(
          "java.",
          "javax.security.auth.x500.",
          "sun.security.",
          "sun.util.calendar.",
          "org.bouncycastle.",
          "eu.europa.esig.",
          "pe.gob.minem.tramite.");

  private static final ObjectInputFilter CLASSES =
      info -> {
        if (info.depth() > 64 || info.streamBytes() > 64L * 1024 * 1024) {
          return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        while (c != null && c.isArray()) {
          c = c.getComponentType();
        }
        if (c == null || c.isPrimitive()) {
          return ObjectInputFilter.Status.UNDECIDED;
        }
        String nombre = c.getName();
        if (PERMITIDAS.stream().anyMatch(nombre::startsWith)) {
          return ObjectInputFilter.Status.ALLOWED;
        }
        java.util.logging.Logger.getLogger(ExternalRequests.class.getName())
            .warning(() -> "Clase rechazada en una solicitud de firma guardada: " + nombre);
        return ObjectInputFilter.Status.REJECTED;
      };

  private final Duration ttl;
  private final PendingRequests store;
  private final Map<String, Instant> taken = new ConcurrentHashMap<>();

  ExternalRequests(Duration ttl, PendingRequests store) {
    this.ttl = ttl;
    this.store = store;
  }

  PendingSignature add(
      DssSigningService.Prepared prepared, byte[] dataToSign, SignatureAlgorithm algorithm) {
    purge();
    String id = UUID.randomUUID().toString();
    Instant expiresAt = Instant.now().plus(ttl);
    var request =
        new Request(
            id,
            DssSigningService.bytes(prepared.document()),
            prepared.parameters(),
            prepared.chain(),
            prepared.options().level().label(),
            prepared.options().motivo(),
            dataToSign,
            algorithm,
            expiresAt);
    store.put(id, serialize(request), expiresAt);
    return new PendingSignature(
        id, dataToSign.clone(), "SHA-256", sha256(dataToSign), algorithm.getJCEId(), expiresAt);
  }

  Request take(String id) {
    var stored = store.take(id);
    if (stored.isEmpty()) {
      if (taken.containsKey(id)) {
        throw new SigningException("La solicitud de firma " + id + " ya fue completada");
      }
      throw new SigningException(
          "La solicitud de firma " + id + " no existe, ya expiró o ya fue completada");
    }
    Request request = deserialize(stored.get());
    taken.put(id, request.expiresAt());
    if (Instant.now().isAfter(request.expiresAt())) {
      throw new SigningException(
          "La solicitud de firma " + id + " expiró a las " + request.expiresAt());
    }
    return request;
  }

  /** The document and parameters of a taken request, as DSS signs them. */
  static DssSigningService.Prepared prepared(Request r) {
    return new DssSigningService.Prepared(
        new InMemoryDocument(r.pdf()), r.parameters(), r.chain(), null);
  }

  static boolean verifies(Request request, byte[] signatureValue) {
    try {
      Signature verifier = Signature.getInstance(request.algorithm().getJCEId());
      verifier.initVerify(request.chain().get(0).getPublicKey());
      verifier.update(request.dataToSign());
      return verifier.verify(signatureValue);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static byte[] serialize(Request request) {
    var out = new ByteArrayOutputStream();
    try (var o = new ObjectOutputStream(out)) {
      o.writeObject(request);
    } catch (IOException e) {
      throw new SigningException("No se pudo guardar la solicitud de firma: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  static Request deserialize(byte[] bytes) {
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(CLASSES);
      return (Request) in.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new SigningException(
          "La solicitud de firma guardada no se puede leer: prepare la firma de nuevo", e);
    }
  }

  private void purge() {
    Instant now = Instant.now();
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
