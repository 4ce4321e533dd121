package pe.gob.minem.tramite.archivo;

/**
 * Confidentiality level of an expediente or document (Ley 27806, Transparencia y Acceso a la
 * Información Pública: information is public unless an exception applies). The portal turns the
 * level and the units/persons that handled the item into the entry's {@link EntradaIndice#lectores
 * lectores}; the index only matches those tokens.
 */
public enum Nivel {
  /** Any person of the entity who has logged in. */
  PUBLICO,
  /** Art. 16 (reservada): the units the expediente passed through. */
  RESERVADO,
  /** Art. 17 (confidencial, e.g. personal data): the persons who handled it and their directors. */
  CONFIDENCIAL
}
