import { assertCreditAllowed, assertOrderReadyFor, assertOrderTransition, CrmError, type OrderStatus } from '@crm/core';
import { forUpdate, releaseRedemptions, runTrusted } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';
import { loadCreditExposure } from '../orders/load-credit-exposure.ts';
import { pickWarehouse, releaseStock, reserveStock } from '../orders/reserve-stock.ts';

type Row = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function orderId(req: Request): string {
	const id = String(req.params['id']);
	if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no order "${id}".`, { parameter: 'id' });
	return id;
}

function optionalText(body: unknown, field: string): string | undefined {
	const value = (body as Row | undefined)?.[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw new CrmError('CRM_INVALID_TYPE', `"${field}" must be text.`, { field });
	return value.trim() || undefined;
}

/** POST /crm/orders/:id/confirm and /cancel: the order lifecycle steps that do more than change a field. */
export function registerOrderActions(router: Router, { services, getSchema, database, env }: EndpointExtensionContext): void {
	const baseCurrency = String(env['CRM_BASE_CURRENCY'] ?? 'EUR');
	const maxOverdueDays = Number(env['CRM_CREDIT_MAX_OVERDUE_DAYS'] ?? 30);

	async function step(req: Request, to: OrderStatus, work: (trx: typeof database, order: Row, lines: Row[]) => Promise<Row>): Promise<unknown> {
		const id = orderId(req);
		const options = await serviceOptionsOf(req, getSchema);

		return database.transaction(async (trx) => {
			const orders = new services.ItemsService('crm_orders', { ...options, knex: trx });
			// Visibility under the caller's policy first (403 when hidden), then a row lock against a concurrent step.
			await orders.readOne(id, { fields: ['id'] });
			const order: Row = await forUpdate(trx, trx('crm_orders').select('*').where('id', id)).first();
			const lines: Row[] = await trx('crm_order_lines').select('*').where('order', id).orderBy([{ column: 'sort' }, { column: 'id' }]);

			assertOrderTransition(order['status'], to);
			const changes = await work(trx, order, lines);
			await runTrusted(() => orders.updateOne(id, { status: to, ...changes }));
			return { data: await orders.readOne(id, { fields: ['*', 'lines.*'] }) };
		});
	}

	router.post(
		'/orders/:id/confirm',
		asyncRoute(async (req) => {
			const overrideReason = optionalText(req.body, 'override_reason');
			const accountability = (await serviceOptionsOf(req, getSchema)).accountability;

			return step(req, 'confirmed', async (trx, order, lines) => {
				const pending = lines.filter((l) => l['approval_status'] === 'pending');
				if (pending.length > 0) {
					throw new CrmError('CRM_APPROVAL_REQUIRED', `${String(order['number'])} has ${pending.length} line${pending.length > 1 ? 's' : ''} with a manual discount that needs a manager's approval (POST /crm/orders/${String(order['id'])}/approve-discounts) before it can be confirmed.`, { field: 'lines', lines: pending.map((l) => l['id']) });
				}
				assertOrderReadyFor('confirmed', {
					customerId: order['customer'],
					currency: order['currency'],
					lines: lines.map((l) => ({ productId: l['product'], quantityMilli: Number(l['quantity_milli']), unitPrice: l['unit_price'] === null ? null : Number(l['unit_price']) })),
				});

				const today = new Date().toISOString().slice(0, 10);
				const exposure = await loadCreditExposure(trx, order['customer'], today, baseCurrency, order['id']);
				const managesTeams = accountability?.user ? await trx('crm_teams').where('manager', accountability.user).first() : undefined;
				const credit = assertCreditAllowed({
					creditLimit: exposure.creditLimitBase,
					openBalance: exposure.openBalanceBase,
					orderAmount: Number(order['gross_total_base'] ?? 0),
					overdueInvoices: exposure.overdueInvoices,
					today,
					maxOverdueDays,
					baseCurrency,
					...(overrideReason !== undefined || req.body?.override_reason !== undefined ? { override: { reason: overrideReason ?? '', byManager: Boolean(accountability?.admin || managesTeams) } } : {}),
				});

				const warehouse = order['warehouse'] ?? (await pickWarehouse(trx, lines));
				if (!warehouse) throw new CrmError('CRM_ORDER_INCOMPLETE', 'No warehouse to reserve the goods in: set the order\'s warehouse.', { field: 'warehouse' });
				await reserveStock(trx, warehouse, lines);

				return {
					warehouse,
					confirmed_at: new Date().toISOString(),
					...(credit.overridden ? { credit_override_reason: overrideReason, credit_override_by: accountability?.user ?? null, credit_override_at: new Date().toISOString() } : {}),
				};
			});
		}),
	);

	// Closing is the last step once an order is paid: nothing changes but the status, which only the CRM sets.
	router.post(
		'/orders/:id/close',
		asyncRoute((req) => step(req, 'closed', async () => ({}))),
	);

	router.post(
		'/orders/:id/cancel',
		asyncRoute(async (req) => {
			const reason = optionalText(req.body, 'reason');
			return step(req, 'cancelled', async (trx, order, lines) => {
				assertOrderReadyFor('cancelled', { cancelReason: reason ?? null });
				if (order['warehouse']) await releaseStock(trx, order['warehouse'], lines);
				// The offers and promo codes the order used become available to other orders again.
				await releaseRedemptions(trx, [order['id']]);
				return { cancel_reason: reason };
			});
		}),
	);
}
