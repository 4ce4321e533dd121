-- The Mesa de Ayuda's tickets, P/OGA-TI-09 (ADR 0031). Runs unchanged on PostgreSQL and on H2.

-- TCK-AAAA-NNNNNN, per year, taken like expediente numbers (ADR 0008).
CREATE TABLE correlativo_ticket (
  anio INTEGER NOT NULL PRIMARY KEY,
  ultimo BIGINT NOT NULL
);

-- A user's request: how it came (correo, teléfono, presencial, memorándum), who asked, what it is
-- about, and the expediente that carries its P/OGA-TI-09 instance.
CREATE SEQUENCE ticket_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ticket (
  id BIGINT NOT NULL PRIMARY KEY,
  numero VARCHAR(20) NOT NULL,
  canal VARCHAR(20) NOT NULL,
  categoria VARCHAR(20),
  impacto VARCHAR(20),
  prioridad VARCHAR(20),
  estado VARCHAR(20) NOT NULL,
  asunto VARCHAR(300) NOT NULL,
  descripcion VARCHAR(10000),
  solicitante_nombre VARCHAR(200) NOT NULL,
  solicitante_correo VARCHAR(254),
  solicitante_usuario VARCHAR(100),
  unidad VARCHAR(20),
  codigo_patrimonial VARCHAR(20),
  expediente_numero VARCHAR(30) NOT NULL,
  proceso_id VARCHAR(64),
  mensaje_id VARCHAR(500),
  registrado TIMESTAMP NOT NULL,
  registrado_por VARCHAR(100) NOT NULL,
  cerrado TIMESTAMP,
  version BIGINT NOT NULL,
  CONSTRAINT uk_ticket_numero UNIQUE (numero),
  CONSTRAINT uk_ticket_expediente UNIQUE (expediente_numero)
);
CREATE INDEX ix_ticket_estado ON ticket (estado, registrado);

-- The ticket's thread: mails received (their Message-ID, so a reply finds its ticket and a mail is
-- never added twice), notes of the people who work it and what the user was told.
CREATE SEQUENCE mensaje_de_ticket_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE mensaje_de_ticket (
  id BIGINT NOT NULL PRIMARY KEY,
  ticket_id BIGINT NOT NULL REFERENCES ticket (id),
  instante TIMESTAMP NOT NULL,
  tipo VARCHAR(20) NOT NULL,
  autor VARCHAR(254) NOT NULL,
  texto VARCHAR(10000),
  message_id VARCHAR(500),
  CONSTRAINT uk_mensaje_de_ticket_message_id UNIQUE (message_id)
);
CREATE INDEX ix_mensaje_de_ticket ON mensaje_de_ticket (ticket_id, instante);

-- The satisfaction survey mailed when the ticket closes: a one-time link whose token is kept only as
-- its SHA-256; answered once; one reminder if unanswered.
CREATE TABLE encuesta_de_servicio (
  ticket_id BIGINT NOT NULL PRIMARY KEY REFERENCES ticket (id),
  token_sha256 VARCHAR(64) NOT NULL,
  enviada TIMESTAMP NOT NULL,
  vence TIMESTAMP NOT NULL,
  recordatorio TIMESTAMP,
  respondida TIMESTAMP,
  rapidez INTEGER,
  solucion INTEGER,
  trato INTEGER,
  satisfaccion INTEGER,
  comentario VARCHAR(2000),
  version BIGINT NOT NULL,
  CONSTRAINT uk_encuesta_token UNIQUE (token_sha256)
);
