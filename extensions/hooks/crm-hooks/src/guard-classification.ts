import { parseClassificationSettings, parseClassRule } from '@crm/core';
import type { Knex } from 'knex';
import { guardAppendOnly } from './guard-append-only.ts';
import type { CrmHooks, Payload } from './hook-kit.ts';

const RULES = 'crm_classification_rules';
const SETTINGS = 'crm_classification_settings';

/** A rule as it will be after the write, parsed as the run will parse it: a rule the run would refuse is refused now. */
async function checkRules(knex: Knex, data: Payload, keys: readonly (string | number)[]): Promise<void> {
	const rows: Payload[] = keys.length ? await knex(RULES).select('*').whereIn('id', keys as string[]) : [{ id: 'new', name: 'new' }];
	for (const row of rows) parseClassRule({ ...row, ...data });
}

/** The cut-offs together (A below B, X below Y, history within the window), as the run reads them. */
async function checkSettings(knex: Knex, data: Payload): Promise<void> {
	parseClassificationSettings({ ...((await knex(SETTINGS).first()) ?? {}), ...data });
}

/** Rules and settings are checked as a whole; the runs and the class history are the CRM's alone. */
export function guardClassification(hooks: CrmHooks): void {
	hooks.onCreate(RULES, (data, { knex }) => checkRules(knex, data, []));
	hooks.onUpdate(RULES, (data, keys, { knex }) => checkRules(knex, data, keys));
	hooks.onCreate(SETTINGS, (data, { knex }) => checkSettings(knex, data));
	hooks.onUpdate(SETTINGS, (data, _keys, { knex }) => checkSettings(knex, data));
	guardAppendOnly(hooks, 'crm_customer_class_changes', { create: 'The class history is written by the classification run.', changed: 'The class history is never changed or deleted; it goes with its customer.' });
	guardAppendOnly(hooks, 'crm_classification_runs', { create: 'Runs are started with POST /crm/classification/runs or by the schedule.', changed: 'A run is a record of what happened; it is never changed or deleted.' });
}
