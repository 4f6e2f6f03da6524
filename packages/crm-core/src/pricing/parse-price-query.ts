import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isCurrencyCode } from '../money/currency.ts';
import type { QueryParameter } from '../api-schema/query-parameter.ts';
import { currencyCode, isoDay, uuid } from '../api-schema/schema-vocabulary.ts';
import { isUuid } from '../validation/is-uuid.ts';

export interface PriceQuery {
	customerId: string;
	productId: string;
	/** Thousandths of a unit. */
	quantityMilli: number;
	date: string;
	currency: string | null;
}

const QUANTITY = /^\d+(\.\d{1,3})?$/;

/** The query parameters parsePriceQuery reads. */
export const PRICE_QUERY_PARAMETERS: readonly QueryParameter[] = [
	{ name: 'customer', schema: uuid(), required: true, description: 'The customer whose lists apply.' },
	{ name: 'product', schema: uuid(), required: true, description: 'The product to price.' },
	{ name: 'quantity', schema: { type: 'string', pattern: QUANTITY.source, default: '1', examples: ['2.5'] }, description: 'Units as a decimal with at most three decimals, above zero.' },
	{ name: 'date', schema: isoDay(), description: 'Day of the price, default today (UTC).' },
	{ name: 'currency', schema: currencyCode(), description: 'Only lists in this currency can price; default the first list that prices, whatever its currency.' },
];

function text(query: Record<string, unknown>, name: string): string | undefined {
	const raw = query[name];
	if (raw === undefined || raw === '') return undefined;
	if (typeof raw !== 'string') throw new CrmError('CRM_INVALID_QUERY', `Give "${name}" once, as text.`, { parameter: name });
	return raw;
}

/**
 * Validates the query of GET /crm/prices/resolve: `customer` and `product` ids, `quantity` as a decimal
 * with at most three decimals (default 1), `date` (default today in UTC) and an optional `currency`.
 */
export function parsePriceQuery(query: Record<string, unknown>, now: Date): PriceQuery {
	const customerId = text(query, 'customer');
	const productId = text(query, 'product');
	if (!customerId || !isUuid(customerId)) throw new CrmError('CRM_INVALID_QUERY', '"customer" must be the id (a UUID) of a customer.', { parameter: 'customer' });
	if (!productId || !isUuid(productId)) throw new CrmError('CRM_INVALID_QUERY', '"product" must be the id (a UUID) of a product.', { parameter: 'product' });

	const quantityText = text(query, 'quantity') ?? '1';
	if (!QUANTITY.test(quantityText)) throw new CrmError('CRM_INVALID_QUERY', `"quantity" must be a positive number with at most 3 decimals, got "${quantityText}".`, { parameter: 'quantity' });
	const [whole = '0', fraction = ''] = quantityText.split('.');
	const quantityMilli = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
	if (quantityMilli < 1 || !Number.isSafeInteger(quantityMilli)) throw new CrmError('CRM_INVALID_QUERY', `"quantity" must be more than zero, got "${quantityText}".`, { parameter: 'quantity' });

	const date = text(query, 'date') ?? now.toISOString().slice(0, 10);
	if (!isCalendarDate(date)) throw new CrmError('CRM_INVALID_QUERY', `"date" must be a day written YYYY-MM-DD, got "${date}".`, { parameter: 'date' });

	const currency = text(query, 'currency') ?? null;
	if (currency !== null && !isCurrencyCode(currency)) throw new CrmError('CRM_INVALID_QUERY', `"currency" must be an ISO 4217 code such as EUR, got "${currency}".`, { parameter: 'currency' });

	return { customerId, productId, quantityMilli, date, currency };
}
