import { approveDiscounts, CrmError, isUuid } from '@crm/core';
import { forUpdate, loadDiscountLimitBp, runTrusted } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import type { Knex } from 'knex';
import { asyncRoute } from '../async-route.ts';
import { serviceOptionsOf } from '../directus-request.ts';

/** The head of a crm_orders or crm_quotes row, as the approval reads it. */
interface ApprovalDocumentRow {
	number: string;
	status: string;
}

/** A line's manual discount and where its approval stands (crm_order_lines or crm_quote_lines). */
interface ApprovalLineRow {
	id: string;
	discount_bp: number | string | null;
	approval_status: string | null;
}
type DocumentKind = (typeof DOCUMENTS)[keyof typeof DOCUMENTS];


const DOCUMENTS = {
	orders: { collection: 'crm_orders', lines: 'crm_order_lines', parent: 'order', what: 'order' },
	quotes: { collection: 'crm_quotes', lines: 'crm_quote_lines', parent: 'quote', what: 'proposal' },
} as const;

function lineIds(body: unknown): string[] | null {
	const value = (body as Record<string, unknown> | undefined)?.['lines'];
	if (value === undefined || value === null) return null;
	if (!Array.isArray(value) || value.some((v) => !isUuid(v))) throw new CrmError('CRM_INVALID_TYPE', '"lines" must be a list of line ids; leave it out to approve every pending line.', { field: 'lines' });
	return value as string[];
}

/** The draft, locked, with its lines' discounts. */
async function lockDocument(trx: Knex, doc: DocumentKind, id: string) {
	const header = (await forUpdate(trx, trx(doc.collection).select('id', 'number', 'status').where('id', id)).first()) as ApprovalDocumentRow;
	const lines = (await trx(doc.lines).select('id', 'discount_bp', 'approval_status').where(doc.parent, id)) as ApprovalLineRow[];
	return { document: { number: String(header.number), status: String(header.status) }, lines: lines.map((l) => ({ id: String(l.id), discountBp: Number(l.discount_bp), approvalStatus: String(l.approval_status) })) };
}

/**
 * POST /crm/orders/:id/approve-discounts and /crm/quotes/:id/approve-discounts — a manager approves the
 * manual discounts of a draft's pending lines (rules in crm-core's approveDiscounts).
 */
async function postApproval(context: EndpointExtensionContext, doc: DocumentKind, req: Request) {
	const id = String(req.params['id']);
	if (!isUuid(id)) throw new CrmError('CRM_NOT_FOUND', `There is no ${doc.what} "${id}".`, { parameter: 'id' });
	const wanted = lineIds(req.body);
	const options = await serviceOptionsOf(req, context.getSchema);
	return context.database.transaction(async (trx) => {
		const items = (collection: string) => new context.services.ItemsService(collection, { ...options, knex: trx });
		await items(doc.collection).readOne(id, { fields: ['id'] });
		const facts = { ...(await lockDocument(trx, doc, id)), wanted, limitBp: await loadDiscountLimitBp(trx, options.accountability), approverId: options.accountability?.user ?? null, at: new Date().toISOString() };
		const approvals = approveDiscounts(facts);
		const lines = items(doc.lines);
		for (const a of approvals) await runTrusted(() => lines.updateOne(a.lineId, { discount_approved_bp: a.discountApprovedBp, below_floor_approved: a.belowFloorApproved, discount_approved_by: a.approvedBy, discount_approved_at: a.approvedAt }));
		return { data: await items(doc.collection).readOne(id, { fields: ['*', 'lines.*'] }), meta: { approved: approvals.length } };
	});
}

export function registerDiscountApprovals(router: Router, context: EndpointExtensionContext): void {
	for (const [path, doc] of Object.entries(DOCUMENTS)) router.post(`/${path}/:id/approve-discounts`, asyncRoute((req) => postApproval(context, doc, req)));
}
