/**
 * What the segment rule editor offers: the conditions a marketer picks from, in their words, with the
 * collection each list of ids is chosen from. The rule itself is crm-core's; this only shapes the form.
 */
import { type AttributeValues, CUSTOMER_ATTRIBUTE_VALUES, type CustomerAttribute, PRODUCT_ATTRIBUTE_VALUES, type ProductAttribute, type SegmentTarget } from '@crm/core';

export type { SegmentTarget };

type Condition = Record<string, unknown> & { kind: string };

export interface ConditionChoice {
	/** `attribute:status`, `in_group`, `bought`… */
	key: string;
	label: string;
}

/** Where the values of a condition come from: fixed choices, records of a collection by name, or typed text. */
export type ValueSource = { kind: 'choices'; choices: { value: string; text: string }[] } | { kind: 'records'; collection: string; label: string } | { kind: 'text'; hint: string };

const choices = (pairs: (readonly [string, string])[]): ValueSource => ({ kind: 'choices', choices: pairs.map(([value, text]) => ({ value, text })) });
const records = (collection: string, label = '{{name}}'): ValueSource => ({ kind: 'records', collection, label });

/** How people read the values crm-core allows (its lists decide which there are). */
const VALUE_LABELS: Record<string, string> = {
	prospect: 'Prospect',
	active: 'Active',
	key: 'Key account',
	blocked: 'Blocked',
	lost: 'Lost',
	company: 'Company',
	person: 'Person',
	goods: 'Goods',
	service: 'Service',
	pcs: 'Pieces',
	kg: 'Kilograms',
	m: 'Metres',
	l: 'Litres',
	h: 'Hours',
	day: 'Days',
	month: 'Months',
	pack: 'Packs',
	set: 'Sets',
};

/** The attribute's values as crm-core defines them: fixed choices by name, records by name, or typed text. */
function sourceOf(values: AttributeValues, collection: string | null, hint: string): ValueSource {
	if (Array.isArray(values)) return choices(values.map((v) => [v, VALUE_LABELS[v] ?? v]));
	if (values === 'id') return records(collection!);
	return { kind: 'text', hint };
}

const attribute = (values: AttributeValues, label: string, collectionOrHint: string): [string, ValueSource] => [label, sourceOf(values, collectionOrHint, collectionOrHint)];

const C = CUSTOMER_ATTRIBUTE_VALUES;
const CUSTOMER_ATTRIBUTES: Record<CustomerAttribute, [label: string, source: ValueSource]> = {
	status: attribute(C.status, 'Status', ''),
	category: attribute(C.category, 'Category', 'A, B, C… separated by commas'),
	kind: attribute(C.kind, 'Company or person', ''),
	region: attribute(C.region, 'Region', 'crm_regions'),
	sales_channel: attribute(C.sales_channel, 'Sales channel', 'crm_sales_channels'),
	owner: attribute(C.owner, 'Sales rep', 'crm_sales_reps'),
	country: attribute(C.country, 'Country', 'DE, FR… separated by commas'),
};

const P = PRODUCT_ATTRIBUTE_VALUES;
const PRODUCT_ATTRIBUTES: Record<ProductAttribute, [label: string, source: ValueSource]> = {
	kind: attribute(P.kind, 'Goods or service', ''),
	unit: attribute(P.unit, 'Unit', ''),
	group: attribute(P.group, 'Filed under product group', 'crm_product_groups'),
};

const attributesOf = (target: SegmentTarget): Record<string, [string, ValueSource]> => (target === 'customers' ? CUSTOMER_ATTRIBUTES : PRODUCT_ATTRIBUTES);

/** The conditions a rule for `target` can hold, as the editor's "add condition" list shows them. */
export function conditionChoices(target: SegmentTarget): ConditionChoice[] {
	const attributes = Object.entries(attributesOf(target)).map(([name, [label]]) => ({ key: `attribute:${name}`, label }));
	const common = [
		{ key: 'in_group', label: target === 'customers' ? 'Customer group' : 'Under product group (subgroups included)' },
		{ key: 'in_segment', label: 'Another segment' },
	];
	const purchases = [
		{ key: 'bought', label: 'Bought products or product groups' },
		{ key: 'revenue', label: 'Revenue in a period' },
		{ key: 'no_order_for', label: 'No order for a while' },
	];
	return [...attributes, ...common, ...(target === 'customers' ? purchases : [])];
}

export function conditionKey(condition: Condition): string {
	return condition.kind === 'attribute' ? `attribute:${String(condition['attribute'])}` : condition.kind;
}

/** A new condition of the chosen kind, with the defaults a marketer would start from. */
export function newCondition(key: string): Condition {
	if (key.startsWith('attribute:')) return { kind: 'attribute', attribute: key.slice('attribute:'.length), values: [] };
	if (key === 'in_group') return { kind: 'in_group', groups: [] };
	if (key === 'in_segment') return { kind: 'in_segment', segments: [] };
	if (key === 'bought') return { kind: 'bought', products: [], productGroups: [], withinDays: 90 };
	if (key === 'revenue') return { kind: 'revenue', withinDays: 365, atLeast: 100_000, below: null };
	return { kind: 'no_order_for', days: 180 };
}

/** Where the values of a condition's list come from, for the list fields of each kind. */
export function valueSourceOf(condition: Condition, target: SegmentTarget, list: string): ValueSource {
	if (condition.kind === 'attribute') return attributesOf(target)[String(condition['attribute'])]?.[1] ?? { kind: 'text', hint: '' };
	if (condition.kind === 'in_group') return records(target === 'customers' ? 'crm_customer_groups' : 'crm_product_groups');
	if (condition.kind === 'in_segment') return records('crm_market_segments');
	return list === 'products' ? records('crm_products', '{{sku}} — {{name}}') : records('crm_product_groups');
}

/** "312 customers match", "1 product matches", "No customer matches". */
export function describeMatchCount(count: number, target: SegmentTarget): string {
	const noun = target === 'customers' ? 'customer' : 'product';
	if (count === 0) return `No ${noun} matches`;
	return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? ' matches' : 's match'}`;
}
