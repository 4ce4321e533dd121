package pe.gob.minem.tramite.signing.dss;

/** ETSI EN 319 102-1 sub-indications in plain Spanish. */
final class Explicaciones {

  private Explicaciones() {}

  static String of(String indication, String subIndication) {
    if (subIndication == null) {
      return switch (indication) {
        case "TOTAL_PASSED" -> "La firma es válida.";
        case "TOTAL_FAILED" -> "La firma no es válida.";
        default -> "No se pudo determinar si la firma es válida.";
      };
    }
    return switch (subIndication) {
      case "FORMAT_FAILURE" ->
          "La firma no respeta el formato: el documento fue modificado después de firmar o la"
              + " estructura de la firma es incorrecta.";
      case "HASH_FAILURE" ->
          "El contenido firmado fue alterado: su huella no coincide con la firmada.";
      case "SIG_CRYPTO_FAILURE" ->
          "El valor de la firma no se verifica con la clave pública del firmante.";
      case "REVOKED" -> "El certificado del firmante fue revocado antes de la firma.";
      case "SIG_CONSTRAINTS_FAILURE" ->
          "La firma no cumple las restricciones de la política de validación.";
      case "CHAIN_CONSTRAINTS_FAILURE" ->
          "La cadena de certificados no cumple la política de validación.";
      case "CERTIFICATE_CHAIN_GENERAL_FAILURE" -> "La cadena de certificados es inválida.";
      case "CRYPTO_CONSTRAINTS_FAILURE" -> "Un algoritmo criptográfico usado ya no es seguro.";
      case "CRYPTO_CONSTRAINTS_FAILURE_NO_POE" ->
          "Un algoritmo criptográfico ya no es seguro y no hay prueba de que la firma sea anterior.";
      case "EXPIRED" -> "La firma se hizo después de que venciera el certificado del firmante.";
      case "NOT_YET_VALID" ->
          "La firma se hizo antes de que el certificado del firmante fuera válido.";
      case "POLICY_PROCESSING_ERROR" -> "No se pudo procesar la política de firma.";
      case "SIGNATURE_POLICY_NOT_AVAILABLE" -> "La política de firma indicada no está disponible.";
      case "TIMESTAMP_ORDER_FAILURE" -> "Los sellos de tiempo no están en el orden esperado.";
      case "NO_SIGNING_CERTIFICATE_FOUND" -> "No se encontró el certificado del firmante.";
      case "NO_CERTIFICATE_CHAIN_FOUND" ->
          "El certificado del firmante no lleva a ninguna autoridad de confianza.";
      case "REVOKED_NO_POE" ->
          "El certificado del firmante está revocado y no hay prueba de que la firma sea anterior a"
              + " la revocación.";
      case "REVOKED_CA_NO_POE" ->
          "Un certificado de la cadena está revocado y no hay prueba de que la firma sea anterior.";
      case "OUT_OF_BOUNDS_NO_POE" ->
          "El certificado del firmante está vencido o aún no es válido, y no hay prueba de que la"
              + " firma se hiciera dentro de su vigencia.";
      case "OUT_OF_BOUNDS_NOT_REVOKED" ->
          "El certificado del firmante no estaba vigente al momento de la validación.";
      case "REVOCATION_OUT_OF_BOUNDS_NO_POE" ->
          "La información de revocación es posterior a la vigencia del certificado.";
      case "CRYPTO_CONSTRAINTS_FAILURE_NO_POE_AT_VALIDATION_TIME" ->
          "Un algoritmo criptográfico ya no es seguro en la fecha de validación.";
      case "NO_POE" -> "No hay prueba de existencia de la firma en el tiempo requerido.";
      case "TRY_LATER" ->
          "No se pudo obtener información de revocación (OCSP/CRL) suficientemente reciente;"
              + " intente más tarde.";
      case "SIGNED_DATA_NOT_FOUND" -> "No se encontraron los datos firmados.";
      default -> "Resultado de la validación: " + subIndication + ".";
    };
  }
}
