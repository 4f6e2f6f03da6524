import { hasNewLines, numberNewLines } from '@crm/core';
import { claimedByOrders, isTrustedWrite, loadDiscountLimitBp, releaseDeletedOrderClaims } from '@crm/directus';
import type { CrmHooks, HookDeps, Payload, WriteContext } from './hook-kit.ts';
import { PRICED_DOCUMENTS, PRICED_LINES } from './priced-documents.ts';
import { handoffTopic } from './write-handoff.ts';

const ORDERS = 'crm_orders';
/** The offers and codes a deleted order's claims use, read before the delete and released once it is recorded. */
const DELETED_ORDER_CLAIMS = handoffTopic<{ offerIds: string[]; codeIds: string[] }>('deleted-order-claims');

/** Whoever sets a manual discount brings their approval limit with it; beyond it the line waits for a manager. */
async function withDiscountLimit(data: Payload, { knex, accountability }: WriteContext): Promise<Payload> {
	return 'discount_bp' in data && !isTrustedWrite() ? { ...data, discount_limit_bp: await loadDiscountLimitBp(knex, accountability) } : data;
}

/** Proposals and orders: numbered and priced by the server; their lines change only while the document is a draft. */
export function guardPricedDocuments(hooks: CrmHooks, { documents }: HookDeps): void {
	for (const collection of Object.keys(PRICED_DOCUMENTS)) {
		hooks.onCreate(collection, (data, { knex }) => documents.prepareHeader(knex, collection, data));
		hooks.onUpdate(collection, async (data, keys, { knex }) => {
			if (!isTrustedWrite()) await documents.assertHeaderEditable(knex, collection, keys, data);
			// Lines added to one document go after its last line, in the order sent.
			if (keys.length !== 1 || !hasNewLines(data['lines'])) return data;
			return { ...data, lines: numberNewLines(data['lines'], await documents.nextLineSort(knex, PRICED_DOCUMENTS[collection]!.lines, keys[0])) };
		});
		hooks.onDelete(collection, (keys, { knex }) => documents.assertHeaderEditable(knex, collection, keys, { customer: true }));
		hooks.afterWrite(collection, ({ action, item }, trx) => documents.recompute(trx, collection, action, item));
		hooks.onRevision(collection, (revision, trx) => documents.withFinalNumber(revision, trx));
	}
	for (const [lines, parent] of Object.entries(PRICED_LINES)) {
		hooks.onCreate(lines, async (data, ctx) => {
			const withLimit = await withDiscountLimit(data, ctx);
			const parentId = withLimit[PRICED_DOCUMENTS[parent]!.parentField];
			await documents.assertParentDraft(ctx.knex, lines, parentId);
			// A line created on its own (not inside its document's write, which numbers them) goes last.
			return withLimit['sort'] === undefined || withLimit['sort'] === null ? { ...withLimit, sort: await documents.nextLineSort(ctx.knex, lines, parentId) } : withLimit;
		});
		hooks.onUpdate(lines, async (data, keys, ctx) => {
			const withLimit = await withDiscountLimit(data, ctx);
			await documents.assertLinesEditable(ctx.knex, lines, keys);
			return withLimit;
		});
		hooks.onDelete(lines, (keys, { knex }) => documents.assertLinesEditable(knex, lines, keys, true));
		hooks.afterWrite(lines, ({ action, item }, trx) => documents.recompute(trx, lines, action, item));
	}
}

/**
 * A deleted draft order gives its offer and code uses back. Delete filters run before the transaction and
 * the permission check, so the filter only reads what the claims use; they are released once the delete is recorded.
 */
export function releaseClaimsOfDeletedOrders(hooks: CrmHooks, { handoff }: HookDeps): void {
	hooks.onDelete(ORDERS, async (keys, { knex }) => {
		for (const key of keys) handoff.put(DELETED_ORDER_CLAIMS, ORDERS, key, await claimedByOrders(knex, [String(key)]));
	});
	hooks.afterWrite(ORDERS, async ({ action, item }, trx) => {
		if (action === 'delete') await releaseDeletedOrderClaims(trx, item, handoff.take(DELETED_ORDER_CLAIMS, ORDERS, item) ?? { offerIds: [], codeIds: [] });
	});
}
