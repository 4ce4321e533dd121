-- Trámite: organización, personas, expedientes, hoja de ruta, remisiones físicas, auditoría.
-- Runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL). Ids come from sequences (no IDENTITY).

CREATE SEQUENCE unidad_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE cargo_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE persona_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE expediente_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE archivo_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE movimiento_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE remision_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE auditoria_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE unidad_organica (
  id BIGINT PRIMARY KEY,
  codigo VARCHAR(20) NOT NULL UNIQUE,
  nombre VARCHAR(200) NOT NULL,
  area_usuaria BOOLEAN NOT NULL DEFAULT FALSE,
  activa BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE cargo (
  id BIGINT PRIMARY KEY,
  codigo VARCHAR(60) NOT NULL UNIQUE,
  nombre VARCHAR(200) NOT NULL,
  rol VARCHAR(40) NOT NULL,
  unidad_id BIGINT NOT NULL REFERENCES unidad_organica (id)
);

CREATE TABLE persona (
  id BIGINT PRIMARY KEY,
  usuario VARCHAR(60) NOT NULL UNIQUE,
  nombres VARCHAR(120) NOT NULL,
  apellidos VARCHAR(120) NOT NULL,
  dni VARCHAR(8),
  correo VARCHAR(200),
  clave_hash VARCHAR(400) NOT NULL,
  administrador BOOLEAN NOT NULL DEFAULT FALSE,
  activa BOOLEAN NOT NULL DEFAULT TRUE,
  intentos_fallidos INTEGER NOT NULL DEFAULT 0,
  bloqueada_hasta TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE persona_cargo (
  persona_id BIGINT NOT NULL REFERENCES persona (id),
  cargo_id BIGINT NOT NULL REFERENCES cargo (id),
  PRIMARY KEY (persona_id, cargo_id)
);

-- One row per year; registrations lock it (UPDATE) to take the next correlative.
CREATE TABLE correlativo_expediente (
  anio INTEGER PRIMARY KEY,
  ultimo BIGINT NOT NULL
);

CREATE TABLE expediente (
  id BIGINT PRIMARY KEY,
  numero VARCHAR(20) NOT NULL,
  anio INTEGER NOT NULL,
  correlativo BIGINT NOT NULL,
  asunto VARCHAR(500) NOT NULL,
  origen VARCHAR(30) NOT NULL,
  remitente_nombre VARCHAR(200) NOT NULL,
  remitente_tipo_documento VARCHAR(10) NOT NULL,
  remitente_numero_documento VARCHAR(11) NOT NULL,
  tipo_documento VARCHAR(30) NOT NULL,
  numero_documento VARCHAR(60) NOT NULL,
  folios INTEGER NOT NULL,
  prioridad VARCHAR(20) NOT NULL,
  plazo_dias INTEGER NOT NULL,
  fecha_limite DATE NOT NULL,
  fecha_registro TIMESTAMP NOT NULL,
  registrado_por VARCHAR(60) NOT NULL,
  estado VARCHAR(20) NOT NULL,
  unidad_actual_id BIGINT NOT NULL REFERENCES unidad_organica (id),
  unidad_destino_id BIGINT REFERENCES unidad_organica (id),
  responsable_id BIGINT REFERENCES persona (id),
  codigo_verificacion VARCHAR(20) NOT NULL,
  proceso_id VARCHAR(64),
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uk_expediente_numero UNIQUE (numero),
  CONSTRAINT uk_expediente_correlativo UNIQUE (anio, correlativo),
  CONSTRAINT uk_expediente_codigo UNIQUE (codigo_verificacion),
  CONSTRAINT ck_expediente_folios CHECK (folios > 0)
);
CREATE INDEX ix_expediente_estado ON expediente (estado);
CREATE INDEX ix_expediente_fecha ON expediente (fecha_registro);

CREATE TABLE archivo_expediente (
  id BIGINT PRIMARY KEY,
  expediente_id BIGINT NOT NULL REFERENCES expediente (id),
  nombre VARCHAR(255) NOT NULL,
  tipo_mime VARCHAR(120) NOT NULL,
  tamano BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  fecha_carga TIMESTAMP NOT NULL
);
CREATE INDEX ix_archivo_expediente ON archivo_expediente (expediente_id);
CREATE INDEX ix_archivo_sha256 ON archivo_expediente (sha256);

CREATE TABLE movimiento (
  id BIGINT PRIMARY KEY,
  expediente_id BIGINT NOT NULL REFERENCES expediente (id),
  secuencia INTEGER NOT NULL,
  fecha TIMESTAMP NOT NULL,
  procedimiento VARCHAR(20),
  actividad INTEGER NOT NULL,
  accion VARCHAR(40) NOT NULL,
  descripcion VARCHAR(300) NOT NULL,
  usuario VARCHAR(60) NOT NULL,
  persona_nombre VARCHAR(250) NOT NULL,
  cargo_nombre VARCHAR(200),
  unidad_codigo VARCHAR(20) NOT NULL,
  destino VARCHAR(250),
  unidad_destino_codigo VARCHAR(20),
  persona_destino_usuario VARCHAR(60),
  instruccion VARCHAR(1000),
  tarea_id VARCHAR(64),
  duracion_segundos BIGINT,
  CONSTRAINT uk_movimiento_secuencia UNIQUE (expediente_id, secuencia),
  CONSTRAINT uk_movimiento_tarea UNIQUE (tarea_id)
);
CREATE INDEX ix_movimiento_unidad ON movimiento (unidad_codigo);
CREATE INDEX ix_movimiento_unidad_destino ON movimiento (unidad_destino_codigo);

CREATE TABLE remision_fisica (
  id BIGINT PRIMARY KEY,
  expediente_id BIGINT NOT NULL REFERENCES expediente (id),
  unidad_origen_id BIGINT NOT NULL REFERENCES unidad_organica (id),
  unidad_destino_id BIGINT NOT NULL REFERENCES unidad_organica (id),
  persona_destino_id BIGINT REFERENCES persona (id),
  enviado_por VARCHAR(60) NOT NULL,
  fecha_envio TIMESTAMP NOT NULL,
  recibido_por VARCHAR(60),
  fecha_recepcion TIMESTAMP,
  folios INTEGER NOT NULL,
  version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_remision_pendiente ON remision_fisica (unidad_destino_id, fecha_recepcion);

CREATE TABLE registro_auditoria (
  id BIGINT PRIMARY KEY,
  fecha TIMESTAMP NOT NULL,
  usuario VARCHAR(60),
  evento VARCHAR(60) NOT NULL,
  objeto VARCHAR(120),
  detalle VARCHAR(1000)
);
CREATE INDEX ix_auditoria_fecha ON registro_auditoria (fecha);
