-- State that must survive the loss of one of the cluster's nodes (ADR 0041): batches of signatures
-- with one row per document, client-side signing requests between prepare and complete, and the
-- leases («turnos») that let one node at a time run a periodic job.
-- Runs unchanged on PostgreSQL and on H2.

-- A batch: who started it, how many documents, and which node works on it until when (its lease).
-- A lease that ran out with documents still pending is taken over by another node.
CREATE TABLE lote_de_firma (
    id VARCHAR(36) PRIMARY KEY,
    usuario VARCHAR(64) NOT NULL,
    total INTEGER NOT NULL,
    inicio TIMESTAMP NOT NULL,
    fin TIMESTAMP,
    nodo VARCHAR(120) NOT NULL,
    vence TIMESTAMP NOT NULL
);
CREATE INDEX ix_lote_de_firma_vigente ON lote_de_firma (fin, vence);

-- One document of a batch: PENDIENTE until a worker signs it (FIRMADO, in the signature's own
-- transaction) or records why it could not (FALLIDO).
CREATE TABLE tarea_de_lote (
    lote_id VARCHAR(36) NOT NULL REFERENCES lote_de_firma (id) ON DELETE CASCADE,
    orden INTEGER NOT NULL,
    tarea_id VARCHAR(64) NOT NULL,
    estado VARCHAR(10) NOT NULL,
    numero VARCHAR(40),
    documento VARCHAR(300),
    mensaje VARCHAR(1000),
    hecha TIMESTAMP,
    PRIMARY KEY (lote_id, orden)
);

-- A client-side signing request between prepare and complete: what it was prepared for (task,
-- person, version) and what the signing module needs to finish it on any node. Taken (deleted)
-- once by the completion.
CREATE TABLE solicitud_de_firma (
    id VARCHAR(64) PRIMARY KEY,
    tarea_id VARCHAR(64) NOT NULL,
    usuario VARCHAR(64) NOT NULL,
    sha256_version VARCHAR(64) NOT NULL,
    expira TIMESTAMP NOT NULL
);

-- The signing module's own part of a pending request (the prepared PDF and parameters), by id.
CREATE TABLE firma_preparada (
    id VARCHAR(64) PRIMARY KEY,
    datos BYTEA NOT NULL,
    expira TIMESTAMP NOT NULL
);

-- Who runs a periodic job now: the node that holds the row until «hasta».
CREATE TABLE turno (
    nombre VARCHAR(80) PRIMARY KEY,
    nodo VARCHAR(120) NOT NULL,
    hasta TIMESTAMP NOT NULL
);
