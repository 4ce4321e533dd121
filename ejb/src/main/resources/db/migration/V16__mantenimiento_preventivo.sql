-- P/OGA-TI-11 Mantenimiento Preventivo de Equipos Informáticos (ADR 0033): the annual plan, one per
-- year, on the OTI's expediente that runs the procedure, and its cronograma, one row per item of the
-- inventory with its scheduled day and what became of it. Runs unchanged on PostgreSQL and on H2.

CREATE TABLE plan_preventivo (
  anio INTEGER PRIMARY KEY,
  expediente VARCHAR(30) NOT NULL UNIQUE,
  -- PROYECTO (acts. 1-8), EN_EJECUCION (from act. 9), CONCLUIDO (act. 19)
  estado VARCHAR(20) NOT NULL,
  -- what the Coordinador asked at act. 1 (or 3): units, kinds, first day, items per day
  unidades VARCHAR(400),
  tipos VARCHAR(400),
  fecha_inicio DATE,
  equipos_por_dia INTEGER,
  version_plan INTEGER NOT NULL DEFAULT 0,
  iniciado_por VARCHAR(60) NOT NULL,
  iniciado TIMESTAMP NOT NULL
);

CREATE TABLE cronograma_preventivo (
  anio INTEGER NOT NULL REFERENCES plan_preventivo (anio),
  orden INTEGER NOT NULL,
  codigo_patrimonial VARCHAR(20) NOT NULL,
  tipo VARCHAR(30) NOT NULL,
  unidad VARCHAR(20) NOT NULL,
  usuario VARCHAR(60) NOT NULL,
  fecha_programada DATE NOT NULL,
  -- PROGRAMADO, EN_ATENCION (act. 11), REALIZADO (act. 18)
  estado VARCHAR(20) NOT NULL,
  confirmado_por VARCHAR(60),
  confirmado TIMESTAMP,
  ticket VARCHAR(40),
  atendido TIMESTAMP,
  conformidad_documento BIGINT,
  conformidad_numero VARCHAR(60),
  realizado TIMESTAMP,
  PRIMARY KEY (anio, orden),
  UNIQUE (anio, codigo_patrimonial)
);
