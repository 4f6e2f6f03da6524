import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from '../errors/describe-value.ts';
import type { ClassRule } from './class-rule.ts';
import { ABC_CLASSES, CLASSIFIED_STATUSES, type ClassifiedStatus, XYZ_CLASSES } from './customer-classes.ts';
import { readWholeNumber, type Refuse } from './read-whole-number.ts';

type Raw = Record<string, unknown>;

/**
 * A rule without a sort (never placed in the list) is tried after every placed rule, where a list
 * sorted by this column shows it.
 */
export const UNSORTED_RULE = Number.MAX_SAFE_INTEGER;

/** Days since the last order are bounded by a century: more is a typo, not a customer. */
export const CLASS_RULE_MAX_DAYS = 36_500;

/** A customer's category holds at most this many characters: a longer one could never be written. */
export const CATEGORY_MAX_LENGTH = 32;

/** Trimmed text; null for null, missing or blank. An id may also be a whole number (an integer key). */
function text(raw: Raw, field: string, refuse: Refuse): string | null {
	const value = raw[field];
	if (value === undefined || value === null) return null;
	if (field === 'id' && typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	if (typeof value !== 'string') return refuse('CRM_INVALID_TYPE', field, `${field} must be text, got ${describeValue(value)}.`);
	return value.trim() === '' ? null : value.trim();
}

function listOfText(text: string): unknown {
	if (!text.trim().startsWith('[')) return text.split(',');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** A list of choices as stored: a JSON list (or its text), comma-separated text ('A,B'), or null/'' for "any"; in class order, once each. */
function choices<T extends string>(raw: Raw, field: string, allowed: readonly T[], refuse: Refuse): T[] {
	const value = raw[field];
	if (value === undefined || value === null) return [];
	// JSON columns come back as text on SQLite.
	const items: unknown = typeof value === 'string' ? listOfText(value) : value;
	if (!Array.isArray(items) || !items.every((v) => typeof v === 'string')) return refuse('CRM_INVALID_TYPE', field, `${field} must be a list of ${allowed.join(', ')} (or comma-separated text), got ${describeValue(value)}.`);
	const picked = items.map((v: string) => v.trim()).filter((v) => v !== '');
	const wrong = picked.find((v) => !(allowed as readonly string[]).includes(v));
	if (wrong !== undefined) return refuse('CRM_INVALID_CHOICE', field, `${field} may hold ${allowed.join(', ')}, not ${JSON.stringify(wrong)}.`);
	return allowed.filter((v) => picked.includes(v));
}

function bounded(raw: Raw, field: string, min: number, max: number, refuse: Refuse): number | null {
	const value = readWholeNumber(raw, field, null, refuse);
	if (value !== null && (value < min || value > max)) return refuse('CRM_OUT_OF_RANGE', field, `${field} must be from ${min} to ${max}, got ${value}.`);
	return value;
}

/** How the messages name the rule: by name when it has one, else by id. */
function subjectOf(id: string | null, name: string | null): string {
	if (name !== null) return `Classification rule "${name}"`;
	return id === null ? 'A classification rule' : `Classification rule ${id}`;
}

function refuserFor(id: string | null, name: string | null): Refuse {
	const subject = subjectOf(id, name);
	return (code, field, message) => {
		throw new CrmError(code, `${subject}: ${message}`, id === null ? { field } : { rule: id, field });
	};
}

/**
 * Validates a classification rule row (snake_case columns) with a message that names the rule and the
 * column to fix: a broken rule stops the run with an answer rather than classifying by half a rule.
 * A rule that sets neither category nor status is allowed: it still wins for the customers it matches,
 * which keeps the later rules off them (an exception placed before the general rules).
 */
export function parseClassRule(row: Raw): ClassRule {
	const id = text(row, 'id', refuserFor(null, null));
	if (id === null) return refuserFor(null, null)('CRM_REQUIRED_FIELD', 'id', 'id is missing.');
	const name = text(row, 'name', refuserFor(id, null));
	if (name === null) return refuserFor(id, null)('CRM_REQUIRED_FIELD', 'name', 'name is missing: a rule is chosen and read by people.');
	const refuse = refuserFor(id, name);
	const minDays = bounded(row, 'min_days_since_order', 0, CLASS_RULE_MAX_DAYS, refuse);
	const maxDays = bounded(row, 'max_days_since_order', 0, CLASS_RULE_MAX_DAYS, refuse);
	if (minDays !== null && maxDays !== null && maxDays < minDays) refuse('CRM_OUT_OF_RANGE', 'max_days_since_order', `max_days_since_order (${maxDays}) is less than min_days_since_order (${minDays}): the rule could never match.`);
	const category = text(row, 'category', refuse);
	if (category !== null && category.length > CATEGORY_MAX_LENGTH) refuse('CRM_TOO_LONG', 'category', `category holds at most ${CATEGORY_MAX_LENGTH} characters (as the customer's category does), got ${category.length}.`);
	const status = text(row, 'status', refuse);
	if (status !== null && !(CLASSIFIED_STATUSES as readonly string[]).includes(status)) refuse('CRM_INVALID_CHOICE', 'status', `status may be ${CLASSIFIED_STATUSES.join(' or ')}, not ${JSON.stringify(status)}: blocked, lost and prospect are decided by people, not by rules.`);
	return {
		id,
		name,
		sort: readWholeNumber(row, 'sort', UNSORTED_RULE, refuse),
		abcRevenue: choices(row, 'abc_revenue', ABC_CLASSES, refuse),
		abcMargin: choices(row, 'abc_margin', ABC_CLASSES, refuse),
		xyz: choices(row, 'xyz', XYZ_CLASSES, refuse),
		minMarginBp: bounded(row, 'min_margin_bp', -100_000, 10_000, refuse),
		minDaysSinceOrder: minDays,
		maxDaysSinceOrder: maxDays,
		minRfmScore: bounded(row, 'min_rfm_score', 3, 15, refuse),
		category,
		status: status as ClassifiedStatus | null,
	};
}
