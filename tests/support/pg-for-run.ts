import { isPgReachable, type PgTarget, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';

/**
 * The PostgreSQL of this run, or null to run on SQLite only: required in CI and whenever TEST_PG_HOST is set
 * (unreachable = failed run); otherwise used when it answers, with a loud warning when it does not.
 */
export async function pgForRun(): Promise<PgTarget | null> {
	const pg = pgTargetFromEnv();
	const pgRequired = process.env['CI'] === 'true' || Boolean(process.env['TEST_PG_HOST']);
	const pgReachable = await isPgReachable(pg);
	if (pgRequired && !pgReachable) throw new Error(`PostgreSQL at ${pg.host}:${pg.port} is required for this run but does not answer.`);
	if (!pgReachable) console.warn(`\n!!! PostgreSQL at ${pg.host}:${pg.port} is not reachable: integration tests run on SQLite only.\n`);
	return pgReachable ? pg : null;
}
