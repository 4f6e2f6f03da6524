import { checkTimeEntry } from '@crm/directus';
import type { CrmHooks, HookDeps } from './hook-kit.ts';

const TIME_ENTRIES = 'crm_service_time_entries';

/** Time spent on requests: normalised, never in the future, never overlapping the specialist's other entries. */
export function guardTimeEntries(hooks: CrmHooks, { nowIso }: HookDeps): void {
	hooks.onCreate(TIME_ENTRIES, (data, { knex, accountability }) => checkTimeEntry(knex, data, null, accountability?.user ?? null, nowIso()));
	hooks.onUpdate(TIME_ENTRIES, (data, keys, { knex, accountability }) => checkTimeEntry(knex, data, keys, accountability?.user ?? null, nowIso()));
}
