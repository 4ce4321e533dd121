package pe.gob.minem.tramite.domain.model.documento;

import java.util.Arrays;
import java.util.Optional;

/**
 * The deliverables the OTI's procedures draft from the portal's template ({@code <mapro:paso
 * accion="elaborar" plantilla="…">}, ADR 0026): each one a document of the expediente, of a type,
 * with the title the MAPRO gives it (its "Documentos" column).
 */
public enum Entregable {
  // P/OGA-TI-03 Gestión de Proyectos Informáticos
  DOCUMENTACION_DEL_PROYECTO("Documentación del proyecto", TipoDocumentoInterno.INFORME_TECNICO),
  PLANES_DE_GESTION("Planes de gestión del proyecto", TipoDocumentoInterno.PLAN),
  INFORME_DE_ESTADO("Informe del estado del proyecto", TipoDocumentoInterno.INFORME_TECNICO, true),
  INFORME_FINAL_DEL_PROYECTO("Informe final del proyecto", TipoDocumentoInterno.INFORME_TECNICO),
  ACTA_DE_CIERRE("Acta de cierre del proyecto", TipoDocumentoInterno.ACTA),
  // P/OGA-TI-04 Desarrollo de Sistemas de Información
  TERMINOS_DE_REFERENCIA("Términos de referencia", TipoDocumentoInterno.TERMINOS_DE_REFERENCIA),
  ESPECIFICACIONES_TECNICAS("Especificaciones técnicas", TipoDocumentoInterno.INFORME_TECNICO),
  SOLICITUD_DE_PRUEBAS("Solicitud de pruebas de software", TipoDocumentoInterno.SOLICITUD),
  ACTA_DE_PASE_A_PRODUCCION("Acta de pase a producción", TipoDocumentoInterno.ACTA),
  // P/OGA-TI-05 Desarrollo de Pruebas de Software
  ESPECIFICACIONES_DE_CASOS_DE_PRUEBA(
      "Especificaciones de casos de prueba", TipoDocumentoInterno.INFORME_TECNICO),
  CONSTANCIA_DE_PRUEBAS("Constancia de pruebas", TipoDocumentoInterno.CONSTANCIA, true),
  INFORME_DE_PRUEBAS("Informe de pruebas", TipoDocumentoInterno.INFORME_TECNICO),
  ACTA_DE_CONFORMIDAD_DE_PRUEBAS("Acta de conformidad de pruebas", TipoDocumentoInterno.ACTA),
  // P/OGA-TI-06 Realización de Copias de Respaldo (one per month's closing)
  INFORME_MENSUAL_DE_RESPALDOS(
      "Informe técnico mensual de copias de respaldo", TipoDocumentoInterno.INFORME_TECNICO, true),
  // P/OGA-TI-07 Restauración de Información de Servidores
  SCRIPTS_DE_RESTAURACION("Scripts para la restauración", TipoDocumentoInterno.INFORME_TECNICO),
  INFORME_DE_RESTAURACION("Informe de restauración", TipoDocumentoInterno.INFORME_TECNICO),
  // P/OGA-TI-08 Monitoreo de Servicios de TI
  INFORME_DE_EVENTOS_CRITICOS(
      "Informe técnico de eventos críticos y términos de referencia",
      TipoDocumentoInterno.INFORME_TECNICO),
  INFORME_DE_CONFORMIDAD_DEL_SERVICIO(
      "Informe técnico de conformidad del servicio", TipoDocumentoInterno.INFORME_TECNICO),
  // P/OGA-TI-09 Atención a los usuarios (act. 10, when a purchase is needed)
  // (after a void procurement, a new one: the first is signed and stays as it was)
  INFORME_DE_ESPECIFICACIONES_TECNICAS(
      "Informe técnico de especificaciones técnicas", TipoDocumentoInterno.INFORME_TECNICO, true),
  // P/OGA-TI-10 Mantenimiento Correctivo de Equipos de Cómputo y Periféricos
  INFORME_TECNICO_DE_REPARACION(
      "Informe técnico de reparación", TipoDocumentoInterno.INFORME_TECNICO),
  REPORTE_TECNICO_DE_GARANTIA("Reporte técnico de garantía", TipoDocumentoInterno.INFORME_TECNICO),
  INFORME_TECNICO_DE_FALLA("Informe técnico de falla", TipoDocumentoInterno.INFORME_TECNICO),
  // P/OGA-TI-11 Mantenimiento Preventivo de Equipos Informáticos: the annual plan with its
  // cronograma, one formato de conformidad per item attended, the informe final
  PLAN_DE_MANTENIMIENTO_PREVENTIVO(
      "Plan de mantenimiento preventivo anual de equipos informáticos", TipoDocumentoInterno.PLAN),
  FORMATO_DE_CONFORMIDAD_DEL_SERVICIO(
      "Formato de salida de conformidad del servicio", TipoDocumentoInterno.ACTA, true),
  INFORME_FINAL_DE_MANTENIMIENTO_PREVENTIVO(
      "Informe final del mantenimiento preventivo programado",
      TipoDocumentoInterno.INFORME_TECNICO),
  // P/OGA-TI-12 Atención de servicios relacionados con Sistemas de Información Geográfica
  INFORME_PARA_ADQUISICION(
      "Informe para adquisición y/o mantenimiento", TipoDocumentoInterno.INFORME_TECNICO),
  RESPUESTA_AL_REQUERIMIENTO_SIG(
      "Documento de respuesta al requerimiento", TipoDocumentoInterno.MEMORANDO);

  private final String titulo;
  private final TipoDocumentoInterno tipo;

  private final boolean repetible;

  Entregable(String titulo, TipoDocumentoInterno tipo) {
    this(titulo, tipo, false);
  }

  Entregable(String titulo, TipoDocumentoInterno tipo, boolean repetible) {
    this.titulo = titulo;
    this.tipo = tipo;
    this.repetible = repetible;
  }

  /**
   * One document each time its step runs (an Informe del estado per period, a Constancia per round
   * of tests), rather than a new version of the same one.
   */
  public boolean repetible() {
    return repetible;
  }

  /** "Acta de pase a producción". */
  public String titulo() {
    return titulo;
  }

  public TipoDocumentoInterno tipo() {
    return tipo;
  }

  /** The process variable holding the id of this deliverable's document in an instance. */
  public String variable() {
    return "entregable_" + name();
  }

  public static Optional<Entregable> de(String nombre) {
    return Arrays.stream(values()).filter(e -> e.name().equals(nombre)).findFirst();
  }
}
