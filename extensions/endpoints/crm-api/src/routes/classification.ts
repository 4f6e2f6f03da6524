import { randomUUID } from 'node:crypto';
import { CrmError } from '@crm/core';
import { type ClassOverview, loadClassOverview, runClassification } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { type ServiceOptions, serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;
const SETTINGS = 'crm_classification_settings';
const MAY_RUN = 'Running the classification changes every customer\'s classes: it takes the right to change the classification settings.';

/** Whoever may change the classification settings may run it (sales managers, administrators). */
async function assertMayRun(services: EndpointExtensionContext['services'], options: ServiceOptions): Promise<void> {
	if (!options.accountability || options.accountability.admin) return;
	const allowed = await new services.PermissionsService(options).getItemPermissions(SETTINGS);
	if (!allowed.update.access) throw new CrmError('CRM_NOT_PERMITTED', MAY_RUN, { collection: SETTINGS });
}

const runJson = (run: Row | null) => (run === null ? null : { id: run['id'], trigger: run['trigger'], started_at: run['started_at'], finished_at: run['finished_at'], customers: run['customers'], changed: run['changed'], window_from: run['window_from'], window_to: run['window_to'] });
const overviewJson = (o: ClassOverview, base: string) => ({ base_currency: base, last_run: runJson(o.lastRun), matrix: o.matrix, movements: o.movements, moved: o.moved });

/**
 * A5.4, C1: the customer classification. POST runs it now (the nightly job runs it on its own); GET gives the
 * Classes dashboard its matrix and moves, summed by the database over the customers the caller may read.
 */
export function registerClassificationRoutes(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const base = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	router.post('/classification/runs', asyncRoute(async (req) => {
		const options = await serviceOptionsOf(req, getSchema);
		await assertMayRun(services, options);
		const result = await runClassification(database, { slot: `manual:${randomUUID()}`, trigger: 'manual', startedBy: options.accountability?.user ?? null, now: new Date() });
		const { run, plan, window } = result!;
		return { data: { run, customers: plan.summary.customers, changed: plan.summary.changed, window_from: window.from, window_to: window.to, matrix: plan.summary.matrix } };
	}));

	router.get('/classification/overview', asyncRoute(async (req) => {
		const options = await serviceOptionsOf(req, getSchema);
		const overview = await loadClassOverview((collection) => new services.ItemsService(collection, options));
		return { data: overviewJson(overview, base) };
	}));
}
