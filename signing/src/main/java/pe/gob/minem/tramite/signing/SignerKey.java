package pe.gob.minem.tramite.signing;

/**
 * Where the signer's private key lives. The server opens the key, signs, and closes it again; for
 * keys that stay on the client see {@link SigningService#prepare}.
 */
public sealed interface SignerKey permits Pkcs12Key, Pkcs11Key {}
