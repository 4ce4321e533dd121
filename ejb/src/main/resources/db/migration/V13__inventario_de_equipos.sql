-- The OTI's equipment inventory (ADR 0030): one row per item, known by its código patrimonial, and
-- its history (registration, changes, tickets, maintenance, loans, write-off), which P/OGA-TI-09,
-- 10 and 11 append to. Runs unchanged on PostgreSQL and on H2.

CREATE SEQUENCE equipo_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE evento_equipo_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE equipo (
  id BIGINT PRIMARY KEY,
  codigo_patrimonial VARCHAR(20) NOT NULL UNIQUE,
  tipo VARCHAR(30) NOT NULL,
  marca VARCHAR(60) NOT NULL,
  modelo VARCHAR(100),
  serie VARCHAR(60),
  -- a persona's user name (not a foreign key: the item outlives the account)
  usuario_asignado VARCHAR(60),
  unidad VARCHAR(20),
  ubicacion VARCHAR(200),
  garantia_hasta DATE,
  estado VARCHAR(20) NOT NULL,
  registrado TIMESTAMP NOT NULL,
  version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX equipo_usuario ON equipo (usuario_asignado);
CREATE INDEX equipo_unidad ON equipo (unidad);

CREATE TABLE evento_equipo (
  id BIGINT PRIMARY KEY,
  equipo_id BIGINT NOT NULL REFERENCES equipo (id),
  instante TIMESTAMP NOT NULL,
  tipo VARCHAR(30) NOT NULL,
  descripcion VARCHAR(2000),
  referencia VARCHAR(60),
  actor VARCHAR(60) NOT NULL
);
CREATE INDEX evento_equipo_equipo ON evento_equipo (equipo_id, instante);
