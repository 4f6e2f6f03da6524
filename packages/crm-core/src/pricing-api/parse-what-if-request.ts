import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isCurrencyCode } from '../money/currency.ts';
import { normalizePromoCode } from '../discounts/normalize-promo-code.ts';
import { basisPoints, currencyCode, fieldsOf, isoDay, type JsonSchema, listOf, milliUnits, objectOf, partOf, text, uuid as uuidSchema } from '../api-schema/schema-vocabulary.ts';
import { isUuid } from '../validation/is-uuid.ts';

export interface WhatIfLine {
	productId: string;
	quantityMilli: number;
	manualDiscountBp: number;
}

/** POST /crm/pricing/quote, validated: any customer, basket, day, campaign and codes. */
export interface WhatIfRequest {
	customerId: string;
	date: string;
	/** null = the customer's currency. */
	currency: string | null;
	campaignId: string | null;
	codes: string[];
	lines: WhatIfLine[];
}

export const WHAT_IF_MAX_LINES = 1000;

/** The body of POST /crm/pricing/quote. */
export const WHAT_IF_REQUEST_SCHEMA: JsonSchema = objectOf(
	{
		customer: uuidSchema('The customer to price for (their lists, groups and offers).'),
		date: isoDay('Day to price on, default today (UTC).'),
		currency: currencyCode("Default the customer's currency."),
		campaign: uuidSchema('A campaign whose offers apply.'),
		promo_codes: { anyOf: [listOf(text()), text()], description: 'Promo codes, as a list or as one text separated by commas.' },
		lines: listOf(
			objectOf({ product: uuidSchema(), quantity_milli: milliUnits('Default 1000 (one unit).'), discount_bp: basisPoints('A manual discount, default 0.') }, ['product'], 'Prices are the server\'s: only the product, quantity and a manual discount.'),
			{ minItems: 1, maxItems: WHAT_IF_MAX_LINES },
		),
	},
	['customer', 'lines'],
);

type Body = Record<string, unknown>;
const bad = (field: string, message: string, code: 'CRM_INVALID_PAYLOAD' | 'CRM_REQUIRED_FIELD' | 'CRM_INVALID_TYPE' | 'CRM_OUT_OF_RANGE' | 'CRM_INVALID_FORMAT' | 'CRM_INVALID_QUANTITY' | 'CRM_INVALID_CURRENCY' = 'CRM_INVALID_TYPE') =>
	new CrmError(code, message, { field });

function uuid(value: unknown, field: string, what: string): string {
	if (value === undefined || value === null || value === '') throw bad(field, `"${field}" is required: the id (a UUID) of ${what}.`, 'CRM_REQUIRED_FIELD');
	if (!isUuid(value)) throw bad(field, `"${field}" must be the id (a UUID) of ${what}, got ${JSON.stringify(value)}.`);
	return value;
}

function codesOf(value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	const list = typeof value === 'string' ? value.split(/[\s,;]+/) : (value as string[]);
	if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) throw bad('promo_codes', '"promo_codes" must be a list of codes or a text of codes separated by commas.');
	return [...new Set(list.map(normalizePromoCode).filter((c) => c !== ''))];
}

/**
 * Validates a what-if pricing request: `customer`, `lines` [{ product, quantity_milli, discount_bp? }],
 * optional `date` (default today, UTC), `currency`, `campaign` and `promo_codes`.
 */
export function parseWhatIfRequest(body: unknown, now: Date): WhatIfRequest {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('', 'Send a JSON object with "customer" and "lines".', 'CRM_INVALID_PAYLOAD');
	const b = body as Body;
	const known = new Set(fieldsOf(WHAT_IF_REQUEST_SCHEMA));
	const unknown = Object.keys(b).find((k) => !known.has(k));
	if (unknown) throw bad(unknown, `Unknown field "${unknown}"; expected customer, date, currency, campaign, promo_codes and lines.`, 'CRM_INVALID_PAYLOAD');

	const customerId = uuid(b['customer'], 'customer', 'a customer');
	const date = b['date'] === undefined || b['date'] === null ? now.toISOString().slice(0, 10) : b['date'];
	if (typeof date !== 'string' || !isCalendarDate(date)) throw bad('date', `"date" must be a day written YYYY-MM-DD, got ${JSON.stringify(b['date'])}.`, 'CRM_INVALID_FORMAT');
	const currency = b['currency'] === undefined || b['currency'] === null ? null : b['currency'];
	if (currency !== null && (typeof currency !== 'string' || !isCurrencyCode(currency))) throw bad('currency', `"currency" must be an ISO 4217 code such as EUR, got ${JSON.stringify(currency)}.`, 'CRM_INVALID_CURRENCY');
	const campaignId = b['campaign'] === undefined || b['campaign'] === null ? null : uuid(b['campaign'], 'campaign', 'a campaign');

	const rawLines = b['lines'];
	if (!Array.isArray(rawLines) || rawLines.length === 0) throw bad('lines', '"lines" must be a non-empty list of { product, quantity_milli, discount_bp? }.', 'CRM_REQUIRED_FIELD');
	if (rawLines.length > WHAT_IF_MAX_LINES) throw bad('lines', `At most ${WHAT_IF_MAX_LINES} lines per request.`, 'CRM_OUT_OF_RANGE');
	const lines = rawLines.map((raw, i): WhatIfLine => {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad(`lines[${i}]`, `lines[${i}] must be an object { product, quantity_milli, discount_bp? }.`, 'CRM_INVALID_PAYLOAD');
		const line = raw as Body;
		const extra = Object.keys(line).find((k) => !fieldsOf(partOf(partOf(WHAT_IF_REQUEST_SCHEMA, 'lines'))).includes(k));
		if (extra) throw bad(`lines[${i}].${extra}`, `Unknown field "${extra}" in lines[${i}]: prices are the server's; send product, quantity_milli and discount_bp.`, 'CRM_INVALID_PAYLOAD');
		const quantityMilli = line['quantity_milli'] ?? 1000;
		if (typeof quantityMilli !== 'number' || !Number.isSafeInteger(quantityMilli) || quantityMilli < 1) {
			throw bad(`lines[${i}].quantity_milli`, `lines[${i}].quantity_milli must be a positive whole number of thousandths (2.5 units → 2500), got ${JSON.stringify(line['quantity_milli'])}.`, 'CRM_INVALID_QUANTITY');
		}
		const manualDiscountBp = line['discount_bp'] ?? 0;
		if (typeof manualDiscountBp !== 'number' || !Number.isSafeInteger(manualDiscountBp) || manualDiscountBp < 0 || manualDiscountBp > 10_000) {
			throw bad(`lines[${i}].discount_bp`, `lines[${i}].discount_bp must be whole basis points between 0 and 10000 (5 % → 500), got ${JSON.stringify(line['discount_bp'])}.`, 'CRM_OUT_OF_RANGE');
		}
		return { productId: uuid(line['product'], `lines[${i}].product`, 'a product'), quantityMilli, manualDiscountBp };
	});

	return { customerId, date, currency, campaignId, codes: codesOf(b['promo_codes']), lines };
}
