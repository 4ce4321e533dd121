package pe.gob.minem.tramite.application.copiaderespaldo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pe.gob.minem.tramite.application.Reloj;
import pe.gob.minem.tramite.application.documento.ElaboracionDeDocumentos;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;
import pe.gob.minem.tramite.domain.model.organizacion.Rol;

/**
 * The month's expediente of backups (ADR 0027): every P/OGA-TI-06 instance of a month belongs to it
 * ("Copias de respaldo de los servidores — diciembre 2026"). Opened in the OTI by the portal the
 * first time a month needs it, with no procedure of its own (each backup is an instance on it), and
 * found afterwards through the table {@code expediente_de_respaldos}. Two nodes opening the same
 * month at once: the second one's insert fails on the key and its transaction is retried.
 */
@Stateless
public class ExpedienteDeRespaldos {

  public static final String MINEM = "20131368829";

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject MesaDePartesService mesaDePartes;
  @Inject PersonaRepository personas;

  /** The month's number, if it was opened. */
  public Optional<String> delMes(YearMonth mes) {
    @SuppressWarnings("unchecked")
    List<Object> l =
        em.createNativeQuery(
                "SELECT numero FROM expediente_de_respaldos WHERE anio = ? AND mes = ?")
            .setParameter(1, mes.getYear())
            .setParameter(2, mes.getMonthValue())
            .getResultList();
    return l.stream().map(Object::toString).findFirst();
  }

  /** The month of an expediente of backups, if it is one. */
  public Optional<YearMonth> mesDe(String numero) {
    @SuppressWarnings("unchecked")
    List<Object[]> l =
        em.createNativeQuery("SELECT anio, mes FROM expediente_de_respaldos WHERE numero = ?")
            .setParameter(1, numero)
            .getResultList();
    return l.stream()
        .map(f -> YearMonth.of(((Number) f[0]).intValue(), ((Number) f[1]).intValue()))
        .findFirst();
  }

  /**
   * The month's number, opening its expediente now if there is none; {@code registra} is who the
   * hoja de ruta names (null: the OTI's Especialista de Redes y Comunicaciones).
   */
  public String numero(YearMonth mes, Persona registra) {
    Optional<String> hay = delMes(mes);
    if (hay.isPresent()) {
      return hay.get();
    }
    Persona quien = registra != null ? registra : responsable();
    String asunto = asunto(mes);
    var datos =
        new DatosDeRegistro(
            asunto,
            Origen.ORGANO_MINISTERIO,
            new Remitente(
                "Oficina de Tecnologías de la Información",
                Remitente.TipoDocumentoIdentidad.RUC,
                MINEM),
            TipoDocumento.INFORME,
            "Catálogo de respaldos " + mes,
            1,
            Prioridad.NORMAL,
            Math.max(1, mes.lengthOfMonth() + 10));
    byte[] pdf = constancia(mes, quien, asunto);
    var vista =
        mesaDePartes.registrarInterno(
            quien,
            CatalogoDeRespaldos.OTI,
            datos,
            List.of(
                new ArchivoRecibido(
                    "apertura-respaldos-" + mes + ".pdf", new ByteArrayInputStream(pdf))),
            null,
            Map.of());
    em.createNativeQuery("INSERT INTO expediente_de_respaldos (anio, mes, numero) VALUES (?, ?, ?)")
        .setParameter(1, mes.getYear())
        .setParameter(2, mes.getMonthValue())
        .setParameter(3, vista.numero())
        .executeUpdate();
    return vista.numero();
  }

  /** "Copias de respaldo de los servidores — diciembre 2026". */
  public static String asunto(YearMonth mes) {
    return "Copias de respaldo de los servidores — " + nombreDelMes(mes);
  }

  /** "diciembre 2026". */
  public static String nombreDelMes(YearMonth mes) {
    return mes.getMonth().getDisplayName(TextStyle.FULL, Reloj.ES_PE) + " " + mes.getYear();
  }

  /** Who opens it when no person does: the Especialista de Redes, else the Director de TI. */
  Persona responsable() {
    List<Persona> oti = personas.deUnidad(CatalogoDeRespaldos.OTI);
    return oti.stream()
        .filter(p -> p.tieneGrupo(CatalogoDeRespaldos.ESPECIALISTA_DE_REDES))
        .findFirst()
        .or(() -> oti.stream().filter(p -> p.tieneRolEn(Rol.DIRECTOR, "OTI")).findFirst())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Nadie de la OTI puede abrir el expediente de copias de respaldo"));
  }

  private static byte[] constancia(YearMonth mes, Persona quien, String asunto) {
    return ElaboracionDeDocumentos.constanciaDeApertura(
        asunto,
        "P/OGA-TI-06 Realización de Copias de Respaldo de Información de los Servidores",
        "Se abre el expediente de las copias de respaldo de los servidores de "
            + nombreDelMes(mes)
            + ". Cada copia programada en el catálogo de respaldos se realiza, verifica, graba"
            + " y envía a custodia en este expediente; al cierre del mes se elabora el informe"
            + " técnico mensual.",
        quien);
  }
}
