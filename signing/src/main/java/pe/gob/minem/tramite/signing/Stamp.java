package pe.gob.minem.tramite.signing;

/**
 * The visible stamp of a signature. Empty fields are taken from the signing certificate (name from
 * the common name, cargo from the title, unit from the organisational unit).
 *
 * @param nombre the signer's name as shown
 * @param cargo the signer's position
 * @param unidad the signer's unit
 * @param imagen optional PNG or JPEG (e.g. a V°B° seal) drawn at the left of the text, or {@code
 *     null}
 * @param position a fixed position, or {@code null} for automatic placement: side by side in the
 *     free area under the text of the last page, never over text nor over another stamp
 */
public record Stamp(
    String nombre, String cargo, String unidad, byte[] imagen, StampPosition position) {

  /** A stamp with the signer's data from the certificate, placed automatically. */
  public static Stamp automatic() {
    return new Stamp(null, null, null, null, null);
  }

  public Stamp withImagen(byte[] png) {
    return new Stamp(nombre, cargo, unidad, png, position);
  }

  public Stamp at(StampPosition where) {
    return new Stamp(nombre, cargo, unidad, imagen, where);
  }

  public Stamp withFirmante(String nombre, String cargo, String unidad) {
    return new Stamp(nombre, cargo, unidad, imagen, position);
  }
}
