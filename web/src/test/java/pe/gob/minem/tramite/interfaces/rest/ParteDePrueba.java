package pe.gob.minem.tramite.interfaces.rest;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A multipart part as Jersey hands it over: a name, maybe a file name, and its bytes. */
record ParteDePrueba(String nombre, String archivo, byte[] bytes) implements EntityPart {

  static ParteDePrueba json(String nombre, String json) {
    return new ParteDePrueba(nombre, null, json.getBytes(StandardCharsets.UTF_8));
  }

  static ParteDePrueba archivo(String nombre, String archivo, String contenido) {
    return new ParteDePrueba(nombre, archivo, contenido.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String getName() {
    return nombre;
  }

  @Override
  public Optional<String> getFileName() {
    return Optional.ofNullable(archivo);
  }

  @Override
  public InputStream getContent() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public <T> T getContent(Class<T> tipo) {
    if (tipo != String.class) {
      throw new UnsupportedOperationException(tipo.getName());
    }
    return tipo.cast(new String(bytes, StandardCharsets.UTF_8));
  }

  @Override
  public <T> T getContent(GenericType<T> tipo) {
    throw new UnsupportedOperationException();
  }

  @Override
  public MultivaluedMap<String, String> getHeaders() {
    return new MultivaluedHashMap<>();
  }

  @Override
  public MediaType getMediaType() {
    return archivo == null
        ? MediaType.APPLICATION_JSON_TYPE
        : MediaType.APPLICATION_OCTET_STREAM_TYPE;
  }
}
