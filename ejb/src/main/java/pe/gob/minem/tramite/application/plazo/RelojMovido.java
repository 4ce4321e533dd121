package pe.gob.minem.tramite.application.plazo;

import java.time.Instant;

/**
 * The tests' clock moved forward ({@link RelojDePruebas}) and the timers due by then ran: each
 * scheduled look (backups, survey reminders, daily digests…) observes it and looks again now, so a
 * new one needs no change here. Fired synchronously: when {@code avanzar} returns, they have run.
 */
public record RelojMovido(Instant ahora) {}
