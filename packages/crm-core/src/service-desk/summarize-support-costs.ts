import { allocateIncludedTime, type BillingPeriod } from './allocate-included-time.ts';
import { computeSupportCost, type SupportCost, type SupportTimeEntry } from './compute-support-cost.ts';

/** A customer's service contract as the cost report reads it. */
export interface CostContract {
	id: string;
	code: string;
	currency: string;
	period: BillingPeriod;
	includedMinutesPerPeriod: number;
	/** Minor units per billable hour; null = billable time is not charged. */
	hourlyRate: number | null;
	/** Minor units per period; null = no fee. */
	fee: number | null;
	validFrom: string | null;
	validTo: string | null;
	/** Zone deciding which period an entry falls in. */
	timeZone: string;
}

/** A finished time entry (running timers have no length yet and are left out by the caller). */
export interface CostTimeEntry {
	id: string;
	requestId: string;
	/** The contract the request is held to; null = none. */
	contractId: string | null;
	startedAt: string;
	minutes: number;
	/** false = internal work: neither billed nor taken from the included time. */
	billable: boolean;
	/** The specialist's cost per hour, minor units of `currency`. */
	costRatePerHour: number;
	currency: string;
}

export interface CostExpense {
	requestId: string;
	contractId: string | null;
	amount: number;
	currency: string;
	/** 'YYYY-MM-DD' */
	day: string;
}

export interface SupportCostsInput {
	contracts: readonly CostContract[];
	/** Every finished entry up to `to`: included time is used up from the start of each period, so entries before `from` count too. */
	entries: readonly CostTimeEntry[];
	expenses: readonly CostExpense[];
	/** Days, inclusive. */
	from: string;
	to: string;
	/** Currency of what is not under a contract. */
	baseCurrency: string;
}

/** The amounts of SupportCost summed per currency, with the margin: contractRevenue + billableAmount − supportCost. */
export type CurrencyTotals = Pick<SupportCost, 'currency' | 'supportCost' | 'timeCost' | 'expenseCost' | 'billableAmount' | 'contractRevenue'> & { margin: number };

export interface SupportCostsSummary {
	totals: CurrencyTotals[];
	minutes: number;
	includedMinutes: number;
	billableMinutes: number;
	nonBillableMinutes: number;
	contracts: { id: string; code: string; currency: string; contractRevenue: number; billableMinutes: number; billableAmount: number }[];
	requests: { requestId: string; minutes: number; cost: Record<string, number> }[];
}

/**
 * What supporting one customer cost and earned over [from, to], per contract its requests are held
 * to (and for requests without one): time at each specialist's cost rate, expenses, billable time
 * beyond the contract's included time at its hourly rate, and the contract fee for the window's days.
 * Amounts stay in their own currency — a specialist's cost in theirs, billing and fee in the
 * contract's — and are reported per currency, never converted.
 */
export function summarizeSupportCosts(input: SupportCostsInput): SupportCostsSummary {
	const { from, to } = input;
	const totals = new Map<string, CurrencyTotals>();
	const summary: SupportCostsSummary = { totals: [], minutes: 0, includedMinutes: 0, billableMinutes: 0, nonBillableMinutes: 0, contracts: [], requests: [] };
	const byRequest = new Map<string, { minutes: number; cost: Record<string, number> }>();
	const inWindow = (instant: string) => instant.slice(0, 10) >= from && instant.slice(0, 10) <= to;

	const add = (result: SupportCost) => {
		const t = totals.get(result.currency) ?? { currency: result.currency, supportCost: 0, timeCost: 0, expenseCost: 0, billableAmount: 0, contractRevenue: 0, margin: 0 };
		t.supportCost += result.supportCost;
		t.timeCost += result.timeCost;
		t.expenseCost += result.expenseCost;
		t.billableAmount += result.billableAmount;
		t.contractRevenue += result.contractRevenue;
		t.margin = t.contractRevenue + t.billableAmount - t.supportCost;
		totals.set(result.currency, t);
	};

	for (const contract of [...input.contracts, null]) {
		const contractId = contract?.id ?? null;
		const currency = contract?.currency ?? input.baseCurrency;
		const own = input.entries.filter((e) => e.contractId === contractId);
		const shares = allocateIncludedTime(
			own.filter((e) => e.billable).map((e) => ({ id: e.id, startedAt: e.startedAt, minutes: e.minutes })),
			contract ? { includedMinutesPerPeriod: contract.includedMinutesPerPeriod, period: contract.period, timeZone: contract.timeZone } : null,
		);
		const windowed = own.filter((e) => inWindow(e.startedAt));
		const billableOf = (e: CostTimeEntry) => (e.billable ? (shares.get(e.id)?.billableMinutes ?? 0) : 0);
		const ownExpenses = input.expenses.filter((x) => x.contractId === contractId && x.day >= from && x.day <= to);
		const currencies = new Set([currency, ...windowed.map((e) => e.currency), ...ownExpenses.map((x) => x.currency)]);
		for (const c of currencies) {
			// Billing and fee belong to the contract's currency; other currencies carry only costs.
			const main = c === currency;
			const entries: SupportTimeEntry[] = windowed.map((e) => {
				const billableMinutes = main ? billableOf(e) : 0;
				return { id: e.id, requestId: e.requestId, minutes: e.minutes, costRatePerHour: e.currency === c ? e.costRatePerHour : 0, includedMinutes: e.minutes - billableMinutes, billableMinutes };
			});
			const result = computeSupportCost({
				currency: c,
				entries,
				expenses: ownExpenses.filter((x) => x.currency === c).map((x) => ({ requestId: x.requestId, amount: x.amount })),
				hourlyRate: main ? (contract?.hourlyRate ?? null) : null,
				contractFee: main && contract && contract.fee !== null ? { amount: contract.fee, period: contract.period, validFrom: contract.validFrom, validTo: contract.validTo } : null,
				from,
				to,
			});
			add(result);
			for (const r of result.byRequest) {
				const entry = byRequest.get(r.requestId) ?? { minutes: 0, cost: {} };
				if (main) entry.minutes += r.minutes;
				entry.cost[c] = (entry.cost[c] ?? 0) + r.cost;
				byRequest.set(r.requestId, entry);
			}
			if (!main) continue;
			summary.minutes += result.minutes;
			summary.billableMinutes += result.billableMinutes;
			summary.includedMinutes += windowed.filter((e) => e.billable).reduce((sum, e) => sum + e.minutes - billableOf(e), 0);
			summary.nonBillableMinutes += windowed.filter((e) => !e.billable).reduce((sum, e) => sum + e.minutes, 0);
			if (contract) summary.contracts.push({ id: contract.id, code: contract.code, currency, contractRevenue: result.contractRevenue, billableMinutes: result.billableMinutes, billableAmount: result.billableAmount });
		}
	}
	summary.totals = [...totals.values()];
	summary.requests = [...byRequest].map(([requestId, r]) => ({ requestId, ...r }));
	return summary;
}
