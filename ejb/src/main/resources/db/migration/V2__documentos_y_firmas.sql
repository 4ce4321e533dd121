-- Documents drafted inside an expediente, their immutable versions and their signatures
-- (P/OGA-TI-02: visto bueno o suscripción).

CREATE SEQUENCE documento_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE version_documento_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE firma_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE documento (
  id BIGINT PRIMARY KEY,
  expediente_id BIGINT NOT NULL REFERENCES expediente (id),
  tipo VARCHAR(30) NOT NULL,
  asunto VARCHAR(500) NOT NULL,
  autor_id BIGINT NOT NULL REFERENCES persona (id),
  unidad_id BIGINT NOT NULL REFERENCES unidad_organica (id),
  estado VARCHAR(30) NOT NULL,
  codigo_verificacion VARCHAR(20) NOT NULL,
  publico BOOLEAN NOT NULL DEFAULT FALSE,
  revision_legal BOOLEAN,
  proceso_id VARCHAR(64),
  fecha_creacion TIMESTAMP NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uk_documento_codigo UNIQUE (codigo_verificacion)
);
CREATE INDEX ix_documento_expediente ON documento (expediente_id);

CREATE TABLE version_documento (
  id BIGINT PRIMARY KEY,
  documento_id BIGINT NOT NULL REFERENCES documento (id),
  numero INTEGER NOT NULL,
  nombre VARCHAR(255) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  tamano BIGINT NOT NULL,
  origen VARCHAR(20) NOT NULL,
  motivo VARCHAR(300) NOT NULL,
  creada_por VARCHAR(60) NOT NULL,
  fecha TIMESTAMP NOT NULL,
  CONSTRAINT uk_version_numero UNIQUE (documento_id, numero)
);

CREATE TABLE firma (
  id BIGINT PRIMARY KEY,
  documento_id BIGINT NOT NULL REFERENCES documento (id),
  version_id BIGINT NOT NULL REFERENCES version_documento (id),
  clase VARCHAR(20) NOT NULL,
  actividad INTEGER NOT NULL,
  firmante VARCHAR(60) NOT NULL,
  firmante_nombre VARCHAR(250) NOT NULL,
  cargo VARCHAR(200) NOT NULL,
  fecha TIMESTAMP NOT NULL,
  nivel VARCHAR(30) NOT NULL,
  indicacion VARCHAR(20) NOT NULL,
  anulada BOOLEAN NOT NULL DEFAULT FALSE,
  motivo_anulacion VARCHAR(300)
);
CREATE INDEX ix_firma_documento ON firma (documento_id);
