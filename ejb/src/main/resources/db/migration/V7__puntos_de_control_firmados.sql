-- Issue 13 item 5 (ADR 0020): each checkpoint of the audit chain is also a one-page PDF that states
-- its place and hash, signed with the portal's seal at PAdES B-T and kept in the document store
-- under this SHA-256. Verification reads place and hash back from the signed PDF, so editing this
-- table no longer hides a cut tail. NULL: not signed (no seal configured, or signing failed).
-- Runs unchanged on PostgreSQL and on H2.
ALTER TABLE punto_de_control_auditoria ADD COLUMN documento_sha256 VARCHAR(64);
