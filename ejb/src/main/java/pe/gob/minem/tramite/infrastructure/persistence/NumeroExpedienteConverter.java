package pe.gob.minem.tramite.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;

/** An expediente's number is stored as its text ({@code EXP-2026-000123}) in a VARCHAR column. */
@Converter(autoApply = true)
public class NumeroExpedienteConverter implements AttributeConverter<NumeroExpediente, String> {

  @Override
  public String convertToDatabaseColumn(NumeroExpediente numero) {
    return numero == null ? null : numero.toString();
  }

  @Override
  public NumeroExpediente convertToEntityAttribute(String texto) {
    if (texto == null) {
      return null;
    }
    return NumeroExpediente.exacto(texto)
        .orElseThrow(
            () -> new IllegalStateException("Número de expediente mal guardado: " + texto));
  }
}
