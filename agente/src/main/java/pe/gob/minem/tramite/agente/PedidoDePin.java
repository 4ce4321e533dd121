package pe.gob.minem.tramite.agente;

import java.util.List;

/**
 * What the PIN dialog shows, so that the signer knows who asks and for what before typing it.
 *
 * @param origen the portal's origin, as checked against the allow-list
 * @param titular the certificate holder's name
 * @param token the token's label
 * @param documentos one description per document of the batch (as the portal gave them)
 * @param aviso a warning from the token (last try left...), or {@code null}
 */
public record PedidoDePin(
    String origen, String titular, String token, List<String> documentos, String aviso) {

  public PedidoDePin {
    documentos = List.copyOf(documentos);
  }

  /** The dialog's text, in Spanish. */
  String mensaje() {
    StringBuilder sb = new StringBuilder();
    sb.append(origen).append(" pide firmar ");
    sb.append(documentos.size() == 1 ? "1 documento" : documentos.size() + " documentos");
    sb.append("\ncon el certificado de ").append(titular);
    sb.append("\n(token «").append(token).append("»).\n");
    int mostrados = Math.min(documentos.size(), 10);
    for (int i = 0; i < mostrados; i++) {
      sb.append("\n • ").append(documentos.get(i));
    }
    if (documentos.size() > mostrados) {
      sb.append("\n • … y ").append(documentos.size() - mostrados).append(" más");
    }
    if (aviso != null) {
      sb.append("\n\n").append(aviso);
    }
    sb.append("\n\nIngrese el PIN solo si usted inició esta firma en el portal.");
    return sb.toString();
  }
}
