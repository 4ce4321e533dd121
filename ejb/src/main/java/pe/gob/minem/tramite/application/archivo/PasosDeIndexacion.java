package pe.gob.minem.tramite.application.archivo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pe.gob.minem.tramite.archivo.EntradaIndice;
import pe.gob.minem.tramite.domain.model.archivo.TareaDeIndexacion;
import pe.gob.minem.tramite.domain.model.archivo.TextoExtraido;
import pe.gob.minem.tramite.domain.model.documento.Documento;
import pe.gob.minem.tramite.domain.model.documento.DocumentoRepository;
import pe.gob.minem.tramite.domain.model.expediente.ArchivoExpediente;
import pe.gob.minem.tramite.domain.model.expediente.Expediente;
import pe.gob.minem.tramite.domain.model.expediente.ExpedienteRepository;
import pe.gob.minem.tramite.infrastructure.archivo.ComponentesDelArchivo;

/**
 * The worker's steps, each in its own transaction, so that the slow part (Tika, OCR) runs outside
 * any transaction and a crash at any point leaves the queue able to redo the work: the index is
 * committed before the queue rows are marked done, and indexing the same entries twice replaces
 * them (ids), so after a restart every entry is there exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PasosDeIndexacion {

  /** Rows taken together, and their expedientes. */
  public record Lote(List<Long> tareas, Set<Long> expedientes) {
    public boolean vacio() {
      return tareas.isEmpty();
    }
  }

  /** A stored file whose text is still missing. */
  public record PorExtraer(
      TextoExtraido.Clase clase, long referencia, String sha256, String nombre) {}

  @PersistenceContext(unitName = "tramite")
  EntityManager em;

  @Inject ExpedienteRepository expedientes;
  @Inject DocumentoRepository documentos;

  @Inject ComponentesDelArchivo archivo;

  /** After a restart: rows a stopped worker had taken go back to the queue. */
  public int liberarEnCurso() {
    return em.createQuery(
            "UPDATE TareaDeIndexacion t SET t.estado = :pendiente WHERE t.estado = :enCurso")
        .setParameter("pendiente", TareaDeIndexacion.Estado.PENDIENTE)
        .setParameter("enCurso", TareaDeIndexacion.Estado.EN_CURSO)
        .executeUpdate();
  }

  /**
   * An empty index beside a database with expedientes — a restored backup (which leaves the index
   * out, ADR 0023) or a deleted index folder: every expediente not already waiting is queued, as an
   * administrator's rebuild does, and the stored texts are reused. Returns how many expedientes the
   * database has when the index was empty, else 0.
   */
  public int reconstruirSiFalta() {
    if (archivo.indice().contar() > 0) {
      return 0;
    }
    List<Long> ids = expedientes.ids();
    if (ids.isEmpty()) {
      return 0;
    }
    Set<Long> enCola =
        new java.util.HashSet<>(
            em.createQuery(
                    "SELECT t.expedienteId FROM TareaDeIndexacion t WHERE t.estado = :estado",
                    Long.class)
                .setParameter("estado", TareaDeIndexacion.Estado.PENDIENTE)
                .getResultList());
    Instant ahora = Instant.now();
    for (long id : ids) {
      if (!enCola.contains(id)) {
        em.persist(new TareaDeIndexacion(id, ahora));
      }
    }
    archivo.reconstruccionIniciada(ahora, ids.size());
    return ids.size();
  }

  public Lote tomar(int maximo) {
    List<TareaDeIndexacion> filas =
        em.createQuery(
                "SELECT t FROM TareaDeIndexacion t WHERE t.estado = :estado AND t.proximoIntento <="
                    + " :ahora ORDER BY t.id",
                TareaDeIndexacion.class)
            .setParameter("estado", TareaDeIndexacion.Estado.PENDIENTE)
            .setParameter("ahora", Instant.now())
            .setMaxResults(maximo)
            .getResultList();
    List<Long> tareas = new ArrayList<>();
    Set<Long> expedientes = new LinkedHashSet<>();
    for (var t : filas) {
      t.tomar();
      tareas.add(t.getId());
      expedientes.add(t.getExpedienteId());
    }
    return new Lote(tareas, expedientes);
  }

  /**
   * Files of the expediente (received files, current document versions) without their text. Its own
   * transaction like every step: a pooled executor thread must never lend it a transaction left
   * behind by an earlier, aborted use (seen after a redeployment).
   */
  public List<PorExtraer> porExtraer(long expedienteId) {
    Expediente e = expedientes.porId(expedienteId).orElse(null);
    if (e == null) {
      return List.of();
    }
    List<PorExtraer> faltan = new ArrayList<>();
    for (ArchivoExpediente a : e.getArchivos()) {
      if (falta(TextoExtraido.Clase.ARCHIVO, a.getId())) {
        faltan.add(
            new PorExtraer(TextoExtraido.Clase.ARCHIVO, a.getId(), a.getSha256(), a.getNombre()));
      }
    }
    for (Documento d : documentos.deExpediente(e)) {
      if (d.getVersiones().isEmpty()) {
        continue;
      }
      var v = d.versionActual();
      if (falta(TextoExtraido.Clase.VERSION, v.getId())) {
        faltan.add(
            new PorExtraer(TextoExtraido.Clase.VERSION, v.getId(), v.getSha256(), v.getNombre()));
      }
    }
    return faltan;
  }

  private boolean falta(TextoExtraido.Clase clase, long referencia) {
    return texto(clase, referencia)
        .map(t -> t.getEstado() == TextoExtraido.Estado.REINTENTAR)
        .orElse(true);
  }

  private java.util.Optional<TextoExtraido> texto(TextoExtraido.Clase clase, long referencia) {
    return em.createNamedQuery("TextoExtraido.de", TextoExtraido.class)
        .setParameter("clase", clase)
        .setParameter("referencia", referencia)
        .getResultStream()
        .findFirst();
  }

  /** Stores one extraction's outcome (text, or the reason it failed). */
  public void guardarTexto(
      PorExtraer f,
      pe.gob.minem.tramite.archivo.extraccion.TextoExtraido texto,
      String motivo,
      boolean reintentable,
      long milisegundos) {
    TextoExtraido t =
        texto(f.clase(), f.referencia())
            .orElseGet(
                () -> {
                  var nuevo = new TextoExtraido(f.clase(), f.referencia(), f.sha256());
                  em.persist(nuevo);
                  return nuevo;
                });
    if (texto != null) {
      t.extraido(
          texto.texto(),
          texto.paginas(),
          texto.tipoMime(),
          texto.conOcr(),
          texto.truncado(),
          milisegundos,
          Instant.now());
    } else {
      t.fallo(motivo, reintentable, milisegundos, Instant.now());
    }
  }

  /**
   * Replaces the expedientes' entries in the index, commits the index, then marks the rows done
   * (this transaction's commit).
   */
  public int indexar(Lote lote) {
    var indice = archivo.indice();
    int entradas = 0;
    for (long id : lote.expedientes()) {
      Expediente e = expedientes.porId(id).orElse(null);
      if (e == null) {
        continue;
      }
      List<Documento> docs = documentos.deExpediente(e);
      List<EntradaIndice> nuevas = EntradasDelArchivo.de(e, docs, textosDe(e, docs));
      indice.eliminarExpediente(e.getNumero());
      indice.indexar(nuevas);
      entradas += nuevas.size();
    }
    indice.confirmar();
    Instant ahora = Instant.now();
    for (long t : lote.tareas()) {
      em.find(TareaDeIndexacion.class, t).terminar(ahora);
    }
    return entradas;
  }

  public void fallo(Lote lote, String motivo) {
    Instant ahora = Instant.now();
    for (long t : lote.tareas()) {
      var fila = em.find(TareaDeIndexacion.class, t);
      if (fila != null) {
        fila.fallo(motivo, ahora);
      }
    }
  }

  private Map<String, TextoExtraido> textosDe(Expediente e, List<Documento> docs) {
    Map<String, TextoExtraido> textos = new HashMap<>();
    for (ArchivoExpediente a : e.getArchivos()) {
      texto(TextoExtraido.Clase.ARCHIVO, a.getId())
          .ifPresent(t -> textos.put(TextoExtraido.Clase.ARCHIVO + ":" + a.getId(), t));
    }
    for (Documento d : docs) {
      if (!d.getVersiones().isEmpty()) {
        long v = d.versionActual().getId();
        texto(TextoExtraido.Clase.VERSION, v)
            .ifPresent(t -> textos.put(TextoExtraido.Clase.VERSION + ":" + v, t));
      }
    }
    return textos;
  }
}
