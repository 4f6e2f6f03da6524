import { CrmError, parseCrossSellQuery, parseCrossSellRulesQuery, type CrossSellTarget } from '@crm/core';
import { type AnswerCache, CrossSellRules, explainStrongestRules, suggestForBasket } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Router } from 'express';
import { asyncRoute } from '../async-route.ts';
import { type ServiceOptions, serviceOptionsOf } from '../directus-request.ts';

type Row = Record<string, unknown>;
type Context = EndpointExtensionContext;

const DOCUMENT: Record<'quote' | 'order', string> = { quote: 'crm_quotes', order: 'crm_orders' };

/** Cross-sell is for the CRM's staff: whoever may read the related products (sales, managers, marketing, administrators). */
async function staffOptions(context: Context, req: Request): Promise<ServiceOptions> {
	const options = await serviceOptionsOf(req, context.getSchema);
	if (!options.accountability?.user && !options.accountability?.admin) throw new CrmError('CRM_NOT_PERMITTED', 'Log in to see cross-sell suggestions.', {});
	await new context.services.ItemsService('crm_product_relations', options).readByQuery({ fields: ['id'], limit: 1 });
	return options;
}

const productOf = (line: unknown) => {
	const product = (line as Row)['product'];
	return typeof product === 'string' ? product : null;
};

/** The document's products, read under the caller's policy: a proposal or order they may not read is refused (403). */
async function basketOf(context: Context, options: ServiceOptions, target: CrossSellTarget): Promise<{ document: Row | null; products: string[] }> {
	if (target.kind === 'products') return { document: null, products: target.ids };
	const collection = DOCUMENT[target.kind];
	const row = (await new context.services.ItemsService(collection, options).readOne(target.id, { fields: ['id', 'number', 'status', 'lines.product'] })) as Row | null;
	if (!row) throw new CrmError('CRM_NOT_FOUND', `There is no ${target.kind === 'quote' ? 'proposal' : 'order'} "${target.id}".`, { parameter: target.kind });
	const lines = Array.isArray(row['lines']) ? (row['lines'] as unknown[]) : [];
	const products = lines.map(productOf).filter((p): p is string => p !== null);
	return { document: { collection, id: row['id'], number: row['number'] ?? null, status: row['status'] ?? null }, products };
}

/**
 * S6.10: cross-sell suggestions for a proposal, an order or a list of products (GET /crm/cross-sell) — hand
 * relations first, then what customers bought together, explained — and the strongest mined rules
 * (GET /crm/cross-sell/rules). The rules are mined from every counted order, whoever asks: they are aggregate
 * statistics over products; the document the suggestions are for is read under the caller's policy.
 */
export function registerCrossSellRoutes(router: Router, context: Context, _answers: AnswerCache | null): void {
	const mined = new CrossSellRules(context.database, context.env);
	router.get('/cross-sell', asyncRoute(async (req) => {
		const { target, limit } = parseCrossSellQuery(req.query as Row);
		const options = await staffOptions(context, req);
		const { document, products } = await basketOf(context, options, target);
		const rules = await mined.current();
		const suggestions = await suggestForBasket(context.database, rules, products, limit);
		return { data: { document, products: products.length, orders_mined: rules.orders, mined_at: rules.minedAt, suggestions } };
	}));

	router.get('/cross-sell/rules', asyncRoute(async (req) => {
		const { limit } = parseCrossSellRulesQuery(req.query as Row);
		await staffOptions(context, req);
		const rules = await mined.current();
		const { minSupportBp, minConfidenceBp, minLiftBp } = rules.thresholds;
		const minimums = { support_bp: minSupportBp, confidence_bp: minConfidenceBp, lift_bp: minLiftBp };
		return { data: { orders_mined: rules.orders, mined_at: rules.minedAt, minimums, total: rules.rules.length, rules: await explainStrongestRules(context.database, rules, limit) } };
	}));
}
