package pe.gob.minem.tramite.agente;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the agent does for the portal: lists the certificates of its stores and signs a batch of
 * digests with one of them, asking the PIN once.
 *
 * <p>Revocation is not checked here: the portal asks the certificate's OCSP responder at step 1 and
 * refuses a revoked certificate before any digest reaches the agent (ADR 0019). The agent checks
 * the validity dates only, so that an expired DNIe is told apart before its PIN is typed.
 */
final class ServicioDeFirma {

  private static final Logger LOG = Logger.getLogger(ServicioDeFirma.class.getName());
  private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** The outcome for one document: its signature value, or why it has none. */
  record Resultado(String id, byte[] firma, ErrorDelAgente error) {}

  private final List<Almacen> almacenes;
  private final PinProvider pin;
  private final Clock reloj;

  ServicioDeFirma(List<Almacen> almacenes, PinProvider pin, Clock reloj) {
    this.almacenes = List.copyOf(almacenes);
    this.pin = pin;
    this.reloj = reloj;
  }

  List<Almacen> almacenes() {
    return almacenes;
  }

  boolean tokenPresente() {
    return almacenes.stream().anyMatch(Almacen::presente);
  }

  List<Certificado> certificados() throws ErrorDelAgente {
    List<Certificado> r = new ArrayList<>();
    ErrorDelAgente primero = null;
    for (Almacen a : almacenes) {
      try {
        r.addAll(a.certificados());
      } catch (ErrorDelAgente e) {
        primero = primero == null ? e : primero;
      }
    }
    if (r.isEmpty() && primero != null) {
      throw primero;
    }
    return r;
  }

  /**
   * Signs every document of the batch. Refusals that concern the whole batch (certificate, PIN,
   * token absent, cancelled) are thrown; once the key is open, each document gets its own result,
   * and when the token goes away the documents not yet signed get {@link Codigo#TOKEN_RETIRADO}
   * while the signed ones keep their signatures.
   */
  List<Resultado> firmar(String origen, PedidoDeFirma pedido) throws ErrorDelAgente {
    Almacen almacen = null;
    Certificado certificado = null;
    for (Almacen a : almacenes) {
      try {
        for (Certificado c : a.certificados()) {
          if (c.esLlamado(pedido.certificado())) {
            almacen = a;
            certificado = c;
          }
        }
      } catch (ErrorDelAgente e) {
        // that store has no token: another may have the certificate
      }
      if (certificado != null) {
        break;
      }
    }
    if (certificado == null) {
      if (!tokenPresente()) {
        throw new ErrorDelAgente(
            Codigo.TOKEN_AUSENTE, "No hay ningún token conectado: conecte su DNIe o token.");
      }
      throw new ErrorDelAgente(
          Codigo.CERTIFICADO_NO_ENCONTRADO,
          "El certificado " + pedido.certificado() + " no está en el token conectado.");
    }
    vigente(certificado);
    Certificado elegido = certificado;
    List<String> documentos =
        pedido.documentos().stream().map(PedidoDeFirma.Documento::descripcion).toList();
    List<Resultado> resultados = new ArrayList<>();
    try (Almacen.Llave llave =
        almacen.abrir(
            elegido,
            aviso -> new PedidoDePin(origen, elegido.titular(), elegido.token(), documentos, aviso),
            pin)) {
      ErrorDelAgente retirado = null;
      int total = pedido.documentos().size();
      for (PedidoDeFirma.Documento d : pedido.documentos()) {
        if (retirado != null) {
          resultados.add(new Resultado(d.id(), null, retirado));
        } else {
          try {
            resultados.add(
                new Resultado(d.id(), llave.firmar(pedido.digestAlgorithm(), d.digest()), null));
          } catch (ErrorDelAgente e) {
            resultados.add(new Resultado(d.id(), null, e));
            if (e.codigo() == Codigo.TOKEN_RETIRADO) {
              retirado = e;
            }
          }
        }
        pin.avance(resultados.size(), total);
      }
    }
    long firmados = resultados.stream().filter(r -> r.firma() != null).count();
    LOG.info(
        () ->
            "Firmados "
                + firmados
                + " de "
                + resultados.size()
                + " documentos para "
                + origen
                + " con el certificado "
                + elegido.numeroDeSerie());
    return resultados;
  }

  private void vigente(Certificado certificado) throws ErrorDelAgente {
    X509Certificate c = certificado.certificado();
    Instant ahora = reloj.instant();
    ZoneId zona = reloj.getZone();
    if (ahora.isAfter(c.getNotAfter().toInstant())) {
      throw new ErrorDelAgente(
          Codigo.CERTIFICADO_VENCIDO,
          "El certificado de "
              + certificado.titular()
              + " venció el "
              + FECHA.format(c.getNotAfter().toInstant().atZone(zona))
              + ": renuévelo para firmar.");
    }
    if (ahora.isBefore(c.getNotBefore().toInstant())) {
      throw new ErrorDelAgente(
          Codigo.CERTIFICADO_AUN_NO_VIGENTE,
          "El certificado de "
              + certificado.titular()
              + " es válido recién desde el "
              + FECHA.format(c.getNotBefore().toInstant().atZone(zona))
              + ".");
    }
  }
}
