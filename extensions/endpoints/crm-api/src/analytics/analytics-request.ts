import type { SalesDimension } from '@crm/core';
import { type AccessContext, type AnswerCache, loadNames, loadReadAccess, type ReadAccess } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Request, Response } from 'express';
import { serviceOptionsOf } from '../directus-request.ts';

type Reader = Parameters<typeof loadNames>[0];

export interface AnalyticsRoute {
	context: EndpointExtensionContext;
	/** CRM_BASE_CURRENCY: every amount of the analyses is in it. */
	base: string;
	/** The server's kept answers; null without a cache. */
	answers: AnswerCache | null;
}

/** What one analysis request works with: the caller's access for the SQL (and what it reads), and their ItemsServices for names. */
export interface AnalyticsCaller {
	access: AccessContext;
	readable: ReadAccess;
	read: Reader;
}

export async function analyticsCaller({ context }: AnalyticsRoute, req: Request): Promise<AnalyticsCaller> {
	const options = await serviceOptionsOf(req, context.getSchema);
	const { ItemsService } = context.services;
	const access: AccessContext = { knex: context.database, schema: options.schema, accountability: options.accountability, itemsService: ItemsService };
	return { access, readable: await loadReadAccess(access), read: (collection) => new ItemsService(collection, options) };
}

type Named = Exclude<SalesDimension, 'month'>;

/** The collection whose records a dimension's keys are. */
export const DIMENSION_COLLECTION: Record<Named, string> = {
	rep: 'crm_sales_reps',
	customer: 'crm_customers',
	customer_group: 'crm_customer_groups',
	product: 'crm_products',
	product_group: 'crm_product_groups',
	sales_channel: 'crm_sales_channels',
	region: 'crm_regions',
};

/** What the row of orders without a key is called. */
const NO_KEY: Record<Named, string> = {
	rep: 'No sales rep',
	customer: 'No customer',
	customer_group: 'No customer group',
	product: 'No product',
	product_group: 'No product group',
	sales_channel: 'No sales channel',
	region: 'No region',
};

/** A record the caller may not read is named neutrally: an id tells them nothing. */
export const NOT_VISIBLE = 'Not visible to you';

/** Names for a dimension's keys, read under the caller's policy; months are their own names. */
export async function namerOf(read: Reader, by: SalesDimension, keys: readonly (string | null)[], noKey?: string): Promise<(key: string | null) => string> {
	if (by === 'month') return (key) => key ?? '';
	const names = await loadNames(read, DIMENSION_COLLECTION[by], keys.filter((k): k is string => k !== null));
	return (key) => (key === null ? (noKey ?? NO_KEY[by]) : (names.get(key) ?? NOT_VISIBLE));
}

/** Answers with a CSV file (and nothing for asyncRoute to send). */
export function sendCsv(res: Response, fileName: string, csv: string): undefined {
	res.setHeader('content-type', 'text/csv; charset=utf-8');
	res.setHeader('content-disposition', `attachment; filename="${fileName}.csv"`);
	res.send(csv);
	return undefined;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
