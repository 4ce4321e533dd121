-- Accounts (issue 12, ADR 0017): a reset by an administrator makes the person choose a new
-- password at the next login; demo-seeded accounts are marked, so that they are disabled whenever
-- the portal runs outside demo mode. Runs unchanged on PostgreSQL and on H2.

ALTER TABLE persona ADD COLUMN debe_cambiar_clave BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE persona ADD COLUMN de_demostracion BOOLEAN DEFAULT FALSE NOT NULL;

-- Before this version the demo seeder was the only way to create the first persons, so the demo
-- user names in a database that has them are the demo accounts (DatosDeDemostracion.personas).
UPDATE persona SET de_demostracion = TRUE WHERE usuario IN (
  'secretaria.oga', 'director.oga', 'legal.oga', 'secretaria.oti', 'director.oti', 'analista.oti',
  'coordinador.oti', 'operador.oti', 'mesadepartes', 'director.oas', 'secretaria.dgm',
  'director.dgm', 'analista.dgm', 'usuario.area', 'admin');
