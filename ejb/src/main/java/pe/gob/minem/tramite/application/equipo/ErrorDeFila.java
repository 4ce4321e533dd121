package pe.gob.minem.tramite.application.equipo;

import java.io.Serializable;

/**
 * Why a row of an import was not taken: the file's line (the header is line 1), the column as the
 * header names it ({@code fila} for the row as a whole) and the reason, in Spanish.
 */
public record ErrorDeFila(int linea, String columna, String motivo) implements Serializable {}
