package pe.gob.minem.tramite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * A client-side signature prepared on one node and completed on another (ADR 0041): two signing
 * services that share only a store of bytes, as two portals share the database. The second one
 * rebuilds the request from the bytes in a fresh object graph, and DSS and pdfsig validate the
 * result; the request still completes once.
 */
class FirmaExternaEntreNodosTest extends SignatureScenario {

  /** A store that only keeps bytes, and counts what went through it. */
  static final class Compartido implements PendingRequests {
    final PendingRequests bytes = PendingRequests.inMemory();
    final List<String> guardadas = new ArrayList<>();

    @Override
    public void put(String id, byte[] request, java.time.Instant expiresAt) {
      guardadas.add(id);
      bytes.put(id, request, expiresAt);
    }

    @Override
    public Optional<byte[]> take(String id) {
      return bytes.take(id);
    }
  }

  @Test
  void loQuePreparaUnNodoLoCompletaOtroUnaSolaVez() throws Exception {
    var compartido = new Compartido();
    SigningService nodoA = SigningService.create(config(), compartido);
    SigningService nodoB = SigningService.create(config(), compartido);
    IssuedPerson director = TestPki.director();

    PendingSignature pendiente =
        nodoA.prepare(
            SamplePdf.informe(4),
            director.chain(),
            SignatureOptions.vistoBueno(PadesLevel.B_T)
                .withStamp(
                    Stamp.automatic().withFirmante("María Quispe Huamán", "Directora", "OTI")));
    assertEquals(List.of(pendiente.id()), compartido.guardadas);

    byte[] valor = FirmaExternaTest.clientSignsDigest(director.privateKey(), pendiente.digest());
    byte[] firmado = nodoB.complete(pendiente.id(), valor, director.chain());

    assertAllPassed(firmado, 1);
    Pdfsig.assertAllValid(firmado, 1);
    SigningException otraVez =
        assertThrows(
            SigningException.class, () -> nodoA.complete(pendiente.id(), valor, director.chain()));
    assertTrue(otraVez.getMessage().contains("ya fue completada"), otraVez.getMessage());
  }
}
