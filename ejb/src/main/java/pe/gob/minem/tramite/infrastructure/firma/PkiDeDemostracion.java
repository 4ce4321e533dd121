package pe.gob.minem.tramite.infrastructure.firma;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import pe.gob.minem.tramite.signing.demo.DemoPki;
import pe.gob.minem.tramite.signing.demo.IssuedPerson;

/**
 * The administration of the offline demo PKI (demo mode only): a person's certificate, revoking it,
 * issuing a new one (or an expired one, to show the refusal), and which TSA stamps the signatures.
 * Split from {@link FirmaDigital}, the portal's gateway to signing and validation, whose keys and
 * caches it keeps coherent.
 */
@ApplicationScoped
public class PkiDeDemostracion {

  @Inject FirmaDigital firma;

  /** Is the demo PKI running (demo mode)? */
  public boolean activa() {
    return firma.isDemo();
  }

  public Optional<FirmaDigital.CertificadoDemo> certificadoDe(String dni) {
    return firma.pkiDeDemostracion().person(dni).map(p -> firma.vista(p.certificate()));
  }

  /**
   * Revokes the person's current demo certificate now (a lost token, say): the PKI's OCSP and CRL
   * say so, and this portal forgets what it cached about it, so the next signature is refused.
   */
  public FirmaDigital.CertificadoDemo revocar(String dni) {
    DemoPki p = firma.pkiDeDemostracion();
    X509Certificate c;
    synchronized (p) {
      c =
          p.person(dni)
              .orElseThrow(() -> new IllegalArgumentException("sin certificado de demostración"))
              .certificate();
      if (p.revocationTime(c).isEmpty()) {
        p.revoke(c);
      }
    }
    firma.olvidar(c.getSerialNumber());
    firma.olvidarEstadosDeRevocacion();
    return firma.vista(c);
  }

  /**
   * Issues the person a new demo certificate (and key): valid for two years from now, or — to show
   * and test the refusal — one that expired yesterday.
   */
  public FirmaDigital.CertificadoDemo emitir(FirmaDigital.Titular t, boolean vencido) {
    DemoPki p = firma.pkiDeDemostracion();
    Instant ahora = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    IssuedPerson nueva;
    synchronized (p) {
      p.person(t.dni())
          .ifPresent(anterior -> firma.olvidar(anterior.certificate().getSerialNumber()));
      nueva =
          vencido
              ? p.issuePerson(
                  t.nombre(),
                  t.dni(),
                  t.cargo(),
                  t.unidad(),
                  ahora.minus(Duration.ofDays(30)),
                  ahora.minus(Duration.ofDays(1)))
              : p.issuePerson(
                  t.nombre(),
                  t.dni(),
                  t.cargo(),
                  t.unidad(),
                  ahora.minus(Duration.ofMinutes(10)),
                  ahora.plus(Duration.ofDays(730)));
    }
    return firma.vista(nueva.certificate());
  }

  /** What timestamps the portal's signatures now. */
  public String tsaActual() {
    return firma.sellado() == null ? null : firma.sellado().estado().descripcion();
  }

  public boolean tsaCambiada() {
    return firma.sellado() != null && firma.sellado().estado().cambiada();
  }

  /** Demo only: timestamps go to this URL until {@link #restablecerTsa()}. */
  public void usarTsa(URI url) {
    firma.pkiDeDemostracion();
    if (firma.sellado() == null) {
      throw new IllegalStateException("sin autoridad de sellado de tiempo");
    }
    firma.sellado().cambiarA(url);
  }

  public void restablecerTsa() {
    firma.pkiDeDemostracion();
    if (firma.sellado() != null) {
      firma.sellado().restablecer();
    }
  }
}
