package pe.gob.minem.tramite.application.mesadeayuda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import pe.gob.minem.tramite.application.Auditoria;
import pe.gob.minem.tramite.application.expediente.ArchivoRecibido;
import pe.gob.minem.tramite.application.expediente.MesaDePartesService;
import pe.gob.minem.tramite.application.organizacion.PersonaActual;
import pe.gob.minem.tramite.domain.model.AccesoDenegadoException;
import pe.gob.minem.tramite.domain.model.ConflictoException;
import pe.gob.minem.tramite.domain.model.NoEncontradoException;
import pe.gob.minem.tramite.domain.model.expediente.Confidencialidad;
import pe.gob.minem.tramite.domain.model.expediente.DatosDeRegistro;
import pe.gob.minem.tramite.domain.model.expediente.DatosInvalidosException;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.domain.model.expediente.NumeroExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Origen;
import pe.gob.minem.tramite.domain.model.expediente.Prioridad;
import pe.gob.minem.tramite.domain.model.expediente.Remitente;
import pe.gob.minem.tramite.domain.model.expediente.TipoDocumento;
import pe.gob.minem.tramite.domain.model.mesadeayuda.CanalDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.MensajeDeTicket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.Ticket;
import pe.gob.minem.tramite.domain.model.mesadeayuda.TipoDeMensaje;
import pe.gob.minem.tramite.domain.model.organizacion.Persona;
import pe.gob.minem.tramite.infrastructure.persistence.CorrelativoExpedientes;

/**
 * The Mesa de Ayuda's tickets (P/OGA-TI-09, ADR 0031). A ticket is registered with an expediente of
 * the OTI that carries its P/OGA-TI-09 instance (so the bandejas, the hoja de ruta, the archive and
 * the signatures work for it as for any expediente): by the Operador de Mesa de Ayuda for a call or
 * a visit, from a mail read in the mailbox, or when P/OGA-TI-09 starts on a memorándum's
 * expediente. The ticket keeps what the help desk needs besides: channel, requester and their mail,
 * category, impact, priority, the thread.
 */
@Stateless
public class MesaDeAyuda {

  private static final Logger LOG = Logger.getLogger(MesaDeAyuda.class.getName());

  public static final String PROCESO = "P_OGA_TI_09";
  public static final String PROCEDIMIENTO = "P/OGA-TI-09";
  public static final String OTI = "OTI";
  public static final String OPERADOR_MESA_DE_AYUDA = "OTI:OPERADOR:MDA";

  /** The ministry's RUC: a ticket's sender is a person of the ministry. */
  private static final String RUC_DEL_MINEM = "20131368829";

  private static final Pattern CORREO =
      Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject MesaDePartesService mesaDePartes;
  @Inject ExpedienteRepository expedientes;
  @Inject CorrelativoExpedientes correlativos;
  @Inject Auditoria auditoria;
  @Inject PersonaActual personaActual;

  /** A request registered by the help desk (a call or a visit). */
  public record NuevoTicket(
      String canal,
      String asunto,
      String descripcion,
      String solicitanteNombre,
      String solicitanteCorreo,
      String solicitanteUsuario,
      String unidad,
      String codigoPatrimonial) {}

  /** What a registration gave. */
  public record Registrado(String numero, String expediente) {}

  /** An entry of the thread as a person reads it. */
  public record MensajeVista(Instant instante, String tipo, String autor, String texto)
      implements Serializable {}

  /** A ticket as a person reads it: words, not codes. */
  public record TicketVista(
      String numero,
      String canal,
      String categoria,
      String impacto,
      String prioridad,
      String estado,
      String asunto,
      String descripcion,
      String solicitante,
      String correo,
      String unidad,
      String codigoPatrimonial,
      String expediente,
      Instant registrado,
      Instant cerrado,
      List<MensajeVista> mensajes)
      implements Serializable {}

  /** The Operador de Mesa de Ayuda registers a call or a visit. */
  public Registrado registrar(NuevoTicket n) {
    return registrar(personaActual.persona(), n);
  }

  /** A ticket, for the people of the OTI, an administrator or the person who asked. */
  public TicketVista ver(String numero) {
    Persona p = personaActual.persona();
    Ticket t = porNumero(numero);
    boolean puede =
        p.perteneceA(OTI)
            || p.isAdministrador()
            || p.getUsuario().equals(t.getSolicitanteUsuario());
    if (!puede) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_TICKET",
          t.getNumero(),
          "ver: no es de la OTI ni el solicitante");
      throw new AccesoDenegadoException(
          "Solo la Oficina de Tecnologías de la Información y quien lo solicitó ven este ticket.");
    }
    return vista(t);
  }

  /** The latest tickets, for the people of the OTI and administrators. */
  public List<TicketVista> recientes(int maximo) {
    Persona p = personaActual.persona();
    if (!p.perteneceA(OTI) && !p.isAdministrador()) {
      auditoria.registrarAparte(
          p.getUsuario(), "RECHAZO_TICKET", "mesa-de-ayuda", "listar: no es de la OTI");
      throw new AccesoDenegadoException(
          "Solo la Oficina de Tecnologías de la Información ve los tickets de la Mesa de Ayuda.");
    }
    return em
        .createNamedQuery("Ticket.recientes", Ticket.class)
        .setMaxResults(Math.max(1, Math.min(200, maximo)))
        .getResultList()
        .stream()
        .map(this::vista)
        .toList();
  }

  private TicketVista vista(Ticket t) {
    return new TicketVista(
        t.getNumero(),
        t.getCanal().etiqueta(),
        t.getCategoria() == null ? null : t.getCategoria().etiqueta(),
        t.getImpacto() == null ? null : t.getImpacto().etiqueta(),
        t.getPrioridad() == null ? null : t.getPrioridad().etiqueta(),
        t.getEstado().etiqueta(),
        t.getAsunto(),
        t.getDescripcion(),
        t.getSolicitanteNombre(),
        t.getSolicitanteCorreo(),
        t.getUnidad(),
        t.getCodigoPatrimonial(),
        t.getExpedienteNumero(),
        t.getRegistrado(),
        t.getCerrado(),
        mensajes(t).stream()
            .map(
                m ->
                    new MensajeVista(
                        m.getInstante(), m.getTipo().etiqueta(), m.getAutor(), m.getTexto()))
            .toList());
  }

  /** The Operador de Mesa de Ayuda registers a call or a visit. */
  public Registrado registrar(Persona operador, NuevoTicket n) {
    exigirOperador(operador, "registrar tickets");
    CanalDeTicket canal =
        CanalDeTicket.de(n.canal())
            .filter(c -> c == CanalDeTicket.TELEFONO || c == CanalDeTicket.PRESENCIAL)
            .orElseThrow(
                () ->
                    new DatosInvalidosException(
                        "canal",
                        "Indique cómo llegó la solicitud: TELEFONO (Teléfono) o PRESENCIAL"
                            + " (Presencial). Los correos llegan solos desde el buzón de la Mesa"
                            + " de Ayuda y los memorándums con su expediente."));
    var s =
        new Ticket.Solicitud(
            canal,
            requerido(n.asunto(), "asunto", "Indique el asunto de la solicitud.", 300),
            opcional(n.descripcion(), "descripcion", 10000),
            requerido(
                n.solicitanteNombre(),
                "solicitanteNombre",
                "Indique el nombre de quien solicita.",
                200),
            correo(n.solicitanteCorreo()),
            opcional(n.solicitanteUsuario(), "solicitanteUsuario", 100),
            opcional(n.unidad(), "unidad", 20),
            codigoPatrimonial(n.codigoPatrimonial()),
            null);
    return abrir(operador, s, List.of());
  }

  /**
   * A ticket with its expediente and P/OGA-TI-09 instance, in the caller's transaction: the ticket
   * number first (its own short transaction, as expediente numbers), then the expediente with the
   * request's PDF and the attachments, then the ticket row.
   */
  public Registrado abrir(Persona registra, Ticket.Solicitud s, List<ArchivoRecibido> adjuntos) {
    Instant ahora = Instant.now();
    String numero = nuevoNumero(ahora);
    List<ArchivoRecibido> archivos = new ArrayList<>();
    archivos.add(
        new ArchivoRecibido(
            "solicitud-" + numero + ".pdf",
            new ByteArrayInputStream(FichaDeTicket.pdf(numero, s, ahora))));
    archivos.addAll(adjuntos);
    Map<String, Object> variables = new HashMap<>();
    variables.put("ticket", numero);
    if (s.unidad() != null) {
      variables.put("areaUsuaria", s.unidad());
    }
    var registrado =
        mesaDePartes.registrarInterno(
            registra, OTI, datosDeRegistro(numero, s), archivos, PROCESO, variables);
    Expediente e =
        expedientes
            .porNumero(NumeroExpediente.de(registrado.numero()))
            .orElseThrow(() -> new IllegalStateException("expediente " + registrado.numero()));
    var t = new Ticket(numero, s, e.getNumero(), registra.getUsuario(), ahora);
    t.atenderCon(e.getProcesoId());
    em.persist(t);
    em.flush();
    auditoria.registrar(
        registra.getUsuario(),
        "TICKET_REGISTRADO",
        numero,
        s.canal().etiqueta() + "; expediente " + e.getNumero());
    LOG.info(
        () ->
            "Ticket "
                + numero
                + " ("
                + s.canal().etiqueta()
                + ") registrado con el expediente "
                + e.getNumero());
    return new Registrado(numero, e.getNumero());
  }

  /**
   * P/OGA-TI-09 starts on a memorándum's expediente: its ticket, in the caller's transaction. The
   * variables to start the instance with.
   */
  public Map<String, Object> abrirParaExpediente(Persona p, Expediente e, String areaUsuaria) {
    if (porExpediente(e.getNumero()).isPresent()) {
      throw new ConflictoException(
          "El expediente " + e.getNumero() + " ya tiene un ticket de la Mesa de Ayuda.");
    }
    Instant ahora = Instant.now();
    String numero = nuevoNumero(ahora);
    var s =
        new Ticket.Solicitud(
            CanalDeTicket.MEMORANDUM,
            recortar(e.getAsunto(), 300),
            null,
            recortar(e.getRemitente().getNombre(), 200),
            null,
            null,
            areaUsuaria,
            null,
            null);
    var t = new Ticket(numero, s, e.getNumero(), p.getUsuario(), ahora);
    em.persist(t);
    auditoria.registrar(
        p.getUsuario(), "TICKET_REGISTRADO", numero, "Memorándum; expediente " + e.getNumero());
    Map<String, Object> variables = new HashMap<>();
    variables.put("ticket", numero);
    return variables;
  }

  /** The instance that attends the memorándum's ticket, once started. */
  public void vincular(String expediente, String procesoId) {
    porExpediente(expediente).ifPresent(t -> t.atenderCon(procesoId));
  }

  public Optional<Ticket> porExpediente(String expediente) {
    return em.createNamedQuery("Ticket.porExpediente", Ticket.class)
        .setParameter("numero", expediente)
        .getResultStream()
        .findFirst();
  }

  public Ticket porNumero(String numero) {
    return em.createNamedQuery("Ticket.porNumero", Ticket.class)
        .setParameter("numero", numero == null ? "" : numero.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoEncontradoException("No existe el ticket «" + numero + "»."));
  }

  /** The ticket a mail answers: by its Message-IDs, else by a ticket number in its subject. */
  public Optional<Ticket> alQueResponde(Collection<String> ids, String asunto) {
    if (ids != null && !ids.isEmpty()) {
      var t =
          em.createNamedQuery("Ticket.porMensaje", Ticket.class)
              .setParameter("ids", ids)
              .getResultStream()
              .findFirst();
      if (t.isPresent()) {
        return t;
      }
    }
    var m = asunto == null ? null : Ticket.NUMERO.matcher(asunto);
    if (m != null && m.find()) {
      return em.createNamedQuery("Ticket.porNumero", Ticket.class)
          .setParameter("numero", m.group())
          .getResultStream()
          .findFirst();
    }
    return Optional.empty();
  }

  public List<MensajeDeTicket> mensajes(Ticket t) {
    return em.createNamedQuery("MensajeDeTicket.delTicket", MensajeDeTicket.class)
        .setParameter("ticket", t.getId())
        .getResultList();
  }

  /** An entry of the ticket's thread, in the caller's transaction. */
  public MensajeDeTicket anotar(
      Ticket t, TipoDeMensaje tipo, String autor, String texto, String messageId) {
    if (tipo == null) {
      return null;
    }
    var m = new MensajeDeTicket(t, Instant.now(), tipo, autor, texto, messageId);
    em.persist(m);
    return m;
  }

  /** TCK-AAAA-NNNNNN, taken in its own short transaction (a failed registration leaves a gap). */
  private String nuevoNumero(Instant ahora) {
    return Ticket.numero(
        ahora, correlativos.siguiente(CorrelativoExpedientes.Serie.TICKET, Ticket.anio(ahora)));
  }

  private void exigirOperador(Persona p, String que) {
    if (!p.tieneGrupo(OPERADOR_MESA_DE_AYUDA)) {
      auditoria.registrarAparte(
          p.getUsuario(),
          "RECHAZO_TICKET",
          "mesa-de-ayuda",
          que + ": no es Operador de Mesa de Ayuda");
      throw new AccesoDenegadoException(
          "Solo el Operador de Mesa de Ayuda de la OTI puede " + que + ".");
    }
  }

  private static DatosDeRegistro datosDeRegistro(String numero, Ticket.Solicitud s) {
    return new DatosDeRegistro(
        recortar("Mesa de Ayuda " + numero + ": " + s.asunto(), 500),
        Origen.ORGANO_MINISTERIO,
        new Remitente(s.solicitanteNombre(), Remitente.TipoDocumentoIdentidad.RUC, RUC_DEL_MINEM),
        TipoDocumento.SOLICITUD,
        numero,
        1,
        Prioridad.NORMAL,
        1,
        Confidencialidad.RESERVADO);
  }

  static String requerido(String v, String campo, String falta, int maximo) {
    if (v == null || v.isBlank()) {
      throw new DatosInvalidosException(campo, falta);
    }
    return opcional(v, campo, maximo);
  }

  static String opcional(String v, String campo, int maximo) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    if (s.length() > maximo) {
      throw new DatosInvalidosException(
          campo, "El campo «" + campo + "» admite hasta " + maximo + " caracteres.");
    }
    return s;
  }

  static String correo(String v) {
    String s = opcional(v, "solicitanteCorreo", 254);
    if (s != null && !CORREO.matcher(s).matches()) {
      throw new DatosInvalidosException(
          "solicitanteCorreo", "El correo «" + s + "» no es una dirección válida.");
    }
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  static String codigoPatrimonial(String v) {
    String s = opcional(v, "codigoPatrimonial", 20);
    if (s != null && !s.matches("[A-Za-z0-9-]{6,20}")) {
      throw new DatosInvalidosException(
          "codigoPatrimonial", "El código patrimonial tiene de 6 a 20 letras, dígitos o guiones.");
    }
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  static String recortar(String s, int maximo) {
    if (s == null) {
      return null;
    }
    return s.length() <= maximo ? s : s.substring(0, maximo - 1) + "…";
  }
}
