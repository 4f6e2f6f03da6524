import type { Knex } from 'knex';
import { scoreClosedSnapshots } from './score-closed-snapshots.ts';
import { takeForecastSnapshots } from './take-forecast-snapshots.ts';

/** S6.4 — the weekly job: score the snapshots of months that closed, then take this week's. */
export async function runForecastWeek(knex: Knex, at: Date, base: string): Promise<{ scored: number; taken: number }> {
	const scored = await scoreClosedSnapshots(knex, at);
	const taken = await takeForecastSnapshots(knex, at, base);
	return { scored, taken };
}
