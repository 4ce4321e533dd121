package pe.gob.minem.tramite.infrastructure.workflow;

import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidator;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.flowable.validation.validator.ProcessLevelValidator;
import org.flowable.validation.validator.ValidatorSet;

/**
 * Flowable's validation of a definition at deployment, extended with the step declarations (ADR
 * 0013): every user task must declare a valid {@code <mapro:paso>}, or the deployment fails with a
 * message that names the task and what is wrong.
 */
public class ValidadorDePasos extends ProcessLevelValidator {

  /**
   * Several signers are BPMN multi-instance: in sequence a sequential multi-instance task, in
   * parallel a parallel one, each instance one person's signature; one signer, no multi-instance.
   */
  static String firmantesSinSuInstanciaMultiple(
      UserTask tarea, pe.gob.minem.tramite.domain.model.paso.DeclaracionDePaso paso) {
    var firmantes = paso.firmantes();
    if (firmantes == null) {
      return null;
    }
    var multiple = tarea.getLoopCharacteristics();
    String id = "tarea «" + tarea.getId() + "»: ";
    return switch (firmantes) {
      case UNO ->
          multiple == null
              ? null
              : id + "firmantes=\"uno\" no admite instancias múltiples; use secuencia o paralelo";
      case SECUENCIA ->
          multiple != null && multiple.isSequential()
              ? null
              : id
                  + "firmantes=\"secuencia\" necesita <multiInstanceLoopCharacteristics"
                  + " isSequential=\"true\"> con la colección de firmantes";
      case PARALELO ->
          multiple != null && !multiple.isSequential()
              ? null
              : id
                  + "firmantes=\"paralelo\" necesita <multiInstanceLoopCharacteristics"
                  + " isSequential=\"false\"> con la colección de firmantes";
    };
  }

  public static final String PROBLEMA = "mapro-paso";

  /** Flowable's own validator with this one added. */
  public static ProcessValidator conPasos() {
    ProcessValidator v = new ProcessValidatorFactory().createDefaultProcessValidator();
    ValidatorSet pasos = new ValidatorSet("mapro:paso");
    pasos.addValidator(new ValidadorDePasos());
    v.getValidatorSets().add(pasos);
    return v;
  }

  @Override
  protected void executeValidation(
      BpmnModel modelo, Process proceso, List<ValidationError> errores) {
    String ambito = proceso.getAttributeValue(ActividadMapro.NS, "ambito");
    if (ambito != null && !ambito.equals(ActividadMapro.AMBITO_EXPEDIENTE)) {
      addError(
          errores,
          PROBLEMA,
          proceso,
          proceso,
          "mapro:ambito solo admite «" + ActividadMapro.AMBITO_EXPEDIENTE + "»");
    }
    for (UserTask tarea : proceso.findFlowElementsOfType(UserTask.class, true)) {
      LectorDePasos.leer(tarea, problema -> addError(errores, PROBLEMA, proceso, tarea, problema))
          .ifPresent(
              paso -> {
                String problema = firmantesSinSuInstanciaMultiple(tarea, paso);
                if (problema != null) {
                  addError(errores, PROBLEMA, proceso, tarea, problema);
                }
              });
    }
  }
}
