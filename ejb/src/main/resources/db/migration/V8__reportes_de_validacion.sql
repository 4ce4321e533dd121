-- Issue 11, item 5 (ADR 0024): the validation of a signed version is kept with it. When a
-- signature adds a version, the portal validates the new PDF and stores three reports in the
-- document store (the readable PDF, DSS's simple and detailed XML reports), in the same
-- transaction as the version, and names them here by SHA-256 with the verdict over all the
-- version's signatures (TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED), how many there are and when it
-- ran. informe_al_firmar is FALSE for a version signed before this migration, validated by the
-- portal's background pass after its first start (InformesPendientes). NULL on unsigned versions.
-- Runs unchanged on PostgreSQL and on H2.

ALTER TABLE version_documento ADD COLUMN informe_indicacion VARCHAR(20);
ALTER TABLE version_documento ADD COLUMN informe_firmas INTEGER;
ALTER TABLE version_documento ADD COLUMN informe_validado_el TIMESTAMP;
ALTER TABLE version_documento ADD COLUMN informe_al_firmar BOOLEAN;
ALTER TABLE version_documento ADD COLUMN informe_pdf_sha256 VARCHAR(64);
ALTER TABLE version_documento ADD COLUMN informe_simple_sha256 VARCHAR(64);
ALTER TABLE version_documento ADD COLUMN informe_detallado_sha256 VARCHAR(64);
