import { CrmError, planForecastAdjustment } from '@crm/core';
import type { Knex } from 'knex';
import { wholeNumber } from '../analytics/load-sales-sums.ts';
import { managesTeam } from '../order-lifecycle/load-order-step-facts.ts';
import { instantOf } from '../service/instant.ts';

type Row = Record<string, unknown>;
const ADJUSTABLE = ['adjustment', 'adjustment_reason'];

/** Who adjusts: the caller's user, and whether they lead a team (administrators and the server count as managers). */
export interface AdjustingActor {
	userId: string | null;
	admin: boolean;
}

/**
 * S6.4 — a manager's adjustment of stored snapshots: only the adjustment and its reason change; the CRM
 * records who and when and the final forecast once the row is stored (those fields are not the caller's to
 * write). An adjustment is made one snapshot at a time: each has its own forecast and reason.
 */
/** The adjustment as stored (the payload), and what the CRM records beside it once it is stored. */
export interface CheckedAdjustment {
	key: string;
	payload: Row;
	recorded: Row;
}

export async function checkForecastAdjustment(knex: Knex, keys: readonly (string | number)[], data: Row, actor: AdjustingActor, now: string): Promise<CheckedAdjustment | null> {
	const extra = Object.keys(data).filter((field) => !ADJUSTABLE.includes(field));
	if (extra.length > 0) throw new CrmError('CRM_READONLY_FIELD', `A forecast snapshot is the CRM's record: only its adjustment and the reason change, not ${extra.join(', ')}.`, { field: extra[0] });
	const rows = (await knex('crm_forecast_snapshots').select('id', 'month', 'scored_at', 'forecast', 'adjustment', 'adjustment_reason').whereIn('id', keys as string[])) as Row[];
	if (rows.length > 1) throw new CrmError('CRM_INVALID_PAYLOAD', 'Adjust one forecast snapshot at a time: each has its own forecast and reason.', { field: 'adjustment' });
	const row = rows[0];
	if (!row) return null;
	const isManager = actor.admin || (await managesTeam(knex, actor.userId));
	const plan = planForecastAdjustment({
		snapshot: { month: String(row['month']), scoredAt: instantOf(row['scored_at']), forecast: wholeNumber(row['forecast']) },
		adjustment: 'adjustment' in data ? Number(data['adjustment'] ?? 0) : wholeNumber(row['adjustment']),
		reason: 'adjustment_reason' in data ? ((data['adjustment_reason'] as string | null) ?? null) : ((row['adjustment_reason'] as string | null) ?? null),
		actor: { userId: actor.userId ?? 'system', isManager },
		now,
	});
	return { key: String(row['id']), payload: { adjustment: plan.adjustment, adjustment_reason: plan.reason }, recorded: { adjusted_by: actor.userId, adjusted_at: new Date(plan.adjustedAt), final: plan.final } };
}

/** Who adjusted, when, and the final forecast: written in the adjustment's transaction once it is stored. */
export async function recordForecastAdjustment(trx: Knex, key: string, recorded: Row): Promise<void> {
	await trx('crm_forecast_snapshots').where('id', key).update(recorded);
}
