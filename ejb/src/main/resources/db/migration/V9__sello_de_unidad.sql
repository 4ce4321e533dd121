-- The image an administrator uploads as a unit's V°B° seal (issue 11, item 6): drawn at the left
-- of the text of every V°B° stamp signed for that unit. Kept in the database with the unit (a few
-- KB; backed up and restored with it), one row per unit, replaced on each upload.
CREATE TABLE sello_unidad (
  unidad_id BIGINT NOT NULL PRIMARY KEY REFERENCES unidad_organica (id),
  imagen BYTEA NOT NULL,
  tipo VARCHAR(20) NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  actualizado TIMESTAMP NOT NULL,
  actualizado_por VARCHAR(100) NOT NULL
);
