-- P/OGA-TI-06 Realización de Copias de Respaldo (ADR 0027): the catálogo de respaldos the OTI keeps
-- as data, every change of it, the scheduled runs the portal started (one row per entry and due
-- time: the unique key is what makes a run happen once even with two nodes), the executions the
-- Analista de Redes records, and the month's expediente of backups.
-- Runs unchanged on PostgreSQL and on H2.

CREATE SEQUENCE catalogo_respaldo_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cambio_catalogo_respaldo_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE ejecucion_de_respaldo_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE catalogo_respaldo (
  id BIGINT PRIMARY KEY,
  servidor VARCHAR(200) NOT NULL,
  informacion VARCHAR(3000),
  tipo VARCHAR(20) NOT NULL,
  frecuencia VARCHAR(10) NOT NULL,
  dia INTEGER,
  hora VARCHAR(5) NOT NULL,
  retencion_dias INTEGER NOT NULL,
  medio VARCHAR(10) NOT NULL,
  custodia VARCHAR(200) NOT NULL,
  activo BOOLEAN NOT NULL,
  -- the last due time a run was started for (or, before any, when the entry was scheduled): the
  -- scheduler claims the next one by moving it with a conditional UPDATE
  ultima_programada TIMESTAMP NOT NULL,
  creado TIMESTAMP NOT NULL,
  creado_por VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE cambio_catalogo_respaldo (
  id BIGINT PRIMARY KEY,
  catalogo_id BIGINT NOT NULL REFERENCES catalogo_respaldo (id),
  momento TIMESTAMP NOT NULL,
  usuario VARCHAR(100) NOT NULL,
  accion VARCHAR(20) NOT NULL,
  antes VARCHAR(4000),
  despues VARCHAR(4000) NOT NULL,
  expediente VARCHAR(30)
);
CREATE INDEX cambio_catalogo_respaldo_catalogo ON cambio_catalogo_respaldo (catalogo_id, momento);

CREATE TABLE respaldo_programado (
  catalogo_id BIGINT NOT NULL REFERENCES catalogo_respaldo (id),
  programado_para TIMESTAMP NOT NULL,
  proceso_id VARCHAR(64) NOT NULL,
  expediente VARCHAR(30) NOT NULL,
  omitidas INTEGER NOT NULL,
  iniciado TIMESTAMP NOT NULL,
  PRIMARY KEY (catalogo_id, programado_para)
);

CREATE TABLE ejecucion_de_respaldo (
  id BIGINT PRIMARY KEY,
  catalogo_id BIGINT NOT NULL REFERENCES catalogo_respaldo (id),
  proceso_id VARCHAR(64) NOT NULL,
  intento INTEGER NOT NULL,
  expediente VARCHAR(30) NOT NULL,
  programado_para TIMESTAMP,
  realizada TIMESTAMP NOT NULL,
  realizada_por VARCHAR(100) NOT NULL,
  modo VARCHAR(12) NOT NULL,
  tamano_mb BIGINT NOT NULL,
  resultado VARCHAR(12) NOT NULL,
  observacion VARCHAR(3000),
  medio VARCHAR(10) NOT NULL,
  etiqueta_medio VARCHAR(60),
  custodia VARCHAR(200) NOT NULL,
  guia_envio VARCHAR(60),
  enviada TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0,
  UNIQUE (proceso_id, intento)
);
CREATE INDEX ejecucion_de_respaldo_expediente ON ejecucion_de_respaldo (expediente);

CREATE TABLE expediente_de_respaldos (
  anio INTEGER NOT NULL,
  mes INTEGER NOT NULL,
  numero VARCHAR(30) NOT NULL,
  PRIMARY KEY (anio, mes)
);
