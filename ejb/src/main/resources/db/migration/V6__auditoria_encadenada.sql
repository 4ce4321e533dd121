-- Issue 13 (ADR 0020): a tamper-evident audit trail and idempotent registrations.
-- Runs unchanged on PostgreSQL and on H2 (TEXT is a CLOB in H2).

-- Every audit row gets its place in the chain (gap-free, in chain order), the hash of the row
-- before it and its own hash: SHA-256 over (secuencia, fecha, usuario, evento, objeto, detalle,
-- hash_anterior). Rows written before this version are chained by the portal at its first start
-- (RegistrosAnteriores: SQL cannot compute the same hash on both databases), in id order.
ALTER TABLE registro_auditoria ADD COLUMN secuencia BIGINT;
ALTER TABLE registro_auditoria ADD COLUMN hash_anterior VARCHAR(64);
ALTER TABLE registro_auditoria ADD COLUMN hash VARCHAR(64);
CREATE UNIQUE INDEX uk_auditoria_secuencia ON registro_auditoria (secuencia);
CREATE INDEX ix_auditoria_usuario ON registro_auditoria (usuario, fecha);
CREATE INDEX ix_auditoria_objeto ON registro_auditoria (objeto, fecha);

-- The chain's head: one row, locked (SELECT … FOR UPDATE) by every transaction that appends, so
-- that rows are chained one after another. ultimo_id_anterior: the rows up to this id predate the
-- chain and are chained once at the first start; any later row outside the chain was not written
-- by the portal.
CREATE TABLE cadena_auditoria (
  id INTEGER PRIMARY KEY,
  secuencia BIGINT NOT NULL,
  hash VARCHAR(64) NOT NULL,
  ultimo_id_anterior BIGINT NOT NULL
);
INSERT INTO cadena_auditoria (id, secuencia, hash, ultimo_id_anterior)
  SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COALESCE(MAX(id), 0)
  FROM registro_auditoria;

-- Checkpoints of the chain's head (hourly and at each verification): a later verification that
-- finds the chain shorter than a checkpoint, or another hash at its place, detects a cut tail.
CREATE SEQUENCE punto_de_control_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE punto_de_control_auditoria (
  id BIGINT PRIMARY KEY,
  fecha TIMESTAMP NOT NULL,
  secuencia BIGINT NOT NULL,
  hash VARCHAR(64) NOT NULL
);
CREATE INDEX ix_punto_de_control_secuencia ON punto_de_control_auditoria (secuencia);

-- Idempotency-Key: the first successful answer to a user's key, kept 24 hours, written in the
-- transaction of the registration it answers. The unique key makes two requests with the same key
-- at once wait for each other (PostgreSQL) or fail (H2): only one registers.
CREATE SEQUENCE respuesta_idempotente_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE respuesta_idempotente (
  id BIGINT PRIMARY KEY,
  usuario VARCHAR(60) NOT NULL,
  clave VARCHAR(100) NOT NULL,
  huella VARCHAR(64),
  estado INTEGER,
  ubicacion VARCHAR(300),
  cuerpo TEXT,
  creada TIMESTAMP NOT NULL,
  expira TIMESTAMP NOT NULL,
  CONSTRAINT uk_respuesta_idempotente UNIQUE (usuario, clave)
);
CREATE INDEX ix_respuesta_idempotente_expira ON respuesta_idempotente (expira);
