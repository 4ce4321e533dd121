package pe.gob.minem.tramite.infrastructure.documentos;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server in the test's JVM: s3proxy on a free port, its objects in a folder of the test,
 * with signed requests like AWS S3; and the S3 store on a bucket of it.
 */
public final class AlmacenEnS3 implements AutoCloseable {

  static final String ACCESO = "tramite-pruebas";
  static final String SECRETO = "secreto-de-pruebas";

  private final S3Proxy servidor;

  private AlmacenEnS3(S3Proxy servidor) {
    this.servidor = servidor;
  }

  /** Starts s3proxy with its objects under {@code carpeta}. */
  public static AlmacenEnS3 iniciar(Path carpeta) throws Exception {
    S3Proxy servidor =
        S3Proxy.builder()
            .blobStore(new FilesystemNio2BlobStore(carpeta.toString()))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESO, SECRETO)
            .build();
    servidor.start();
    for (int i = 0; i < 500 && !"STARTED".equals(servidor.getState()); i++) {
      Thread.sleep(10);
    }
    return new AlmacenEnS3(servidor);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + servidor.getPort();
  }

  /**
   * A store on {@code bucket} (created if missing) under {@code prefijo}, outside any container.
   */
  public S3DocumentStore almacen(String bucket, String prefijo) {
    var almacen = sinComprobar(bucket, prefijo);
    almacen.crearBucket = true;
    almacen.comprobarBucket();
    return almacen;
  }

  /** A store as the container makes it, before the start-up check of its bucket. */
  public S3DocumentStore sinComprobar(String bucket, String prefijo) {
    var almacen = new S3DocumentStore();
    almacen.endpoint = Optional.of(endpoint());
    almacen.region = "us-east-1";
    almacen.bucket = bucket;
    almacen.prefijo = Optional.of(prefijo);
    almacen.estiloRuta = true;
    almacen.claveDeAcceso = Optional.of(ACCESO);
    almacen.claveSecreta = Optional.of(SECRETO);
    almacen.preparar();
    return almacen;
  }

  /** A plain client of the server, to look at or tamper with its objects behind the store. */
  public S3Client cliente() {
    return S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create(endpoint()))
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESO, SECRETO)))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  @Override
  public void close() throws Exception {
    servidor.stop();
  }
}
