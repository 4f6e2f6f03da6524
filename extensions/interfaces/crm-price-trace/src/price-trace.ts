/** Pure logic of the "Why this price" interface: reading the stored explanation and the money table. */
import { formatQuantity, isCurrencyCode } from '@crm/core';
import { formatMoneyLabel } from '@crm/studio';

/** The part of a stored pricing record (version 2) the money table and the approval badge read. */
export interface PricingRecordView {
	currency: string;
	quantityMilli: number;
	listUnitPrice: number;
	listAmount: number;
	discountAmount: number;
	netAmount: number;
	discounts: { ruleId: string | null; code: string; level: 'line' | 'order'; amount: number }[];
	/** Rule names by rule id, from the trace (to label the discounts). */
	ruleNames: Record<string, string>;
	approvalReasons: string[];
}

export type StepTone = 'used' | 'applied' | 'skipped' | 'warning';

export interface DescribedStep {
	tone: StepTone;
	text: string;
}

export const EMPTY_TEXT = 'Saved lines are priced by the server; the explanation appears after saving.';

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toInt(value: unknown): number {
	const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0;
}

/** The field's value as stored: JSON text is parsed; blank or unreadable text is null. */
export function parseStoredValue(value: unknown): unknown {
	if (typeof value !== 'string') return value ?? null;
	if (value.trim() === '') return null;
	try {
		return JSON.parse(value) as unknown;
	} catch {
		return null;
	}
}

/** True when there is nothing to explain: no value, an empty list or something that is neither a record nor a list. */
export function isEmptyExplanation(parsed: unknown): boolean {
	if (Array.isArray(parsed)) return parsed.length === 0;
	return !isObject(parsed);
}

/** The version 2 record's money figures, or null for a legacy list of price-list steps (or anything else). */
export function readPricingRecord(parsed: unknown): PricingRecordView | null {
	if (!isObject(parsed) || parsed['version'] !== 2 || typeof parsed['currency'] !== 'string') return null;
	const ruleNames: Record<string, string> = {};
	for (const entry of Array.isArray(parsed['trace']) ? (parsed['trace'] as unknown[]) : []) {
		if (isObject(entry) && typeof entry['ruleId'] === 'string' && typeof entry['name'] === 'string' && entry['name'] !== '') ruleNames[entry['ruleId']] = entry['name'];
	}
	const discounts = (Array.isArray(parsed['discounts']) ? (parsed['discounts'] as unknown[]) : []).filter(isObject).map((d) => ({
		ruleId: typeof d['ruleId'] === 'string' ? d['ruleId'] : null,
		code: typeof d['code'] === 'string' && d['code'] !== '' ? d['code'] : 'DISCOUNT',
		level: d['level'] === 'order' ? ('order' as const) : ('line' as const),
		amount: toInt(d['amount']),
	}));
	const reasons = Array.isArray(parsed['approvalReasons']) ? (parsed['approvalReasons'] as unknown[]).filter((r): r is string => typeof r === 'string') : [];
	return {
		currency: parsed['currency'],
		quantityMilli: toInt(parsed['quantityMilli']),
		listUnitPrice: toInt(parsed['listUnitPrice']),
		listAmount: toInt(parsed['listAmount']),
		discountAmount: toInt(parsed['discountAmount']),
		netAmount: toInt(parsed['netAmount']),
		discounts,
		ruleNames,
		approvalReasons: reasons,
	};
}

export interface MoneyRow {
	kind: 'list' | 'discount' | 'net';
	label: string;
	/** For discounts: whether it is the line's own rule or its share of an order-level discount. */
	level: 'line' | 'order' | null;
	/** Smaller text beside the label: quantity × unit price, or the rule's name. */
	hint: string | null;
	amount: string;
}

/**
 * List amount, each discount given (as a negative amount) and the net amount, formatted in the line's
 * currency ("1,234.56 EUR"); two decimals without a code when the currency is not a valid code.
 */
export function moneyRows(record: PricingRecordView): MoneyRow[] {
	const currency = isCurrencyCode(record.currency) ? record.currency : null;
	const formatMoney = (minor: number) => formatMoneyLabel(minor, currency);
	const rows: MoneyRow[] = [
		{ kind: 'list', label: 'List amount', level: null, hint: `${formatQuantity(record.quantityMilli)} × ${formatMoney(record.listUnitPrice)}`, amount: formatMoney(record.listAmount) },
	];
	for (const discount of record.discounts) {
		const name = discount.ruleId ? (record.ruleNames[discount.ruleId] ?? null) : null;
		rows.push({
			kind: 'discount',
			label: discount.code,
			level: discount.level,
			hint: discount.code === 'MANUAL' && !name ? 'Manual discount' : name,
			amount: `−${formatMoney(discount.amount)}`,
		});
	}
	rows.push({ kind: 'net', label: 'Net amount', level: null, hint: null, amount: formatMoney(record.netAmount) });
	return rows;
}

const APPROVAL_REASONS: Record<string, string> = {
	over_limit: 'manual discount over your limit',
	below_margin_floor: 'below the margin floor',
};

/** "Needs a manager's approval: …" naming each reason, or null when none is needed. */
export function approvalText(reasons: readonly string[]): string | null {
	if (reasons.length === 0) return null;
	const texts = [...new Set(reasons.map((r) => APPROVAL_REASONS[r] ?? r.replace(/_/g, ' ')))];
	return `Needs a manager's approval: ${texts.join(' / ')}`;
}

/** The steps always shown (used, applied, warnings) and the skipped ones collapsed behind a toggle, each in their order. */
export function splitSteps(steps: readonly DescribedStep[]): { shown: DescribedStep[]; hidden: DescribedStep[] } {
	return { shown: steps.filter((s) => s.tone !== 'skipped'), hidden: steps.filter((s) => s.tone === 'skipped') };
}

/** "Show 3 rules not applied" / "Hide 1 rule not applied". */
export function toggleLabel(count: number, open: boolean): string {
	return `${open ? 'Hide' : 'Show'} ${count} ${count === 1 ? 'rule' : 'rules'} not applied`;
}

export const TONE_ICONS: Record<StepTone, string> = {
	used: 'sell',
	applied: 'check_circle',
	skipped: 'remove_circle_outline',
	warning: 'warning',
};
