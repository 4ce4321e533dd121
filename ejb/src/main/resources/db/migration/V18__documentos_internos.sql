-- Documents from a unit of the ministry (ADR 0037): the sender is the unit and its signer, with no
-- DNI or RUC, so the identity document's columns may be empty and three columns say which unit (its
-- code, and its name as it was when the document was registered) and the signer's cargo.
-- Runs unchanged on PostgreSQL and on H2.

ALTER TABLE expediente ALTER COLUMN remitente_tipo_documento DROP NOT NULL;
ALTER TABLE expediente ALTER COLUMN remitente_numero_documento DROP NOT NULL;
ALTER TABLE expediente ADD COLUMN remitente_unidad_codigo VARCHAR(20);
ALTER TABLE expediente ADD COLUMN remitente_unidad_nombre VARCHAR(200);
ALTER TABLE expediente ADD COLUMN remitente_cargo VARCHAR(200);
