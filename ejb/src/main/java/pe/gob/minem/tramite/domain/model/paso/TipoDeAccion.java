package pe.gob.minem.tramite.domain.model.paso;

import java.util.Arrays;
import java.util.Optional;
import pe.gob.minem.tramite.domain.model.expediente.Movimiento;

/**
 * What a step asks of the person who completes it: the kinds of action the portal knows. A BPMN
 * task names one in {@code <mapro:paso accion="…">}; an unknown name fails the deployment.
 */
public enum TipoDeAccion {
  /** Do what the activity says and confirm it (no input but the optional proveído). */
  CONFIRMAR("confirmar", Movimiento.Accion.REVISION),
  /** Decide among named outcomes; the outcome goes to a process variable. */
  DECIDIR("decidir", Movimiento.Accion.REVISION),
  /** Choose the unit the expediente goes to. */
  ELEGIR_UNIDAD("elegir-unidad", Movimiento.Accion.DISPOSICION),
  /** Choose the person responsible. */
  ELEGIR_RESPONSABLE("elegir-responsable", Movimiento.Accion.ASIGNACION),
  /** Fill declared fields. */
  LLENAR_CAMPOS("llenar-campos", Movimiento.Accion.REVISION),
  /** Attach files. */
  ADJUNTAR("adjuntar", Movimiento.Accion.NUEVA_VERSION),
  /** Draft a deliverable from a template. */
  ELABORAR("elaborar", Movimiento.Accion.ELABORACION),
  /** Send the step's document on (the author may upload a new version first). */
  REMITIR_DOCUMENTO("remitir-documento", Movimiento.Accion.REVISION),
  /** Derive the expediente or document to another unit or person, with its paper. */
  DERIVAR("derivar", Movimiento.Accion.DERIVACION),
  /** Visto bueno: a PAdES signature of approval. */
  VISTO_BUENO("visto-bueno", Movimiento.Accion.VISTO_BUENO),
  /** Suscripción: the PAdES signature of the document's signer. */
  SUSCRIPCION("suscripcion", Movimiento.Accion.SUSCRIPCION),
  /** Confirm that the paper arrived. */
  RECEPCION_FISICA("recepcion-fisica", Movimiento.Accion.RECEPCION_FISICA),
  /** Record the outcome of a process run outside the portal (e.g. Gestión de Adquisiciones). */
  RESULTADO_EXTERNO("resultado-externo", Movimiento.Accion.REVISION);

  private final String nombre;
  private final Movimiento.Accion movimiento;

  TipoDeAccion(String nombre, Movimiento.Accion movimiento) {
    this.nombre = nombre;
    this.movimiento = movimiento;
  }

  /** The name used in the BPMN file. */
  public String nombre() {
    return nombre;
  }

  /** What the hoja de ruta says of such a step unless its declaration says otherwise. */
  public Movimiento.Accion movimiento() {
    return movimiento;
  }

  /** V°B° and suscripción: the steps that place a digital signature. */
  public boolean firma() {
    return this == VISTO_BUENO || this == SUSCRIPCION;
  }

  public static Optional<TipoDeAccion> de(String nombre) {
    return Arrays.stream(values()).filter(t -> t.nombre.equals(nombre)).findFirst();
  }
}
