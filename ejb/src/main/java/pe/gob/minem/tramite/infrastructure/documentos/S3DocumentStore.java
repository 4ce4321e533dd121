package pe.gob.minem.tramite.infrastructure.documentos;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Content-addressed store on S3-compatible object storage (ADR 0039): {@code
 * <bucket>/<prefijo>documentos/ab/cd/<sha256>}, the same layout and guarantees as {@link
 * FileSystemDocumentStore}. A content is staged in a local temporary file while its SHA-256 is
 * computed, then put once under its name (conditionally: an existing object is never overwritten).
 *
 * <p>An object's "last written" is the later of its {@code Last-Modified} and the {@code escrito} /
 * {@code reutilizado} instants in its metadata: a reuse copies the object onto itself with a new
 * {@code reutilizado}, which also moves {@code Last-Modified}. Reconciliation moves only objects
 * untouched since its limit to {@code <prefijo>cuarentena/<día>/documentos/…}, with a server-side
 * {@code x-amz-copy-source-if-unmodified-since} on the copy; {@link #guardar}, the rollback's clean
 * up and {@link #aCuarentena} take the same per-content lock in this JVM.
 */
@ApplicationScoped
@Typed(S3DocumentStore.class)
public class S3DocumentStore implements DocumentStore {

  private static final Logger LOG = Logger.getLogger(S3DocumentStore.class.getName());
  private static final ZoneId LIMA = ZoneId.of("America/Lima");
  static final String ESCRITO = "escrito";
  static final String REUTILIZADO = "reutilizado";

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.region", defaultValue = "us-east-1")
  String region;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.bucket", defaultValue = "tramite-documentos")
  String bucket;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.prefijo")
  Optional<String> prefijo;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.path-style", defaultValue = "false")
  boolean estiloRuta;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.access-key")
  Optional<String> claveDeAcceso;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.secret-key")
  Optional<String> claveSecreta;

  @Inject
  @ConfigProperty(name = "tramite.documentos.s3.crear-bucket", defaultValue = "false")
  boolean crearBucket;

  @Resource TransactionSynchronizationRegistry transacciones;

  /** One lock per content (striped): a put or reuse, a rollback's delete, a quarantine move. */
  private final Object[] cerrojos = new Object[64];

  /** Keys per ListObjectsV2 page (S3 gives at most 1000); smaller in tests of the paging. */
  int tamanoDePagina = 1000;

  private S3Client s3;
  private String base;

  {
    for (int i = 0; i < cerrojos.length; i++) {
      cerrojos[i] = new Object();
    }
  }

  @PostConstruct
  void preparar() {
    String p = prefijo.map(String::strip).orElse("");
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    base = p.isEmpty() || p.endsWith("/") ? p : p + "/";
    var cliente =
        S3Client.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.of(region))
            .forcePathStyle(estiloRuta)
            .credentialsProvider(credenciales())
            // S3-compatible servers (s3proxy, MinIO, Ceph) do not all take the SDK's default
            // trailing CRC checksums; Content-MD5 / SigV4 payload hashes still protect the bytes
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(cliente::endpointOverride);
    s3 = cliente.build();
  }

  @PreDestroy
  void cerrar() {
    if (s3 != null) {
      s3.close();
    }
  }

  /**
   * Whether the bucket is there (created when so configured); a clear error in the log if not. Run
   * at start by {@link AlmacenConfigurado}.
   */
  public boolean comprobarBucket() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
      LOG.info(
          () -> "Almacén de documentos en S3: bucket «" + bucket + "», prefijo «" + base + "»");
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        LOG.log(
            Level.SEVERE,
            "No se puede usar el bucket «"
                + bucket
                + "» del almacén de documentos en "
                + endpoint.orElse("AWS S3")
                + " (HTTP "
                + e.statusCode()
                + "): revise las credenciales y los permisos.",
            e);
        return false;
      }
    }
    if (crearBucket) {
      s3.createBucket(b -> b.bucket(bucket));
      LOG.info(() -> "Creado el bucket «" + bucket + "» del almacén de documentos.");
      return true;
    }
    LOG.severe(
        "El bucket «"
            + bucket
            + "» del almacén de documentos no existe en "
            + endpoint.orElse("AWS S3")
            + ": créelo, o configure tramite.documentos.s3.crear-bucket=true para que la aplicación"
            + " lo cree. No se podrá guardar ni leer ningún archivo.");
    return false;
  }

  @Override
  public Contenido guardar(InputStream entrada, long tamanoMaximo) throws IOException {
    Path tmp = Files.createTempFile("tramite-s3-", ".part");
    try {
      MessageDigest sha = sha256();
      long tamano = 0;
      try (OutputStream salida = Files.newOutputStream(tmp)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = entrada.read(buffer)) > 0) {
          tamano += n;
          if (tamano > tamanoMaximo) {
            throw new ContenidoDemasiadoGrandeException(tamanoMaximo);
          }
          sha.update(buffer, 0, n);
          salida.write(buffer, 0, n);
        }
      }
      String hash = HexFormat.of().formatHex(sha.digest());
      String clave = clave(hash);
      synchronized (cerrojo(hash)) {
        for (int intento = 1; ; intento++) {
          if (existeClave(clave) && marcarReutilizado(clave)) {
            return new Contenido(hash, tamano, false);
          }
          String escrito = Instant.now().toString();
          try {
            s3.putObject(
                b ->
                    b.bucket(bucket)
                        .key(clave)
                        .ifNoneMatch("*")
                        .contentType("application/octet-stream")
                        .metadata(Map.of(ESCRITO, escrito)),
                RequestBody.fromFile(tmp));
            break;
          } catch (S3Exception e) {
            if (e.statusCode() == 412 && esNuestro(clave, escrito)) {
              // the SDK retried a put whose first attempt had landed (the connection broke
              // before the answer): the object is this call's
              break;
            }
            // 412: another node put the same bytes between the look and the put; 409: it is
            // putting them now. Look again (and mark it reused), a few times at most.
            if ((e.statusCode() != 412 && e.statusCode() != 409) || intento == 3) {
              throw new IOException("No se pudo guardar el contenido " + hash + " en S3", e);
            }
          }
        }
      }
      borrarSiSeRevierte(hash, clave);
      return new Contenido(hash, tamano, true);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public InputStream abrir(String sha256) throws IOException {
    String clave = clave(sha256);
    try {
      return s3.getObject(b -> b.bucket(bucket).key(clave));
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(clave);
    } catch (S3Exception e) {
      throw new IOException("No se pudo leer el contenido " + sha256 + " de S3", e);
    }
  }

  @Override
  public boolean existe(String sha256) {
    return existeClave(clave(sha256));
  }

  @Override
  public long contar() throws IOException {
    long n = 0;
    for (S3Object o : listar(base + "documentos/")) {
      n++;
    }
    return n;
  }

  @Override
  public List<Entrada> recorrer() throws IOException {
    String raiz = base + "documentos/";
    List<Entrada> entradas = new ArrayList<>();
    for (S3Object o : listar(raiz)) {
      String relativa = o.key().substring(raiz.length());
      entradas.add(
          new Entrada(
              relativa,
              FileSystemDocumentStore.shaDelNombre(relativa),
              o.size(),
              o.lastModified()));
    }
    return entradas;
  }

  @Override
  public String calcularSha256(Entrada entrada) throws IOException {
    String clave = base + "documentos/" + relativaSegura(entrada.ruta());
    MessageDigest sha = sha256();
    try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(clave))) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
      }
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(clave);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Override
  public Optional<String> aCuarentena(Entrada entrada, Instant limite) throws IOException {
    String relativa = relativaSegura(entrada.ruta());
    String origen = base + "documentos/" + relativa;
    String dia = LocalDate.ofInstant(Instant.now(), LIMA).toString();
    synchronized (cerrojo(entrada.sha256() != null ? entrada.sha256() : relativa)) {
      Optional<HeadObjectResponse> cabecera = cabecera(origen);
      if (cabecera.isEmpty() || ultimaEscritura(cabecera.get()).isAfter(limite)) {
        return Optional.empty();
      }
      String destino = "cuarentena/" + dia + "/documentos/" + relativa;
      for (int i = 1; existeClave(base + destino); i++) {
        destino = "cuarentena/" + dia + "/documentos/" + relativa + "." + i;
      }
      String claveDestino = base + destino;
      try {
        // the server checks again: a reuse by another node since the look above stops the move
        s3.copyObject(
            b ->
                b.sourceBucket(bucket)
                    .sourceKey(origen)
                    .destinationBucket(bucket)
                    .destinationKey(claveDestino)
                    .copySourceIfUnmodifiedSince(limite));
      } catch (S3Exception e) {
        if (e.statusCode() == 412 || e.statusCode() == 404) {
          return Optional.empty();
        }
        throw new IOException("No se pudo pasar " + origen + " a la cuarentena", e);
      }
      s3.deleteObject(b -> b.bucket(bucket).key(origen));
      return Optional.of(destino);
    }
  }

  @Override
  public List<String> purgarCuarentena(Instant limite) throws IOException {
    String raiz = base + "cuarentena/";
    List<String> purgadas = new ArrayList<>();
    List<String> dias = new ArrayList<>();
    try {
      for (var pagina :
          s3.listObjectsV2Paginator(
              b -> b.bucket(bucket).prefix(raiz).delimiter("/").maxKeys(tamanoDePagina))) {
        for (CommonPrefix c : pagina.commonPrefixes()) {
          dias.add(c.prefix().substring(raiz.length(), c.prefix().length() - 1));
        }
      }
    } catch (S3Exception e) {
      throw new IOException("No se pudo listar la cuarentena en S3", e);
    }
    for (String dia : dias.stream().sorted().toList()) {
      LocalDate fecha;
      try {
        fecha = LocalDate.parse(dia);
      } catch (DateTimeParseException ajena) {
        continue; // not ours: leave it
      }
      // everything under the day went there before the day ended
      if (!fecha.plusDays(1).atStartOfDay(LIMA).toInstant().isAfter(limite)) {
        borrarTodo(raiz + dia + "/");
        purgadas.add("cuarentena/" + dia);
      }
    }
    return purgadas;
  }

  // ------------------------------------------------------------------ helpers

  private void borrarTodo(String prefijoABorrar) throws IOException {
    List<ObjectIdentifier> lote = new ArrayList<>();
    for (S3Object o : listar(prefijoABorrar)) {
      lote.add(ObjectIdentifier.builder().key(o.key()).build());
      if (lote.size() == 1000) {
        borrarLote(lote);
        lote = new ArrayList<>();
      }
    }
    if (!lote.isEmpty()) {
      borrarLote(lote);
    }
  }

  private void borrarLote(List<ObjectIdentifier> lote) {
    s3.deleteObjects(
        b -> b.bucket(bucket).delete(Delete.builder().objects(lote).quiet(true).build()));
  }

  private Iterable<S3Object> listar(String desde) throws IOException {
    try {
      List<S3Object> objetos = new ArrayList<>();
      s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(desde).maxKeys(tamanoDePagina))
          .contents()
          .forEach(objetos::add);
      return objetos;
    } catch (S3Exception e) {
      throw new IOException("No se pudo listar el almacén de documentos en S3", e);
    }
  }

  private Optional<HeadObjectResponse> cabecera(String clave) {
    try {
      return Optional.of(s3.headObject(b -> b.bucket(bucket).key(clave)));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Whether the object is the one a put with this {@code escrito} wrote, and nobody reused. */
  private boolean esNuestro(String clave, String escrito) {
    return cabecera(clave)
        .map(
            h ->
                escrito.equals(h.metadata().get(ESCRITO)) && !h.metadata().containsKey(REUTILIZADO))
        .orElse(false);
  }

  private boolean existeClave(String clave) {
    return cabecera(clave).isPresent();
  }

  /**
   * A reused content counts as just written: copied onto itself with a new {@code reutilizado}.
   * False when it is gone (quarantined meanwhile by another node): the caller puts it again.
   */
  private boolean marcarReutilizado(String clave) {
    try {
      s3.copyObject(
          b ->
              b.sourceBucket(bucket)
                  .sourceKey(clave)
                  .destinationBucket(bucket)
                  .destinationKey(clave)
                  .metadataDirective(MetadataDirective.REPLACE)
                  .contentType("application/octet-stream")
                  .metadata(Map.of(REUTILIZADO, Instant.now().toString())));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** The later of Last-Modified (whole seconds) and the instants the store wrote in metadata. */
  private static Instant ultimaEscritura(HeadObjectResponse h) {
    Instant ultima = h.lastModified();
    for (String campo : List.of(ESCRITO, REUTILIZADO)) {
      String valor = h.metadata().get(campo);
      if (valor != null) {
        try {
          Instant i = Instant.parse(valor);
          if (i.isAfter(ultima)) {
            ultima = i;
          }
        } catch (DateTimeParseException ajena) {
          // written by someone else: Last-Modified decides
        }
      }
    }
    return ultima;
  }

  /**
   * A content created inside a transaction that then rolls back is referenced by nothing: remove
   * it, unless another transaction reused it meanwhile ({@code reutilizado} in its metadata).
   */
  private void borrarSiSeRevierte(String hash, String clave) {
    if (transacciones == null || transacciones.getTransactionKey() == null) {
      return;
    }
    transacciones.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int estado) {
            if (estado == Status.STATUS_COMMITTED) {
              return;
            }
            try {
              synchronized (cerrojo(hash)) {
                Optional<HeadObjectResponse> h = cabecera(clave);
                if (h.isEmpty() || h.get().metadata().containsKey(REUTILIZADO)) {
                  return; // gone, or another transaction's now
                }
                s3.deleteObject(b -> b.bucket(bucket).key(clave));
              }
              LOG.fine(() -> "Contenido retirado de S3 tras reversión: " + hash);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "No se pudo retirar de S3 " + clave, e);
            }
          }
        });
  }

  private AwsCredentialsProvider credenciales() {
    if (claveDeAcceso.isPresent() && claveSecreta.isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(claveDeAcceso.get(), claveSecreta.get()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private Object cerrojo(String clave) {
    return cerrojos[Math.floorMod(clave.hashCode(), cerrojos.length)];
  }

  private String clave(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("SHA-256 inválido");
    }
    return base
        + "documentos/"
        + sha256.substring(0, 2)
        + "/"
        + sha256.substring(2, 4)
        + "/"
        + sha256;
  }

  /** A path under the store as {@link #recorrer} gives it; never one that climbs out. */
  private static String relativaSegura(String relativa) {
    if (relativa.isEmpty()
        || relativa.startsWith("/")
        || relativa.contains("\\")
        || List.of(relativa.split("/")).stream().anyMatch(p -> p.equals("..") || p.equals("."))) {
      throw new IllegalArgumentException("Ruta fuera del almacén: " + relativa);
    }
    return relativa;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
