-- Plazos of the steps (issue 9, ADR 0014): the national holidays that business days skip, which
-- an administrator edits, and the notices of steps about to fall due or overdue.
-- Runs unchanged on PostgreSQL and on H2.

CREATE TABLE feriado (
  fecha DATE PRIMARY KEY,
  nombre VARCHAR(120) NOT NULL
);

-- Peru's national holidays (Ley 27415, 29569, 30380, 31788 among others): fixed dates, and Jueves
-- and Viernes Santo of each year (Easter 2026: 5 April; 2027: 28 March).
INSERT INTO feriado (fecha, nombre) VALUES
  (DATE '2026-01-01', 'Año Nuevo'),
  (DATE '2026-04-02', 'Jueves Santo'),
  (DATE '2026-04-03', 'Viernes Santo'),
  (DATE '2026-05-01', 'Día del Trabajo'),
  (DATE '2026-06-07', 'Batalla de Arica y Día de la Bandera'),
  (DATE '2026-06-29', 'San Pedro y San Pablo'),
  (DATE '2026-07-23', 'Día de la Fuerza Aérea del Perú'),
  (DATE '2026-07-28', 'Fiestas Patrias'),
  (DATE '2026-07-29', 'Fiestas Patrias'),
  (DATE '2026-08-06', 'Batalla de Junín'),
  (DATE '2026-08-30', 'Santa Rosa de Lima'),
  (DATE '2026-10-08', 'Combate de Angamos'),
  (DATE '2026-11-01', 'Día de Todos los Santos'),
  (DATE '2026-12-08', 'Inmaculada Concepción'),
  (DATE '2026-12-09', 'Batalla de Ayacucho'),
  (DATE '2026-12-25', 'Navidad'),
  (DATE '2027-01-01', 'Año Nuevo'),
  (DATE '2027-03-25', 'Jueves Santo'),
  (DATE '2027-03-26', 'Viernes Santo'),
  (DATE '2027-05-01', 'Día del Trabajo'),
  (DATE '2027-06-07', 'Batalla de Arica y Día de la Bandera'),
  (DATE '2027-06-29', 'San Pedro y San Pablo'),
  (DATE '2027-07-23', 'Día de la Fuerza Aérea del Perú'),
  (DATE '2027-07-28', 'Fiestas Patrias'),
  (DATE '2027-07-29', 'Fiestas Patrias'),
  (DATE '2027-08-06', 'Batalla de Junín'),
  (DATE '2027-08-30', 'Santa Rosa de Lima'),
  (DATE '2027-10-08', 'Combate de Angamos'),
  (DATE '2027-11-01', 'Día de Todos los Santos'),
  (DATE '2027-12-08', 'Inmaculada Concepción'),
  (DATE '2027-12-09', 'Batalla de Ayacucho'),
  (DATE '2027-12-25', 'Navidad');

CREATE SEQUENCE aviso_seq START WITH 1000 INCREMENT BY 50;

-- A notice to one person: a step of theirs falls due soon (PLAZO_POR_VENCER), or a step of their
-- unit is overdue (PLAZO_VENCIDO, to its director).
CREATE TABLE aviso (
  id BIGINT PRIMARY KEY,
  usuario VARCHAR(60) NOT NULL,
  tipo VARCHAR(30) NOT NULL,
  tarea_id VARCHAR(64) NOT NULL,
  numero_expediente VARCHAR(40),
  texto VARCHAR(500) NOT NULL,
  vence TIMESTAMP,
  creado TIMESTAMP NOT NULL,
  leido TIMESTAMP
);
CREATE INDEX aviso_usuario ON aviso (usuario, leido);
CREATE UNIQUE INDEX aviso_unico ON aviso (usuario, tipo, tarea_id);
