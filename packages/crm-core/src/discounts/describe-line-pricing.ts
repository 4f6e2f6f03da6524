import type { ExplanationStep } from '../pricing/explanation-step.ts';
import { describeQuantity } from '../pricing/format-quantity.ts';
import { formatMoney } from './format-money.ts';
import type { LinePricingRecord } from './line-pricing-record.ts';
import type { ApprovalReason, CodeOutcome } from './pricing-result.ts';
import type { TraceEntry, TraceOutcome } from './pricing-trace.ts';

export interface LinePricingStep {
	/** used: where the price comes from; applied: a discount given; skipped: a rule or list that did not count; warning: needs attention. */
	tone: 'used' | 'applied' | 'skipped' | 'warning';
	text: string;
}

export interface LinePricingDescription {
	summary: string;
	steps: LinePricingStep[];
}

// Short words for a sales rep; the entry's detail says the rest.
const OUTCOME_WORDS: Readonly<Record<TraceOutcome, string>> = {
	applied: 'applied',
	capped: 'capped',
	margin_floor: 'held at the margin floor',
	condition_failed: 'condition not met',
	expired: 'expired',
	not_started: 'not started yet',
	wrong_weekday: 'not on this weekday',
	exhausted: 'used up',
	code_missing: 'promo code missing',
	other_currency: 'other currency',
	superseded: 'superseded',
	not_best: 'not the best of its group',
	no_effect: 'no effect',
	inactive: 'inactive',
};

const CODE_WORDS: Readonly<Record<CodeOutcome['outcome'], string>> = {
	accepted: 'accepted',
	unknown: 'unknown',
	inactive: 'inactive',
	expired: 'expired',
	not_started: 'not valid yet',
	exhausted: 'used up',
	other_customer: 'for another customer',
	unused: 'gave nothing',
};

const APPROVAL_TEXTS: Readonly<Record<ApprovalReason, string>> = {
	over_limit: 'The manual discount is above the approved limit: a manager must approve it before the order is confirmed.',
	below_margin_floor: 'The manual discount takes the line below cost plus the minimum margin: a manager must approve it before the order is confirmed.',
};

function describeEntry(entry: TraceEntry, currency: string): LinePricingStep {
	const rule = `${entry.name} (${entry.code})`;
	if (entry.amount > 0) {
		const word = entry.outcome === 'applied' ? '' : ` (${OUTCOME_WORDS[entry.outcome]})`;
		return { tone: 'applied', text: `${rule}: −${formatMoney(entry.amount, currency)}${word} — ${entry.detail}` };
	}
	return { tone: 'skipped', text: `${rule} — ${OUTCOME_WORDS[entry.outcome]}: ${entry.detail}` };
}

function describePriceListStep(step: ExplanationStep): LinePricingStep {
	return step.outcome === 'used' ? { tone: 'used', text: `List price: ${step.detail}` } : { tone: 'skipped', text: step.detail };
}

function describeLegacy(steps: readonly ExplanationStep[]): LinePricingDescription {
	const used = steps.find((step) => step.outcome === 'used');
	return { summary: used ? `List price from ${used.detail}` : 'No price list has a price for this line', steps: steps.map(describePriceListStep) };
}

/**
 * "Why this price?" in plain words for the Studio: where the list price comes from, each discount given
 * with its amount, each rule that did not apply and why, the promo codes, approvals needed and the net.
 * Accepts a stored LinePricingRecord or, for lines priced before discounts existed, the bare price-list
 * explanation.
 */
export function describeLinePricing(record: LinePricingRecord | readonly ExplanationStep[]): LinePricingDescription {
	if (Array.isArray(record)) return describeLegacy(record);
	const r = record as LinePricingRecord;
	const money = (amount: number) => formatMoney(amount, r.currency);
	const units = describeQuantity(r.quantityMilli);
	const steps: LinePricingStep[] = r.priceList.map(describePriceListStep);
	steps.push({ tone: 'used', text: `List amount: ${money(r.listUnitPrice)} × ${units} = ${money(r.listAmount)}` });
	for (const entry of r.trace) if (entry.level === 'line') steps.push(describeEntry(entry, r.currency));
	for (const discount of r.discounts) if (discount.kind === 'manual') steps.push({ tone: 'applied', text: `Manual discount by the sales rep: −${money(discount.amount)}` });
	for (const entry of r.trace) if (entry.level === 'order') steps.push(describeEntry(entry, r.currency));
	if (r.omittedTraceEntries > 0) {
		steps.push({ tone: 'skipped', text: `${r.omittedTraceEntries} more rule${r.omittedTraceEntries === 1 ? '' : 's'} did not apply (not stored).` });
	}
	for (const code of r.codes) steps.push({ tone: code.outcome === 'accepted' ? 'used' : 'skipped', text: `Promo code ${code.code} — ${CODE_WORDS[code.outcome]}: ${code.detail}` });
	for (const reason of r.approvalReasons) steps.push({ tone: 'warning', text: APPROVAL_TEXTS[reason] });
	steps.push({ tone: 'used', text: `Net: ${money(r.netAmount)} for ${units}` });

	const discounts = r.discountAmount > 0 ? ` − discounts ${money(r.discountAmount)} =` : ', no discount:';
	const approval = r.approvalReasons.length > 0 ? ' (needs approval)' : '';
	return { summary: `List ${money(r.listAmount)}${discounts} ${money(r.netAmount)} net for ${units}${approval}`, steps };
}
