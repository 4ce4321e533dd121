package pe.gob.minem.tramite.agente;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /firmas}: which certificate, which digest algorithm, and the documents'
 * digests (or the data to sign, which the agent digests).
 */
record PedidoDeFirma(String certificado, String digestAlgorithm, List<Documento> documentos) {

  static final int MAXIMO_DE_DOCUMENTOS = 500;

  /** One document: the portal's id for it, its digest, and what the PIN dialog calls it. */
  record Documento(String id, byte[] digest, String descripcion) {}

  static PedidoDeFirma de(Object json) throws ErrorDelAgente {
    if (!(json instanceof Map<?, ?> m)) {
      throw invalida("el cuerpo debe ser un objeto JSON");
    }
    String certificado = texto(m.get("certificado"), "certificado");
    String algoritmo = Resumenes.normalizar(opcional(m.get("digestAlgorithm"), "digestAlgorithm"));
    if (!(m.get("firmas") instanceof List<?> firmas) || firmas.isEmpty()) {
      throw invalida("falta 'firmas', la lista de documentos a firmar");
    }
    if (firmas.size() > MAXIMO_DE_DOCUMENTOS) {
      throw invalida("se firman a lo más " + MAXIMO_DE_DOCUMENTOS + " documentos por pedido");
    }
    List<Documento> documentos = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Object f : firmas) {
      if (!(f instanceof Map<?, ?> d)) {
        throw invalida("cada firma debe ser un objeto {id, digest | datos}");
      }
      String id = texto(d.get("id"), "id");
      if (!ids.add(id)) {
        throw invalida("el id '" + id + "' se repite");
      }
      String digest = opcional(d.get("digest"), "digest");
      String datos = opcional(d.get("datos"), "datos");
      byte[] resumen;
      if (digest != null) {
        resumen = base64(digest, id);
        if (resumen.length != Resumenes.longitud(algoritmo)) {
          throw invalida("el digest de '" + id + "' no tiene la longitud de " + algoritmo);
        }
      } else if (datos != null) {
        resumen = Resumenes.calcular(algoritmo, base64(datos, id));
      } else {
        throw invalida("la firma '" + id + "' no trae 'digest' ni 'datos'");
      }
      String descripcion = opcional(d.get("descripcion"), "descripcion");
      documentos.add(new Documento(id, resumen, descripcion == null ? id : descripcion));
    }
    return new PedidoDeFirma(certificado, algoritmo, documentos);
  }

  private static byte[] base64(String valor, String id) throws ErrorDelAgente {
    try {
      return Base64.getDecoder().decode(valor);
    } catch (IllegalArgumentException e) {
      throw invalida("la firma '" + id + "' no está en Base64");
    }
  }

  private static String texto(Object valor, String campo) throws ErrorDelAgente {
    String t = opcional(valor, campo);
    if (t == null || t.isBlank()) {
      throw invalida("falta '" + campo + "'");
    }
    return t;
  }

  private static String opcional(Object valor, String campo) throws ErrorDelAgente {
    if (valor == null || valor instanceof String) {
      return (String) valor;
    }
    throw invalida("'" + campo + "' debe ser texto");
  }

  private static ErrorDelAgente invalida(String detalle) {
    return new ErrorDelAgente(
        Codigo.SOLICITUD_INVALIDA, "Pedido de firma inválido: " + detalle + ".");
  }
}
