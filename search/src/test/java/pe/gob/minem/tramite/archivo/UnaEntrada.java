package pe.gob.minem.tramite.archivo;

import java.time.LocalDate;
import java.util.Set;

/** Builds {@link EntradaIndice}s for tests: defaults for everything but what a test is about. */
final class UnaEntrada {
  private final String id;
  private String clase = "ARCHIVO";
  private String expediente = "EXP-2026-000001";
  private String numeroDocumento;
  private String titulo = "";
  private String texto = "";
  private String documentoIdentidad;
  private String remitente;
  private LocalDate fecha = LocalDate.of(2026, 1, 15);
  private String unidad = "OTI";
  private String procedimiento = "P/OGA-TI-01";
  private String tipoDocumento = "INFORME";
  private String estado = "EN_TRAMITE";
  private boolean firmado;
  private String origen = "INTERNO";
  private Nivel nivel = Nivel.PUBLICO;
  private Set<String> lectores = Set.of("*");
  private Long referencia;
  private String nombreArchivo;

  private UnaEntrada(String id) {
    this.id = id;
  }

  static UnaEntrada con(String id) {
    return new UnaEntrada(id);
  }

  UnaEntrada clase(String v) {
    clase = v;
    return this;
  }

  UnaEntrada expediente(String v) {
    expediente = v;
    return this;
  }

  UnaEntrada numero(String v) {
    numeroDocumento = v;
    return this;
  }

  UnaEntrada titulo(String v) {
    titulo = v;
    return this;
  }

  UnaEntrada texto(String v) {
    texto = v;
    return this;
  }

  UnaEntrada identidad(String v) {
    documentoIdentidad = v;
    return this;
  }

  UnaEntrada remitente(String v) {
    remitente = v;
    return this;
  }

  UnaEntrada fecha(LocalDate v) {
    fecha = v;
    return this;
  }

  UnaEntrada unidad(String v) {
    unidad = v;
    return this;
  }

  UnaEntrada procedimiento(String v) {
    procedimiento = v;
    return this;
  }

  UnaEntrada tipo(String v) {
    tipoDocumento = v;
    return this;
  }

  UnaEntrada estado(String v) {
    estado = v;
    return this;
  }

  UnaEntrada firmado(boolean v) {
    firmado = v;
    return this;
  }

  UnaEntrada origen(String v) {
    origen = v;
    return this;
  }

  UnaEntrada nivel(Nivel v) {
    nivel = v;
    return this;
  }

  UnaEntrada lectores(String... v) {
    lectores = Set.of(v);
    return this;
  }

  UnaEntrada referencia(Long v) {
    referencia = v;
    return this;
  }

  UnaEntrada nombreArchivo(String v) {
    nombreArchivo = v;
    return this;
  }

  EntradaIndice crear() {
    return new EntradaIndice(
        id,
        clase,
        expediente,
        numeroDocumento,
        titulo,
        texto,
        documentoIdentidad,
        remitente,
        fecha,
        unidad,
        procedimiento,
        tipoDocumento,
        estado,
        firmado,
        origen,
        nivel,
        lectores,
        referencia,
        nombreArchivo);
  }
}
