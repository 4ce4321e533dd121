-- Alerts of the monitoring software as P/OGA-TI-08 procedures (ADR 0028). Runs unchanged on
-- PostgreSQL and on H2.

-- A source that may post alerts: Alertmanager or Zabbix, with the SHA-256 of its bearer token (the
-- token itself is shown once, when it is created or rotated, and never stored).
CREATE SEQUENCE fuente_de_monitoreo_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE fuente_de_monitoreo (
  id BIGINT NOT NULL PRIMARY KEY,
  codigo VARCHAR(40) NOT NULL UNIQUE,
  tipo VARCHAR(20) NOT NULL,
  token_sha256 VARCHAR(64) NOT NULL,
  activa BOOLEAN NOT NULL,
  creada TIMESTAMP NOT NULL,
  creada_por VARCHAR(100) NOT NULL,
  token_emitido TIMESTAMP NOT NULL
);

-- One alert per (source, fingerprint) occurrence: Alertmanager's fingerprint or Zabbix's problem
-- event id. clave_abierta is the fingerprint while the alert is open and NULL once resolved, so the
-- unique index allows one open alert per fingerprint and source, and any number of resolved ones
-- (NULLs are distinct in a unique index on both databases): the index, not a lock in one JVM,
-- decides which of two simultaneous first firings opens the expediente.
CREATE SEQUENCE alerta_de_monitoreo_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE alerta_de_monitoreo (
  id BIGINT NOT NULL PRIMARY KEY,
  fuente_id BIGINT NOT NULL REFERENCES fuente_de_monitoreo (id),
  huella VARCHAR(200) NOT NULL,
  clave_abierta VARCHAR(200),
  nombre VARCHAR(300) NOT NULL,
  severidad VARCHAR(40),
  equipo VARCHAR(300),
  resumen VARCHAR(1000),
  estado VARCHAR(20) NOT NULL,
  expediente_numero VARCHAR(30),
  proceso_id VARCHAR(64),
  inicio TIMESTAMP,
  primera_recepcion TIMESTAMP NOT NULL,
  ultima_recepcion TIMESTAMP NOT NULL,
  resuelta TIMESTAMP,
  recepciones INTEGER NOT NULL,
  version BIGINT NOT NULL
);
CREATE UNIQUE INDEX alerta_de_monitoreo_abierta ON alerta_de_monitoreo (fuente_id, clave_abierta);
CREATE INDEX alerta_de_monitoreo_huella ON alerta_de_monitoreo (fuente_id, huella);

-- A technical account (sistema.monitoreo) registers the expedientes the alerts open: it has no
-- password and the login refuses it whatever is sent.
ALTER TABLE persona ADD COLUMN tecnica BOOLEAN DEFAULT FALSE NOT NULL;
