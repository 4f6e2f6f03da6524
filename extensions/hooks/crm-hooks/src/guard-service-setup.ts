import { rerouteForAbsences } from '@crm/directus';
import { SERVICE_SETUP_CHECKS } from './check-service-setup.ts';
import type { CrmHooks, HookDeps } from './hook-kit.ts';

const ABSENCES = 'crm_service_absences';

/** Calendars, SLA targets, classification rules, absences and contracts: checked as they will be stored. */
export function guardServiceSetup(hooks: CrmHooks, { nowIso }: HookDeps): void {
	for (const [collection, check] of Object.entries(SERVICE_SETUP_CHECKS)) {
		hooks.onCreate(collection, (data, { knex }) => check(knex, collection, data, null));
		hooks.onUpdate(collection, (data, keys, { knex }) => check(knex, collection, data, keys));
	}
	// A moved or reassigned absence has to move the requests again when it begins.
	hooks.onUpdate(ABSENCES, (data) => (['starts_at', 'ends_at', 'specialist'].some((f) => f in data) ? { ...data, rerouted: false } : data));
	// An absence that has begun moves the specialist's open requests at once, in the same transaction.
	hooks.afterWrite(ABSENCES, async ({ action }, trx) => {
		if (action === 'create' || action === 'update') await rerouteForAbsences(trx, nowIso());
	});
}
