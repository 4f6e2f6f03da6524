import { CrmError } from '@crm/core';
import { withIdempotency } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

/**
 * POST /crm/orders — an external system sends a whole order with its lines in one call, in one
 * transaction, safely retried with an Idempotency-Key. Prices and totals are the server's, as for
 * orders entered in the Studio.
 */
export function registerCreateOrder(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const ttlHours = Number(env['CRM_IDEMPOTENCY_TTL_HOURS'] ?? 24);

	router.post(
		'/orders',
		asyncRoute(async (req, res) => {
			const body = req.body as unknown;
			if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CrmError('CRM_INVALID_PAYLOAD', 'Send one order as a JSON object with its "lines".', { field: '' });
			if (!Array.isArray((body as Record<string, unknown>)['lines']) || ((body as Record<string, unknown>)['lines'] as unknown[]).length === 0) {
				throw new CrmError('CRM_REQUIRED_FIELD', 'An order needs at least one line in "lines".', { field: 'lines' });
			}

			const options = await serviceOptionsOf(req, getSchema);
			const key = req.header('idempotency-key') ?? undefined;
			const result = await withIdempotency({ knex: database, scope: 'orders', user: options.accountability?.user ?? null, key, body, ttlHours }, () =>
				database.transaction(async (trx) => {
					const orders = new services.ItemsService('crm_orders', { ...options, knex: trx });
					const id = await orders.createOne(body as Record<string, unknown>);
					return { status: 201, body: { data: await orders.readOne(id, { fields: ['*', 'lines.*'] }) } };
				}),
			);

			if (result.replayed) res.setHeader('idempotent-replayed', 'true');
			res.status(result.status).json(result.body);
			return undefined;
		}),
	);
}
