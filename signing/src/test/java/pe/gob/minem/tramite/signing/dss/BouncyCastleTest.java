package pe.gob.minem.tramite.signing.dss;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class BouncyCastleTest {

  /** A «BC» of another application (another class), as a closed deployment leaves behind. */
  static final class Ajeno extends Provider {
    Ajeno() {
      super("BC", "0", "un BC de otra aplicación");
    }
  }

  @Test
  void reemplazaUnBcAjenoYAlLiberarloNoQuedaNinguno() {
    Provider antes = Security.getProvider("BC");
    try {
      Security.removeProvider("BC");
      Security.addProvider(new Ajeno());
      BouncyCastle.ensureRegistered();
      assertSame(BouncyCastleProvider.class, Security.getProvider("BC").getClass());
      Provider nuestro = Security.getProvider("BC");
      BouncyCastle.ensureRegistered(); // already ours: left as it is
      assertSame(nuestro, Security.getProvider("BC"));
      BouncyCastle.release();
      assertNull(Security.getProvider("BC"));
      // another application's «BC» is not ours to remove
      Security.addProvider(new Ajeno());
      BouncyCastle.release();
      assertSame(Ajeno.class, Security.getProvider("BC").getClass());
    } finally {
      Security.removeProvider("BC");
      if (antes != null) {
        Security.addProvider(antes);
      }
    }
  }
}
