import type { ShipmentKind } from '../fulfilment/parse-fulfilment-requests.ts';

/**
 * What the P&L of a customer is computed from, as the loaders sum it per customer in the database (one
 * set-based query per line over all customers). Every amount is in minor units of the base currency
 * unless a currency is named.
 */

/** The orders that count (neither drafts nor cancelled) dated in the period. */
export interface ProfitSalesFacts {
	orders: number;
	/** Σ net totals in the base currency, at each order's own rate (as priced). */
	netRevenue: number;
	/** Σ discounts of the pricing records (rules, offers, codes, manual), at each order's own rate, truncated per order. */
	discounts: number;
	/** Σ the goods' cost when each order was priced. */
	costOfGoods: number;
	/** Lines whose product had no cost: they count 0. */
	linesWithoutCost: number;
}

/** Credit notes issued in the period, net of VAT. */
export interface CreditNoteFacts {
	count: number;
	net: number;
}

/** Service time and expenses of the customer's requests in the period, in one currency (the specialists' or the expenses'). */
export interface ServiceCurrencyFacts {
	currency: string;
	/** Finished time entries started in the period (running timers count once stopped). */
	entries: number;
	minutes: number;
	/** Σ per entry of minutes × the specialist's cost per hour ÷ 60, rounded half up per entry (as GET /crm/service/costs). */
	timeCost: number;
	expenses: number;
	expenseAmount: number;
}


/** Shipments posted in the period, counted per kind, warehouse and the customer's region. */
export interface ShipmentGroup {
	kind: ShipmentKind;
	warehouse: string | null;
	region: string | null;
	shipments: number;
}

/** A customer's share of one campaign's spend. */
export interface CampaignShareFacts {
	campaign: string;
	/** "SPRING-2026 · Spring tools". */
	label: string;
	/** Spend booked in the period. */
	spend: number;
	/** Customers the campaign addressed (its members' customers). */
	customers: number;
	share: number;
}

export interface MarketingFacts {
	amount: number;
	campaigns: number;
	/** Per campaign; null when only the sum was loaded (the all-customers view). */
	detail: readonly CampaignShareFacts[] | null;
}

/** An invoice that was owed past its due day in the period. */
export interface OverdueInvoiceFacts {
	invoice: string;
	number: string;
	dueDate: string;
	/** Σ over the period's days after the due day of what was still owed that day, in the base currency. */
	amountDays: number;
}

export interface PaymentDelayFacts {
	/** Minor-unit-days: Σ per overdue day in the period of the amount still owed on it. */
	amountDays: number;
	invoices: number;
	/** Per invoice; null when only the sum was loaded. */
	detail: readonly OverdueInvoiceFacts[] | null;
}

export interface CustomerProfitFacts {
	customer: { id: string; name: string };
	sales: ProfitSalesFacts;
	creditNotes: CreditNoteFacts;
	service: readonly ServiceCurrencyFacts[];
	shipments: readonly ShipmentGroup[];
	marketing: MarketingFacts;
	paymentDelay: PaymentDelayFacts;
}

/** A customer without anything in the period: every figure 0. */
export function emptyProfitFacts(customer: { id: string; name: string }): CustomerProfitFacts {
	return {
		customer,
		sales: { orders: 0, netRevenue: 0, discounts: 0, costOfGoods: 0, linesWithoutCost: 0 },
		creditNotes: { count: 0, net: 0 },
		service: [],
		shipments: [],
		marketing: { amount: 0, campaigns: 0, detail: null },
		paymentDelay: { amountDays: 0, invoices: 0, detail: null },
	};
}
