-- The archive (issue 5): confidentiality levels, the text extracted from every stored file,
-- the durable indexing queue and each person's saved searches.
-- Runs unchanged on PostgreSQL and on H2 (TEXT is a CLOB in H2).

-- Ley 27806: PUBLICO (any person of the entity), RESERVADO (the units that handled it; the
-- default, as before this migration), CONFIDENCIAL (the persons who handled it and the directors
-- of those units).
ALTER TABLE expediente ADD COLUMN confidencialidad VARCHAR(20) DEFAULT 'RESERVADO' NOT NULL;
ALTER TABLE documento ADD COLUMN confidencialidad VARCHAR(20) DEFAULT 'RESERVADO' NOT NULL;

CREATE SEQUENCE texto_extraido_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE tarea_indexacion_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE busqueda_guardada_seq START WITH 1000 INCREMENT BY 50;

-- One row per stored file (a mesa de partes file or a document version), written once by the
-- extraction worker: the text (pages separated by form feeds) or why it could not be extracted.
CREATE TABLE texto_extraido (
  id BIGINT PRIMARY KEY,
  clase VARCHAR(10) NOT NULL,
  referencia BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  estado VARCHAR(20) NOT NULL,
  texto TEXT,
  paginas INTEGER,
  tipo_mime VARCHAR(120),
  con_ocr BOOLEAN DEFAULT FALSE NOT NULL,
  truncado BOOLEAN DEFAULT FALSE NOT NULL,
  motivo VARCHAR(500),
  intentos INTEGER DEFAULT 0 NOT NULL,
  milisegundos BIGINT,
  fecha TIMESTAMP NOT NULL,
  CONSTRAINT uk_texto_extraido UNIQUE (clase, referencia)
);
CREATE INDEX ix_texto_extraido_estado ON texto_extraido (estado);

-- The durable queue: an expediente to (re)index, written in the same transaction as the change
-- that makes it necessary; the worker takes rows after commit, and after a restart.
CREATE TABLE tarea_indexacion (
  id BIGINT PRIMARY KEY,
  expediente_id BIGINT NOT NULL REFERENCES expediente (id),
  estado VARCHAR(20) NOT NULL,
  intentos INTEGER DEFAULT 0 NOT NULL,
  proximo_intento TIMESTAMP NOT NULL,
  motivo VARCHAR(500),
  creada TIMESTAMP NOT NULL,
  terminada TIMESTAMP
);
CREATE INDEX ix_tarea_indexacion_estado ON tarea_indexacion (estado, proximo_intento);

CREATE TABLE busqueda_guardada (
  id BIGINT PRIMARY KEY,
  persona_id BIGINT NOT NULL REFERENCES persona (id),
  nombre VARCHAR(120) NOT NULL,
  consulta VARCHAR(2000) NOT NULL,
  creada TIMESTAMP NOT NULL,
  CONSTRAINT uk_busqueda_guardada UNIQUE (persona_id, nombre)
);
