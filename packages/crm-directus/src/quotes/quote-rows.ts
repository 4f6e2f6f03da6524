import type { OrderFromQuote, QuoteFacts, QuoteLineFacts, QuoteStatus, QuoteStepPlan } from '@crm/core';
import { toDay } from '../load-pricing-context.ts';
import { instantOf, jsonOf } from '../service/instant.ts';
import { numberOrNull as amountOrNull } from '../db-cells.ts';

const keyOrNull = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));

/** A crm_quotes row (`select *`) as the drivers return it (dates as text, Date or epoch). */
export interface QuoteRow {
	id: string;
	status: QuoteStatus;
	customer: string;
	contact: string | null;
	owner: string | null;
	currency: string;
	campaign: string | null;
	opportunity?: string | null;
	promo_codes: string | null;
	issue_date: unknown;
	valid_until: unknown;
}

/** A crm_quote_lines row (`select *`): bigint as text on PostgreSQL, JSON as text on SQLite, flags as 0/1 on SQLite. */
export interface QuoteLineRow {
	product: string | null;
	description: string | null;
	quantity_milli: number | string;
	discount_bp: number | string | null;
	unit_price: number | string | null;
	vat_rate_bp: number | string | null;
	list_amount: number | string | null;
	discount_amount: number | string | null;
	applied_rules: unknown;
	approval_status: string | null;
	discount_approved_bp: number | string | null;
	discount_limit_bp: number | string | null;
	below_floor_approved: boolean | number | null;
	discount_approved_by: string | null;
	discount_approved_at: unknown;
	price_explanation: unknown;
}

export function toQuoteFacts(row: QuoteRow): QuoteFacts {
	return {
		id: String(row.id),
		status: row.status,
		customerId: String(row.customer),
		contactId: keyOrNull(row.contact),
		ownerId: keyOrNull(row.owner),
		currency: String(row.currency),
		campaignId: keyOrNull(row.campaign),
		opportunityId: keyOrNull(row.opportunity),
		promoCodes: row.promo_codes ?? null,
		issueDate: toDay(row.issue_date),
		validUntil: toDay(row.valid_until),
	};
}

export function toQuoteLineFacts(row: QuoteLineRow): QuoteLineFacts {
	return {
		productId: keyOrNull(row.product),
		description: row.description ?? null,
		quantityMilli: Number(row.quantity_milli),
		discountBp: Number(row.discount_bp ?? 0),
		unitPrice: Number(row.unit_price),
		vatRateBp: Number(row.vat_rate_bp),
		listAmount: amountOrNull(row.list_amount),
		discountAmount: amountOrNull(row.discount_amount),
		appliedRules: jsonOf(row.applied_rules, null),
		approvalStatus: String(row.approval_status ?? 'not_needed'),
		discountApprovedBp: Number(row.discount_approved_bp ?? 0),
		discountLimitBp: Number(row.discount_limit_bp ?? 0),
		belowFloorApproved: Boolean(row.below_floor_approved),
		discountApprovedBy: keyOrNull(row.discount_approved_by),
		discountApprovedAt: instantOf(row.discount_approved_at),
		priceExplanation: jsonOf(row.price_explanation, null),
	};
}

/** A line of the order an accepted proposal becomes: its accepted price, discounts and approvals. */
function toOrderLineRow(l: OrderFromQuote['lines'][number]): Record<string, unknown> {
	return {
		sort: l.sort,
		product: l.productId,
		description: l.description,
		quantity_milli: l.quantityMilli,
		discount_bp: l.discountBp,
		unit_price: l.unitPrice,
		vat_rate_bp: l.vatRateBp,
		list_amount: l.listAmount,
		discount_amount: l.discountAmount,
		applied_rules: l.appliedRules,
		approval_status: l.approvalStatus,
		discount_approved_bp: l.discountApprovedBp,
		discount_limit_bp: l.discountLimitBp,
		below_floor_approved: l.belowFloorApproved,
		discount_approved_by: l.discountApprovedBy,
		discount_approved_at: l.discountApprovedAt,
		price_explanation: l.priceExplanation,
	};
}

/** The order an accepted proposal becomes, as created with its lines. */
export function toOrderFromQuoteRow(order: OrderFromQuote): Record<string, unknown> {
	const { customerId: customer, contactId: contact, ownerId: owner, quoteId: quote, currency, orderDate: order_date, campaignId: campaign, opportunityId: opportunity, promoCodes: promo_codes } = order;
	return { customer, contact, owner, quote, currency, order_date, campaign, opportunity, promo_codes, lines: order.lines.map(toOrderLineRow) };
}

/** What a step writes to the proposal (the order key is added once the order exists). */
export function toQuoteChanges(plan: QuoteStepPlan): Record<string, unknown> {
	return { status: plan.status, ...(plan.issueDate !== undefined ? { issue_date: plan.issueDate } : {}), ...(plan.validUntil !== undefined ? { valid_until: plan.validUntil } : {}) };
}
