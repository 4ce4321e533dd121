package pe.gob.minem.tramite.application.aviso;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pe.gob.minem.tramite.application.correo.BandejaDeSalida;
import pe.gob.minem.tramite.application.correo.CorreoSaliente;
import pe.gob.minem.tramite.application.correo.PlantillasDeCorreo;
import pe.gob.minem.tramite.domain.model.aviso.PreferenciaDeAvisos;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.domain.model.organizacion.PersonaRepository;

/**
 * One person's daily digest (ADR 0036), in its own transaction: under a lock on their row, the day
 * is recorded and, if they have something pending and a mail address, the digest is written to the
 * outbox (ADR 0029) with a key of the person and the day, so that it is never written twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ResumenesPorCorreo {

  private static final Logger LOG = Logger.getLogger(ResumenesPorCorreo.class.getName());

  static final int POR_SECCION = 50;

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject PersonaRepository personas;
  @Inject AvisosDeLaPersona avisos;
  @Inject BandejaDeSalida bandeja;
  @Inject PlantillasDeCorreo plantillas;

  @Inject
  @ConfigProperty(name = "tramite.url-publica", defaultValue = "http://localhost:8080")
  String urlPublica;

  /** The people who asked for the digest and have none for {@code dia} yet. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> porEnviar(LocalDate dia) {
    return em.createNamedQuery("PreferenciaDeAvisos.conResumen", String.class)
        .setParameter("hoy", dia)
        .getResultList();
  }

  /** Writes {@code usuario}'s digest of {@code dia}; whether a mail was written. */
  public boolean escribir(String usuario, LocalDate dia, Instant ahora) {
    PreferenciaDeAvisos pref =
        em.find(PreferenciaDeAvisos.class, usuario, LockModeType.PESSIMISTIC_WRITE);
    if (pref == null || !pref.registrarResumen(dia)) {
      return false;
    }
    Persona p = personas.porUsuario(usuario).filter(Persona::isActiva).orElse(null);
    if (p == null || p.getCorreo() == null || p.getCorreo().isBlank()) {
      LOG.info(
          () -> "Resumen diario de " + usuario + " del " + dia + ": sin cuenta activa o correo");
      return false;
    }
    List<ItemDeAviso> items = avisos.todos(p, ahora, null);
    List<ItemDeAviso> pasos =
        items.stream().filter(i -> !i.tipo().name().startsWith("PLAZO_")).toList();
    List<ItemDeAviso> plazos =
        items.stream().filter(i -> i.tipo().name().startsWith("PLAZO_")).toList();
    if (pasos.isEmpty() && plazos.isEmpty()) {
      LOG.info(() -> "Resumen diario de " + usuario + " del " + dia + ": nada pendiente");
      return false;
    }
    String base =
        urlPublica.endsWith("/") ? urlPublica.substring(0, urlPublica.length() - 1) : urlPublica;
    String fecha = dia.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    var m =
        plantillas.render(
            "resumen-diario",
            Map.of(
                "nombre",
                p.getNombreCompleto(),
                "dia",
                fecha,
                "cuantos",
                pasos.size() + (pasos.size() == 1 ? " paso pendiente" : " pasos pendientes"),
                "pendientes",
                lista(pasos, base, "No tiene pasos pendientes."),
                "plazos",
                lista(plazos, base, "Ningún plazo vence hoy ni está vencido."),
                "enlace",
                base + "/bandeja.xhtml"));
    bandeja.encolar(
        new CorreoSaliente(
            "resumen-diario:" + usuario + ":" + dia,
            p.getCorreo(),
            m.asunto(),
            m.texto(),
            m.html(),
            "resumen " + fecha,
            null));
    LOG.info(
        () ->
            "Resumen diario de "
                + usuario
                + " del "
                + dia
                + " escrito: "
                + pasos.size()
                + " pasos, "
                + plazos.size()
                + " plazos");
    return true;
  }

  /** The newest {@value #POR_SECCION} lines, each with its link, and how many more there are. */
  private static String lista(List<ItemDeAviso> items, String base, String vacio) {
    if (items.isEmpty()) {
      return vacio;
    }
    String l =
        items.stream()
            .limit(POR_SECCION)
            .map(i -> "• " + i.texto() + " " + base + i.enlace())
            .collect(Collectors.joining("\n"));
    return items.size() <= POR_SECCION
        ? l
        : l + "\n… y " + (items.size() - POR_SECCION) + " más en su bandeja.";
  }
}
