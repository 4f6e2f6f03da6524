import { CrmError, formatBasisPointsAsPercent } from '@crm/core';
import { forUpdate, loadDiscountLimitBp, runTrusted } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DOCUMENTS = {
	orders: { collection: 'crm_orders', lines: 'crm_order_lines', parent: 'order', what: 'order' },
	quotes: { collection: 'crm_quotes', lines: 'crm_quote_lines', parent: 'quote', what: 'proposal' },
} as const;

function lineIds(body: unknown): string[] | null {
	const value = (body as Row | undefined)?.['lines'];
	if (value === undefined || value === null) return null;
	if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !UUID.test(v))) throw new CrmError('CRM_INVALID_TYPE', '"lines" must be a list of line ids; leave it out to approve every pending line.', { field: 'lines' });
	return value as string[];
}

/**
 * POST /crm/orders/:id/approve-discounts and /crm/quotes/:id/approve-discounts — a manager approves
 * the manual discounts of a draft's pending lines (all, or the listed ones), including any that go
 * below the margin floor. The approver's own limit must cover each discount; who and when is kept.
 */
export function registerDiscountApprovals(router: Router, { services, getSchema, database }: EndpointExtensionContext): void {
	for (const [path, doc] of Object.entries(DOCUMENTS)) {
		router.post(
			`/${path}/:id/approve-discounts`,
			asyncRoute(async (req: Request) => {
				const id = String(req.params['id']);
				if (!UUID.test(id)) throw new CrmError('CRM_NOT_FOUND', `There is no ${doc.what} "${id}".`, { parameter: 'id' });
				const wanted = lineIds(req.body);
				const options = await serviceOptionsOf(req, getSchema);

				return database.transaction(async (trx) => {
					const documents = new services.ItemsService(doc.collection, { ...options, knex: trx });
					await documents.readOne(id, { fields: ['id'] });
					const header: Row = await forUpdate(trx, trx(doc.collection).select('id', 'number', 'status').where('id', id)).first();
					if (header['status'] !== 'draft') throw new CrmError('CRM_DOCUMENT_LOCKED', `${String(header['number'])} is ${String(header['status'])}: only a draft's discounts can be approved.`, { field: 'status' });

					const lines: Row[] = await trx(doc.lines).select('id', 'discount_bp', 'approval_status').where(doc.parent, id);
					const unknown = wanted?.find((l) => !lines.some((line) => line['id'] === l));
					if (unknown) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Line "${unknown}" is not a line of ${String(header['number'])}.`, { field: 'lines' });
					const pending = lines.filter((l) => l['approval_status'] === 'pending' && (!wanted || wanted.includes(l['id'])));
					if (pending.length === 0) return { data: await documents.readOne(id, { fields: ['*', 'lines.*'] }), meta: { approved: 0 } };

					const limit = await loadDiscountLimitBp(trx, options.accountability);
					const beyond = pending.filter((l) => Number(l['discount_bp']) > limit);
					if (beyond.length > 0) {
						throw new CrmError('CRM_APPROVAL_FORBIDDEN', `Your approval limit is ${formatBasisPointsAsPercent(limit)}; ${beyond.length} line${beyond.length > 1 ? 's carry' : ' carries'} up to ${formatBasisPointsAsPercent(Math.max(...beyond.map((l) => Number(l['discount_bp']))))}. Ask someone with a higher limit.`, { field: 'lines', limitBp: limit });
					}

					const lineService = new services.ItemsService(doc.lines, { ...options, knex: trx });
					const at = new Date().toISOString();
					for (const line of pending) {
						await runTrusted(() => lineService.updateOne(line['id'], { discount_approved_bp: Number(line['discount_bp']), below_floor_approved: true, discount_approved_by: options.accountability?.user ?? null, discount_approved_at: at }));
					}
					return { data: await documents.readOne(id, { fields: ['*', 'lines.*'] }), meta: { approved: pending.length } };
				});
			}),
		);
	}
}
