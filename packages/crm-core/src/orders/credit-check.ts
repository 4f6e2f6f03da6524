import { CrmError } from '../errors/crm-error.ts';
import { formatDecimalAmount } from '../money/minor-units.ts';
import { daysBetween, toEpochDay } from '../calendar/calendar-day.ts';
import { assertAmount, assertNonNegativeAmount } from './line-values.ts';

export interface OverdueInvoiceFact {
	number: string;
	/** 'YYYY-MM-DD'. */
	dueDate: string;
	/** Still unpaid, in minor units of the base currency. */
	openAmount: number;
}

export interface CreditOverride {
	reason: string;
	/** Whether the acting user is a sales manager (or administrator); reps cannot override. */
	byManager: boolean;
}

/** All amounts in minor units of the company's base currency. */
export interface CreditCheckInput {
	/** null = no limit agreed. */
	creditLimit: number | null;
	/** What the customer owes now: open invoices and confirmed, uninvoiced orders. Negative = in credit. */
	openBalance: number;
	/** Gross amount of the order being confirmed. */
	orderAmount: number;
	overdueInvoices: readonly OverdueInvoiceFact[];
	/** 'YYYY-MM-DD'. */
	today: string;
	/** Days past the due date that are tolerated before an open invoice blocks new orders. */
	maxOverdueDays: number;
	override?: CreditOverride;
	/** Only for the messages: amounts read as "1234.56 EUR" instead of minor units. */
	baseCurrency?: string;
}

export type CreditBlockCode = 'CREDIT_LIMIT_EXCEEDED' | 'INVOICES_OVERDUE';

export interface CreditBlockReason {
	code: CreditBlockCode;
	message: string;
}

export interface CreditCheckResult {
	/** True when nothing blocks, or a manager overrode the blocks with a reason. */
	allowed: boolean;
	/** What blocks the order, also when it was overridden (the override is logged with them). */
	reasons: CreditBlockReason[];
	/** True only when there were reasons and a valid manager override lifted them. */
	overridden: boolean;
}

function isValidOverride(override: CreditOverride | undefined): boolean {
	return override !== undefined && override.byManager === true && typeof override.reason === 'string' && override.reason.trim() !== '';
}

function money(amount: number, currency: string | undefined): string {
	return currency === undefined ? `${amount}` : `${formatDecimalAmount(amount, currency)} ${currency}`;
}

/**
 * Credit control before confirming an order (S6.6). Two reasons can block it:
 * - CREDIT_LIMIT_EXCEEDED: openBalance + orderAmount > creditLimit (reaching the limit exactly is fine;
 *   a null limit never blocks).
 * - INVOICES_OVERDUE: an invoice with openAmount > 0 whose dueDate lies more than maxOverdueDays days
 *   before today (days counted on calendar days, so time zones cannot move the line).
 * A manager's override with a non-empty reason allows the order anyway; any other override is ignored here
 * (assertCreditAllowed refuses it).
 */
export function checkCredit(input: CreditCheckInput): CreditCheckResult {
	if (input.creditLimit !== null) assertNonNegativeAmount(input.creditLimit, 'creditLimit');
	assertAmount(input.openBalance, 'openBalance');
	assertNonNegativeAmount(input.orderAmount, 'orderAmount');
	if (!Number.isSafeInteger(input.maxOverdueDays) || input.maxOverdueDays < 0) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"maxOverdueDays" must be a whole number of days ≥ 0, got ${JSON.stringify(input.maxOverdueDays)}.`, { field: 'maxOverdueDays' });
	}
	toEpochDay(input.today, 'today');

	const reasons: CreditBlockReason[] = [];
	const exposure = input.openBalance + input.orderAmount;
	if (input.creditLimit !== null && exposure > input.creditLimit) {
		const c = input.baseCurrency;
		reasons.push({
			code: 'CREDIT_LIMIT_EXCEEDED',
			message: `Open balance ${money(input.openBalance, c)} plus this order ${money(input.orderAmount, c)} is ${money(exposure, c)}, over the credit limit of ${money(input.creditLimit, c)} by ${money(exposure - input.creditLimit, c)}.`,
		});
	}

	const overdue = input.overdueInvoices.filter((invoice, i) => {
		assertAmount(invoice.openAmount, `overdueInvoices[${i}].openAmount`);
		return invoice.openAmount > 0 && daysBetween(invoice.dueDate, input.today, { from: `overdueInvoices[${i}].dueDate`, to: 'today' }) > input.maxOverdueDays;
	});
	if (overdue.length > 0) {
		const list = overdue.map((invoice) => `${invoice.number} (due ${invoice.dueDate}, ${money(invoice.openAmount, input.baseCurrency)} open)`).join(', ');
		reasons.push({ code: 'INVOICES_OVERDUE', message: `Invoices more than ${input.maxOverdueDays} days overdue: ${list}.` });
	}

	const overridden = reasons.length > 0 && isValidOverride(input.override);
	return { allowed: reasons.length === 0 || overridden, reasons, overridden };
}

/**
 * checkCredit that throws: CRM_OVERRIDE_FORBIDDEN (403) when a blocked order carries an override from
 * someone who is not a manager, CRM_CREDIT_BLOCKED (409) with details.reasons when it is blocked and not
 * validly overridden (a manager override without a reason included — the reason is the audit trail).
 * Returns the result, so the caller can record an override.
 */
export function assertCreditAllowed(input: CreditCheckInput): CreditCheckResult {
	const result = checkCredit(input);
	if (result.allowed) return result;

	if (input.override !== undefined && input.override.byManager !== true) {
		throw new CrmError('CRM_OVERRIDE_FORBIDDEN', 'Only a sales manager can override a credit block.', { field: 'override', reasons: result.reasons });
	}
	const needsReason = input.override !== undefined;
	const why = result.reasons.map((r) => r.message).join(' ');
	throw new CrmError('CRM_CREDIT_BLOCKED', needsReason ? `A credit override needs a reason. ${why}` : `Credit check failed. ${why}`, {
		field: needsReason ? 'override.reason' : 'credit',
		reasons: result.reasons,
	});
}
