package pe.gob.minem.tramite.agente;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import sun.security.pkcs11.wrapper.CK_ATTRIBUTE;
import sun.security.pkcs11.wrapper.CK_C_INITIALIZE_ARGS;
import sun.security.pkcs11.wrapper.CK_MECHANISM;
import sun.security.pkcs11.wrapper.CK_TOKEN_INFO;
import sun.security.pkcs11.wrapper.PKCS11;
import sun.security.pkcs11.wrapper.PKCS11Exception;

/**
 * A PKCS#11 module (OpenSC for the DNIe, a vendor's driver, SoftHSM2 in the tests), every slot that
 * holds a token.
 *
 * <p>It talks to the module through the JDK's own PKCS#11 wrapper, the one SunPKCS11 is built on,
 * rather than through SunPKCS11's KeyStore: that KeyStore cannot list a token's certificates before
 * the PIN is given, does not say how many tries are left, and keeps logins shared between
 * providers. Here one session per batch: log in once, sign every digest, log out.
 */
final class AlmacenPkcs11 implements Almacen {

  // PKCS#11 v2.40 constants (the wrapper's PKCS11Constants is not exported either).
  private static final long CKF_OS_LOCKING_OK = 0x2;
  private static final long CKF_SERIAL_SESSION = 0x4;
  private static final long CKF_PROTECTED_AUTHENTICATION_PATH = 0x100;
  private static final long CKF_USER_PIN_COUNT_LOW = 0x10000;
  private static final long CKF_USER_PIN_FINAL_TRY = 0x20000;
  private static final long CKF_USER_PIN_LOCKED = 0x40000;
  private static final long CKU_USER = 1;
  private static final long CKA_CLASS = 0x0;
  private static final long CKA_VALUE = 0x11;
  private static final long CKA_KEY_TYPE = 0x100;
  private static final long CKA_ID = 0x102;
  private static final long CKO_CERTIFICATE = 1;
  private static final long CKO_PRIVATE_KEY = 3;
  private static final long CKK_EC = 3;
  private static final long CKM_RSA_PKCS = 0x1;
  private static final long CKM_ECDSA = 0x1041;
  private static final long CKR_DEVICE_ERROR = 0x30;
  private static final long CKR_DEVICE_REMOVED = 0x32;
  private static final long CKR_PIN_INCORRECT = 0xA0;
  private static final long CKR_PIN_LEN_RANGE = 0xA2;
  private static final long CKR_PIN_LOCKED = 0xA4;
  private static final long CKR_SESSION_CLOSED = 0xB0;
  private static final long CKR_SESSION_HANDLE_INVALID = 0xB3;
  private static final long CKR_TOKEN_NOT_PRESENT = 0xE0;
  private static final long CKR_TOKEN_NOT_RECOGNIZED = 0xE1;
  private static final long CKR_USER_ALREADY_LOGGED_IN = 0x100;

  private final Path modulo;
  private PKCS11 p11;

  AlmacenPkcs11(Path modulo) {
    this.modulo = modulo;
  }

  @Override
  public String nombre() {
    return "PKCS#11 " + modulo;
  }

  @Override
  public boolean presente() {
    try {
      return p11().C_GetSlotList(true).length > 0;
    } catch (ErrorDelAgente | PKCS11Exception e) {
      return false;
    }
  }

  @Override
  public List<Certificado> certificados() throws ErrorDelAgente {
    List<Certificado> r = new ArrayList<>();
    for (Ubicado u : leer()) {
      r.add(u.certificado());
    }
    return r;
  }

  @Override
  public Llave abrir(Certificado certificado, Function<String, PedidoDePin> pedido, PinProvider pin)
      throws ErrorDelAgente {
    Ubicado u =
        leer().stream()
            .filter(x -> x.certificado().id().equals(certificado.id()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ErrorDelAgente(
                        Codigo.TOKEN_AUSENTE,
                        "El token con el certificado de "
                            + certificado.titular()
                            + " ya no está conectado."));
    PKCS11 p = p11();
    long flags = flags(u.slot());
    if ((flags & CKF_USER_PIN_LOCKED) != 0) {
      throw bloqueado();
    }
    long sesion;
    try {
      sesion = p.C_OpenSession(u.slot(), CKF_SERIAL_SESSION, null, null);
    } catch (PKCS11Exception e) {
      throw ausente(e);
    }
    boolean listo = false;
    try {
      if ((flags & CKF_PROTECTED_AUTHENTICATION_PATH) != 0) {
        ingresar(sesion, u.slot(), null); // the token's own PIN pad asks
      } else {
        char[] clave =
            pin.pedirPin(pedido.apply(aviso(flags)))
                .orElseThrow(
                    () -> new ErrorDelAgente(Codigo.CANCELADO, "Se canceló el ingreso del PIN."));
        try {
          ingresar(sesion, u.slot(), clave);
        } finally {
          Arrays.fill(clave, '\0');
        }
      }
      long llave = llavePrivada(sesion, u.ckaId());
      boolean ec = atributo(sesion, llave, CKA_KEY_TYPE).getLong() == CKK_EC;
      listo = true;
      return new LlavePkcs11(u.slot(), sesion, llave, ec);
    } catch (PKCS11Exception e) {
      throw ausente(e);
    } finally {
      if (!listo) {
        cerrar(sesion);
      }
    }
  }

  private final class LlavePkcs11 implements Llave {
    private final long slot;
    private final long sesion;
    private final long llave;
    private final boolean ec;

    LlavePkcs11(long slot, long sesion, long llave, boolean ec) {
      this.slot = slot;
      this.sesion = sesion;
      this.llave = llave;
      this.ec = ec;
    }

    @Override
    public byte[] firmar(String digestAlgorithm, byte[] digest) throws ErrorDelAgente {
      try {
        if (ec) {
          p11.C_SignInit(sesion, new CK_MECHANISM(CKM_ECDSA), llave);
          return Resumenes.ecdsaDer(p11.C_Sign(sesion, digest));
        }
        p11.C_SignInit(sesion, new CK_MECHANISM(CKM_RSA_PKCS), llave);
        return p11.C_Sign(sesion, Resumenes.digestInfo(digestAlgorithm, digest));
      } catch (PKCS11Exception e) {
        if (retirado(e.getErrorCode()) || !hayToken(slot)) {
          throw new ErrorDelAgente(
              Codigo.TOKEN_RETIRADO,
              "Se retiró el token antes de firmar este documento: vuelva a conectarlo y firme los"
                  + " pendientes.",
              e);
        }
        throw new ErrorDelAgente(
            Codigo.ERROR_DE_FIRMA, "El token no pudo firmar: " + e.getMessage() + ".", e);
      }
    }

    @Override
    public void close() {
      cerrar(sesion);
    }
  }

  private void ingresar(long sesion, long slot, char[] clave) throws ErrorDelAgente {
    try {
      try {
        p11.C_Login(sesion, CKU_USER, clave);
      } catch (PKCS11Exception e) {
        if (e.getErrorCode() != CKR_USER_ALREADY_LOGGED_IN) {
          throw e;
        }
        // left logged in by someone else in this process: the PIN must still be checked
        p11.C_Logout(sesion);
        p11.C_Login(sesion, CKU_USER, clave);
      }
    } catch (PKCS11Exception e) {
      long codigo = e.getErrorCode();
      if (codigo == CKR_PIN_LOCKED) {
        throw bloqueado();
      }
      if (codigo == CKR_PIN_INCORRECT || codigo == CKR_PIN_LEN_RANGE) {
        long flags = flags(slot);
        if ((flags & CKF_USER_PIN_LOCKED) != 0) {
          throw bloqueado();
        }
        if ((flags & CKF_USER_PIN_FINAL_TRY) != 0) {
          throw new ErrorDelAgente(
              Codigo.PIN_INCORRECTO,
              "El PIN es incorrecto. Le queda un solo intento antes de que se bloquee.",
              1,
              e);
        }
        throw new ErrorDelAgente(
            Codigo.PIN_INCORRECTO,
            "El PIN es incorrecto."
                + ((flags & CKF_USER_PIN_COUNT_LOW) != 0
                    ? " Quedan pocos intentos antes de que se bloquee."
                    : ""),
            null,
            e);
      }
      throw ausente(e);
    }
  }

  private static ErrorDelAgente bloqueado() {
    return new ErrorDelAgente(
        Codigo.PIN_BLOQUEADO,
        "El PIN del token está bloqueado. Desbloquéelo con el PUK o en una oficina de registro"
            + " (el DNIe, en un punto de atención del RENIEC).",
        0,
        null);
  }

  private static String aviso(long flags) {
    if ((flags & CKF_USER_PIN_FINAL_TRY) != 0) {
      return "Atención: le queda un solo intento; si el PIN es incorrecto, se bloqueará.";
    }
    if ((flags & CKF_USER_PIN_COUNT_LOW) != 0) {
      return "Atención: ya se ingresó un PIN incorrecto; quedan pocos intentos.";
    }
    return null;
  }

  private static boolean retirado(long codigo) {
    return codigo == CKR_DEVICE_REMOVED
        || codigo == CKR_DEVICE_ERROR
        || codigo == CKR_TOKEN_NOT_PRESENT
        || codigo == CKR_TOKEN_NOT_RECOGNIZED
        || codigo == CKR_SESSION_CLOSED
        || codigo == CKR_SESSION_HANDLE_INVALID;
  }

  private ErrorDelAgente ausente(PKCS11Exception e) {
    if (retirado(e.getErrorCode())) {
      return new ErrorDelAgente(Codigo.TOKEN_AUSENTE, "El token no está conectado.", e);
    }
    return new ErrorDelAgente(
        Codigo.ERROR_INTERNO, "El token respondió con un error: " + e.getMessage() + ".", e);
  }

  private boolean hayToken(long slot) {
    try {
      for (long s : p11.C_GetSlotList(true)) {
        if (s == slot) {
          p11.C_GetTokenInfo(slot);
          return true;
        }
      }
    } catch (PKCS11Exception e) {
      // treated as gone
    }
    return false;
  }

  private long flags(long slot) throws ErrorDelAgente {
    try {
      return p11().C_GetTokenInfo(slot).flags;
    } catch (PKCS11Exception e) {
      throw ausente(e);
    }
  }

  private void cerrar(long sesion) {
    try {
      p11.C_Logout(sesion);
    } catch (PKCS11Exception e) {
      // not logged in, or the token is gone: nothing to undo
    }
    try {
      p11.C_CloseSession(sesion);
    } catch (PKCS11Exception e) {
      // idem
    }
  }

  /** A certificate with its slot and CKA_ID, which names its private key on the token. */
  private record Ubicado(Certificado certificado, long slot, byte[] ckaId) {}

  private List<Ubicado> leer() throws ErrorDelAgente {
    PKCS11 p = p11();
    List<Ubicado> r = new ArrayList<>();
    long[] slots;
    try {
      slots = p.C_GetSlotList(true);
    } catch (PKCS11Exception e) {
      throw ausente(e);
    }
    for (long slot : slots) {
      try {
        CK_TOKEN_INFO info = p.C_GetTokenInfo(slot);
        String etiqueta = new String(info.label).trim();
        long sesion = p.C_OpenSession(slot, CKF_SERIAL_SESSION, null, null);
        try {
          r.addAll(certificadosDelToken(sesion, slot, etiqueta));
        } finally {
          p.C_CloseSession(sesion);
        }
      } catch (PKCS11Exception e) {
        // a token removed while being read: it simply is not listed
      }
    }
    return r;
  }

  private List<Ubicado> certificadosDelToken(long sesion, long slot, String etiqueta)
      throws PKCS11Exception {
    List<X509Certificate> todos = new ArrayList<>();
    List<byte[]> ids = new ArrayList<>();
    for (long h : buscar(sesion, CKO_CERTIFICATE, null)) {
      Optional<X509Certificate> c = x509(atributo(sesion, h, CKA_VALUE).getByteArray());
      if (c.isPresent()) {
        todos.add(c.get());
        CK_ATTRIBUTE id = atributo(sesion, h, CKA_ID);
        ids.add(id.pValue == null ? new byte[0] : id.getByteArray());
      }
    }
    List<Ubicado> r = new ArrayList<>();
    for (int i = 0; i < todos.size(); i++) {
      X509Certificate c = todos.get(i);
      if (c.getBasicConstraints() < 0) { // end-entity: the CA certificates only make chains
        r.add(new Ubicado(Certificado.de(etiqueta, Cadenas.construir(c, todos)), slot, ids.get(i)));
      }
    }
    return r;
  }

  private long llavePrivada(long sesion, byte[] ckaId) throws PKCS11Exception, ErrorDelAgente {
    long[] llaves = buscar(sesion, CKO_PRIVATE_KEY, ckaId);
    if (llaves.length == 0) {
      throw new ErrorDelAgente(
          Codigo.CERTIFICADO_NO_ENCONTRADO,
          "El token no tiene la clave privada de este certificado.");
    }
    return llaves[0];
  }

  private long[] buscar(long sesion, long clase, byte[] ckaId) throws PKCS11Exception {
    CK_ATTRIBUTE[] plantilla =
        ckaId == null
            ? new CK_ATTRIBUTE[] {new CK_ATTRIBUTE(CKA_CLASS, clase)}
            : new CK_ATTRIBUTE[] {
              new CK_ATTRIBUTE(CKA_CLASS, clase), new CK_ATTRIBUTE(CKA_ID, ckaId)
            };
    p11.C_FindObjectsInit(sesion, plantilla);
    try {
      List<Long> r = new ArrayList<>();
      long[] lote;
      while ((lote = p11.C_FindObjects(sesion, 32)).length > 0) {
        for (long h : lote) {
          r.add(h);
        }
      }
      return r.stream().mapToLong(Long::longValue).toArray();
    } finally {
      p11.C_FindObjectsFinal(sesion);
    }
  }

  private CK_ATTRIBUTE atributo(long sesion, long objeto, long tipo) throws PKCS11Exception {
    CK_ATTRIBUTE[] a = {new CK_ATTRIBUTE(tipo)};
    p11.C_GetAttributeValue(sesion, objeto, a);
    return a[0];
  }

  private static Optional<X509Certificate> x509(byte[] der) {
    try {
      return Optional.of(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der)));
    } catch (CertificateException | RuntimeException e) {
      return Optional.empty(); // not an X.509 certificate: not one the portal can use
    }
  }

  private synchronized PKCS11 p11() throws ErrorDelAgente {
    if (p11 == null) {
      if (!Files.isRegularFile(modulo)) {
        throw new ErrorDelAgente(
            Codigo.TOKEN_AUSENTE,
            "No se encontró el módulo PKCS#11 "
                + modulo
                + ": instale OpenSC (o el controlador de su token) o indique su ruta con --pkcs11.");
      }
      try {
        CK_C_INITIALIZE_ARGS args = new CK_C_INITIALIZE_ARGS();
        args.flags = CKF_OS_LOCKING_OK;
        p11 = PKCS11.getInstance(modulo.toString(), "C_GetFunctionList", args, false);
      } catch (IOException | PKCS11Exception e) {
        throw new ErrorDelAgente(
            Codigo.TOKEN_AUSENTE,
            "No se pudo cargar el módulo PKCS#11 " + modulo + ": " + e.getMessage(),
            e);
      }
    }
    return p11;
  }
}
