-- The bell and the daily digest (ADR 0036): per person, the instant they last opened the bell (what
-- came after it is "new"), whether they asked for the daily digest by mail, and the Lima day the
-- last digest was written to the outbox (never two for the same day). Runs unchanged on PostgreSQL
-- and on H2.

CREATE TABLE preferencia_de_avisos (
  usuario VARCHAR(60) PRIMARY KEY,
  visto_hasta TIMESTAMP,
  resumen_diario BOOLEAN NOT NULL DEFAULT FALSE,
  resumen_enviado DATE,
  version BIGINT NOT NULL DEFAULT 0
);
