import { cancelOrder, chooseWarehouse, closeOrder, confirmOrder, creditExposureOf, CrmError, isUuid, type OrderStepLine, type OrderStepOrder, type OrderStepPlan } from '@crm/core';
import { applyOrderStepPlan, loadCreditExposureFacts, loadProductKinds, loadWarehouseCandidates, lockOrderForStep, lockWarehouseStock, managesTeam } from '@crm/directus';
import type { Accountability, EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import type { Knex } from 'knex';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';


function orderId(req: Request): string {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no order "${id}".`, { parameter: 'id' });
	return id;
}

function optionalText(body: unknown, field: string): string | undefined {
	const value = (body as Record<string, unknown> | undefined)?.[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be text.`, { field });
	return value.trim() || undefined;
}

type Step = (trx: Knex, facts: { order: OrderStepOrder; lines: OrderStepLine[] }, accountability: Accountability | null) => Promise<OrderStepPlan>;

interface OrderSettings {
	baseCurrency: string;
	maxOverdueDays: number;
}

/** POST /crm/orders/:id/confirm — loads what confirming checks and reserves, and lets the use case decide. */
function confirmStep(settings: OrderSettings, body: unknown): Step {
	const request = { overrideReason: optionalText(body, 'override_reason'), overrideAsked: (body as Record<string, unknown> | undefined)?.['override_reason'] !== undefined };
	return async (trx, { order, lines }, accountability) => {
		const now = new Date().toISOString();
		const today = now.slice(0, 10);
		const kinds = await loadProductKinds(trx, lines);
		const warehouseId = order.warehouseId ?? chooseWarehouse(lines, kinds, await loadWarehouseCandidates(trx, lines));
		const warehouse = warehouseId === null ? null : { id: warehouseId, stock: await lockWarehouseStock(trx, warehouseId, lines) };
		const credit = creditExposureOf(await loadCreditExposureFacts(trx, order.customerId ?? '', order.id, today, settings.baseCurrency));
		const actor = { userId: accountability?.user ?? null, isManager: Boolean(accountability?.admin) || (await managesTeam(trx, accountability?.user ?? null)) };
		return confirmOrder({ order, lines, kinds, warehouse, credit, actor, today, now, maxOverdueDays: settings.maxOverdueDays, baseCurrency: settings.baseCurrency }, request);
	};
}

/** POST /crm/orders/:id/confirm, /cancel and /close: the order lifecycle steps that do more than change a field. */
export function registerOrderActions(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const settings: OrderSettings = { baseCurrency: String(env['CRM_BASE_CURRENCY'] ?? 'EUR'), maxOverdueDays: Number(env['CRM_CREDIT_MAX_OVERDUE_DAYS'] ?? 30) };

	/** Checks the caller may see the order (403 otherwise), locks it, plans the step, applies it and answers the order. */
	async function step(req: Request, plan: Step): Promise<unknown> {
		const id = orderId(req);
		const options = await serviceOptionsOf(req, getSchema);
		return database.transaction(async (trx) => {
			const orders = new services.ItemsService('crm_orders', { ...options, knex: trx });
			await orders.readOne(id, { fields: ['id'] });
			await applyOrderStepPlan(trx, id, await plan(trx, await lockOrderForStep(trx, id), options.accountability), orders);
			return { data: await orders.readOne(id, { fields: ['*', 'lines.*'] }) };
		});
	}

	router.post('/orders/:id/confirm', asyncRoute(async (req) => step(req, confirmStep(settings, req.body))));
	router.post('/orders/:id/close', asyncRoute(async (req) => step(req, async (_trx, facts) => closeOrder(facts))));
	router.post(
		'/orders/:id/cancel',
		asyncRoute(async (req) => {
			const reason = optionalText(req.body, 'reason');
			return step(req, async (_trx, facts) => cancelOrder(facts, { ...(reason !== undefined ? { reason } : {}) }));
		}),
	);
}
