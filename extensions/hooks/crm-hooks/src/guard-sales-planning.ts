import { CrmError } from '@crm/core';
import { checkForecastAdjustment, checkPlanScope, checkTargetCreate, checkTargetUpdate, recordForecastAdjustment } from '@crm/directus';
import { type CrmHooks, type HookDeps, writerOf } from './hook-kit.ts';
import { handoffTopic } from './write-handoff.ts';

const TARGETS = 'crm_sales_targets';
const SNAPSHOTS = 'crm_forecast_snapshots';
/** Who adjusted a snapshot, when, and its final forecast: written once the adjustment is stored, in its transaction. */
const ADJUSTED = handoffTopic<Record<string, unknown>>('forecast-adjusted');

/**
 * S6.5 and S6.4: sales plans are measurable and in the base currency; forecast snapshots are taken by the
 * CRM (the weekly job), and a manager changes only their adjustment, with a reason, recorded with who and when.
 */
export function guardSalesPlanning(hooks: CrmHooks, { baseCurrency, nowIso, handoff }: HookDeps): void {
	hooks.onCreate(TARGETS, async (data, { knex, accountability }) => {
		await checkPlanScope(knex, TARGETS, writerOf(accountability), data, null);
		return checkTargetCreate(data, baseCurrency);
	});
	hooks.onUpdate(TARGETS, async (data, keys, { knex, accountability }) => {
		await checkPlanScope(knex, TARGETS, writerOf(accountability), data, keys);
		await checkTargetUpdate(knex, keys, data);
	});
	hooks.onCreate(SNAPSHOTS, () => {
		throw new CrmError('CRM_USE_ENDPOINT', 'Forecast snapshots are taken by the CRM every week (or by POST /crm/forecasts/run): adjust one instead.', {});
	});
	hooks.onUpdate(SNAPSHOTS, async (data, keys, { knex, accountability }) => {
		const checked = await checkForecastAdjustment(knex, keys, data, { userId: accountability?.user ?? null, admin: !accountability || accountability.admin === true }, nowIso());
		if (!checked) return data;
		handoff.put(ADJUSTED, SNAPSHOTS, checked.key, checked.recorded);
		return checked.payload;
	});
	hooks.afterWrite(SNAPSHOTS, async ({ item }, trx) => {
		const recorded = handoff.take(ADJUSTED, SNAPSHOTS, item);
		if (recorded) await recordForecastAdjustment(trx, item, recorded);
	});
}
