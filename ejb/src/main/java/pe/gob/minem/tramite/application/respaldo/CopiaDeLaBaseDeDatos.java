package pe.gob.minem.tramite.application.respaldo;

import java.time.Instant;

/**
 * The database copy the portal made for a backup: its path relative to the data directory, its
 * size, and when the copy began and ended (its snapshot is taken as it begins: everything committed
 * before {@code inicio} is in it).
 */
public record CopiaDeLaBaseDeDatos(String archivo, long bytes, Instant inicio, Instant fin) {}
