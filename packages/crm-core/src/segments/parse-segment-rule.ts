import { CrmError } from '../errors/crm-error.ts';
import { isPlainObject } from '../validation/is-plain-object.ts';
import { type AnyCondition, type AttributeValues, CUSTOMER_ATTRIBUTE_VALUES, PRODUCT_ATTRIBUTE_VALUES, PURCHASE_CONDITIONS, type SegmentRule, type SegmentTarget } from './segment-rule.ts';
import { isUuid } from '../validation/is-uuid.ts';

/** At most this many conditions, and this many values in one: a segment is read by people, and run as one query. */
export const MAX_CONDITIONS = 20;
export const MAX_VALUES = 500;
/** Look-back windows are in days, up to ten years. */
export const MAX_DAYS = 3660;

type Raw = Record<string, unknown>;

function fail(path: string, message: string): never {
	throw new CrmError('CRM_SEGMENT_RULE_INVALID', `${path}: ${message}`, { path });
}

function texts(raw: Raw, key: string, path: string, required: boolean): string[] {
	const value = raw[key] ?? [];
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) fail(`${path}.${key}`, 'must be a list of ids or values, e.g. ["active", "key"].');
	if (required && value.length === 0) fail(`${path}.${key}`, 'name at least one value.');
	if (value.length > MAX_VALUES) fail(`${path}.${key}`, `at most ${MAX_VALUES} values.`);
	return [...new Set(value as string[])];
}


const VALUE_CHECKS: Record<'id' | 'country' | 'text', [test: (v: string) => boolean, problem: string]> = {
	id: [(v) => isUuid(v), 'is not a record id (a UUID).'],
	country: [(v) => /^[A-Z]{2}$/.test(v), 'is not a country code: two capital letters, e.g. DE.'],
	text: [() => true, ''],
};

/** Ids and choices are checked here, so that a typo is an answer and never a query error or an empty segment. */
function checkValues(values: string[], kind: AttributeValues, path: string): string[] {
	const [test, problem] = typeof kind === 'string' ? VALUE_CHECKS[kind] : [(v: string) => kind.includes(v), `is not one of ${kind.join(', ')}.`];
	const wrong = values.find((v) => !test(v));
	if (wrong !== undefined) fail(path, `"${wrong}" ${problem}`);
	return values;
}

const ids = (raw: Raw, key: string, path: string, required: boolean) => checkValues(texts(raw, key, path, required), 'id', `${path}.${key}`);

function days(raw: Raw, key: string, path: string, nullable: boolean): number | null {
	const value = raw[key];
	if ((value === undefined || value === null) && nullable) return null;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_DAYS) fail(`${path}.${key}`, `must be a whole number of days from 1 to ${MAX_DAYS}${nullable ? ', or empty for "ever"' : ''}.`);
	return value;
}

function amount(raw: Raw, key: string, path: string): number | null {
	const value = raw[key];
	if (value === undefined || value === null) return null;
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(`${path}.${key}`, 'must be an amount in the base currency, not negative.');
	return value;
}

function negate(raw: Raw, path: string): boolean {
	const value = raw['negate'] ?? false;
	if (typeof value !== 'boolean') fail(`${path}.negate`, 'must be true or false.');
	return value;
}

/** The properties each kind of condition takes: anything else is a mistake worth naming. */
const PROPERTIES: Record<AnyCondition['kind'], readonly string[]> = {
	attribute: ['kind', 'attribute', 'values', 'negate'],
	in_group: ['kind', 'groups', 'negate'],
	in_segment: ['kind', 'segments', 'negate'],
	bought: ['kind', 'products', 'productGroups', 'withinDays', 'negate'],
	revenue: ['kind', 'withinDays', 'atLeast', 'below'],
	no_order_for: ['kind', 'days'],
};

function parseCondition(raw: unknown, target: SegmentTarget, path: string): AnyCondition {
	if (!isPlainObject(raw)) fail(path, 'must be an object with a "kind".');
	const kind = raw['kind'];
	const allowed = PROPERTIES[kind as AnyCondition['kind']];
	const stray = allowed && Object.keys(raw).find((k) => !allowed.includes(k));
	if (stray) fail(`${path}.${stray}`, `is not part of a "${String(kind)}" condition, which takes ${allowed.filter((k) => k !== 'kind').join(', ')}.`);
	if (target === 'products' && PURCHASE_CONDITIONS.includes(kind as AnyCondition['kind'])) fail(`${path}.kind`, `"${String(kind)}" reads order history and applies to customer segments only.`);
	switch (kind) {
		case 'attribute': {
			const allowed: Record<string, AttributeValues> = target === 'customers' ? CUSTOMER_ATTRIBUTE_VALUES : PRODUCT_ATTRIBUTE_VALUES;
			const attribute = raw['attribute'];
			if (typeof attribute !== 'string' || !Object.hasOwn(allowed, attribute)) fail(`${path}.attribute`, `must be one of ${Object.keys(allowed).join(', ')}.`);
			const values = checkValues(texts(raw, 'values', path, true), allowed[attribute]!, `${path}.values`);
			return { kind, attribute: attribute as never, values, negate: negate(raw, path) };
		}
		case 'in_group':
			return { kind, groups: ids(raw, 'groups', path, true), negate: negate(raw, path) };
		case 'in_segment':
			return { kind, segments: ids(raw, 'segments', path, true), negate: negate(raw, path) };
		case 'bought': {
			const products = ids(raw, 'products', path, false);
			const productGroups = ids(raw, 'productGroups', path, false);
			if (products.length + productGroups.length === 0) fail(path, 'name the products or product groups bought.');
			return { kind, products, productGroups, withinDays: days(raw, 'withinDays', path, true), negate: negate(raw, path) };
		}
		case 'revenue': {
			const atLeast = amount(raw, 'atLeast', path);
			const below = amount(raw, 'below', path);
			if (atLeast === null && below === null) fail(path, 'give "atLeast", "below" or both.');
			if (atLeast !== null && below !== null && below <= atLeast) fail(`${path}.below`, 'must be more than "atLeast".');
			return { kind, withinDays: days(raw, 'withinDays', path, false)!, atLeast, below };
		}
		case 'no_order_for':
			return { kind, days: days(raw, 'days', path, false)! };
		default:
			return fail(`${path}.kind`, `must be one of attribute, in_group, in_segment${target === 'customers' ? ', bought, revenue, no_order_for' : ''}.`);
	}
}

/**
 * Reads a segment rule as stored or sent (an object, or JSON text), refusing anything that is not a
 * complete rule with a message that names the part to fix. An empty list of conditions is refused:
 * a rule segment of everyone is a mistake, not a segment.
 */
export function parseSegmentRule(raw: unknown, target: SegmentTarget): SegmentRule {
	let value = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw);
		} catch {
			fail('rule', 'is not valid JSON.');
		}
	}
	if (!isPlainObject(value)) fail('rule', 'must be an object: { "match": "all", "conditions": [ … ] }.');
	const stray = Object.keys(value).find((k) => k !== 'match' && k !== 'conditions');
	if (stray) fail(`rule.${stray}`, 'is not part of a rule, which takes match and conditions.');
	const match = value['match'] ?? 'all';
	if (match !== 'all' && match !== 'any') fail('rule.match', 'must be "all" or "any".');
	const conditions = value['conditions'];
	if (!Array.isArray(conditions) || conditions.length === 0) fail('rule.conditions', 'name at least one condition.');
	if (conditions.length > MAX_CONDITIONS) fail('rule.conditions', `at most ${MAX_CONDITIONS} conditions.`);
	return { match, conditions: conditions.map((c, i) => parseCondition(c, target, `rule.conditions[${i}]`)) };
}
