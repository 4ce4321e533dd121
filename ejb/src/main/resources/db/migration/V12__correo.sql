-- Mail (ADR 0029): the outbox the portal sends from after the enqueuing transaction commits, and
-- the messages read from the portal's IMAP mailbox. Runs unchanged on PostgreSQL and on H2.

CREATE SEQUENCE correo_saliente_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE correo_entrante_seq START WITH 1000 INCREMENT BY 1;

-- One row per mail to send. The unique clave is what makes enqueuing idempotent; message_id is
-- derived from it. A sender claims a due row by moving it PENDIENTE -> ENVIANDO with a lease
-- (arriendo_hasta) under a version check, sends outside any transaction, then marks it.
CREATE TABLE correo_saliente (
  id BIGINT PRIMARY KEY,
  clave VARCHAR(200) NOT NULL UNIQUE,
  message_id VARCHAR(250) NOT NULL,
  para VARCHAR(320) NOT NULL,
  asunto VARCHAR(500) NOT NULL,
  texto VARCHAR(200000) NOT NULL,
  html VARCHAR(400000),
  referencia VARCHAR(100),
  en_respuesta_a VARCHAR(250),
  estado VARCHAR(10) NOT NULL,
  intentos INTEGER NOT NULL DEFAULT 0,
  proximo_intento TIMESTAMP NOT NULL,
  arriendo_hasta TIMESTAMP,
  ultimo_error VARCHAR(1000),
  creado TIMESTAMP NOT NULL,
  enviado TIMESTAMP,
  version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX correo_saliente_pendiente ON correo_saliente (estado, proximo_intento);
CREATE INDEX correo_saliente_referencia ON correo_saliente (referencia);

-- One row per message read from the mailbox, inserted in the transaction that hands it to the
-- portal (event CorreoRecibido): the unique message_id is what makes a message processed once.
-- A message whose processing failed five times is recorded FALLIDO with the reason, and skipped.
CREATE TABLE correo_entrante (
  id BIGINT PRIMARY KEY,
  message_id VARCHAR(500) NOT NULL UNIQUE,
  de VARCHAR(320),
  nombre_de VARCHAR(200),
  asunto VARCHAR(1000),
  fecha TIMESTAMP,
  en_respuesta_a VARCHAR(4000),
  adjuntos VARCHAR(4000),
  descartados VARCHAR(4000),
  estado VARCHAR(10) NOT NULL,
  motivo VARCHAR(1000),
  recibido TIMESTAMP NOT NULL
);

-- Failed attempts to process a message, counted outside the rolled-back transaction.
CREATE TABLE correo_entrante_fallo (
  message_id VARCHAR(500) PRIMARY KEY,
  intentos INTEGER NOT NULL,
  motivo VARCHAR(1000),
  ultimo TIMESTAMP NOT NULL
);
