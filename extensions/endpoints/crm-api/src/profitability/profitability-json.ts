import type { CustomerPnl, DriverSummary, LossDriver, PnlTotals, ProfitabilityPeriod, ProfitabilitySummary, RankedCustomer, WhaleCurve } from '@crm/core';
import { tableEnds } from '@crm/core';

/** The P&L's figures as the API names them: minor units of the base currency, costs as positive amounts. */
export function totalsJson(t: PnlTotals) {
	return {
		revenue_at_list: t.revenueAtList,
		discounts: t.discounts,
		net_revenue: t.netRevenue,
		credit_notes: t.creditNotes,
		revenue: t.revenue,
		cost_of_goods: t.costOfGoods,
		gross_margin: t.grossMargin,
		service: t.service,
		logistics: t.logistics,
		cost_to_serve: t.costToServe,
		marketing: t.marketing,
		payment_delay: t.paymentDelay,
		profit: t.profit,
	};
}

const periodJson = (period: ProfitabilityPeriod, base: string) => ({ currency: base, from: period.from, to: period.to });

/** GET /crm/customers/:id/profitability: the lines in order, each signed (revenue +, costs −) and explained, and the totals. */
export function customerPnlJson(pnl: CustomerPnl, period: ProfitabilityPeriod, base: string) {
	return { customer: pnl.customer, ...periodJson(period, base), lines: pnl.lines.map((l) => ({ key: l.key, label: l.label, amount: l.amount, explanation: l.explanation })), totals: totalsJson(pnl.totals), margin_bp: pnl.marginBp };
}

const driverJson = (d: LossDriver | null) => (d === null ? null : { key: d.key, label: d.label, amount: d.amount, share_bp: d.shareBp, norm_bp: d.normBp, excess: d.excess, explanation: d.explanation });

const rowJson = (r: RankedCustomer) => ({ rank: r.rank, customer: r.customer, totals: totalsJson(r.totals), margin_bp: r.marginBp, main_driver: driverJson(r.mainDriver) });

function whaleJson(w: WhaleCurve) {
	return {
		customers: w.customers,
		points: w.points.map((p) => ({ rank: p.rank, customers_bp: p.customersBp, profit: p.cumulativeProfit })),
		peak: { rank: w.peak.rank, customers_bp: w.peak.customersBp, profit: w.peak.cumulativeProfit, of_total_bp: w.peak.ofTotalBp },
		total_profit: w.totalProfit,
		profitable: w.profitable,
		unprofitable: w.unprofitable,
		loss: w.loss,
	};
}

const driversJson = (d: DriverSummary) => ({ unprofitable: d.unprofitable, loss: d.loss, by_line: d.byLine.map((l) => ({ key: l.key, label: l.label, customers: l.customers, loss: l.loss, excess: l.excess, norm_bp: l.normBp })) });

/** GET /crm/profitability: totals, the whale curve, the drivers of losses and both ends of the ranked table. */
export function summaryJson(s: ProfitabilitySummary, period: ProfitabilityPeriod, base: string, limit: number) {
	const { top, bottom } = tableEnds(s.ranked, limit);
	return { ...periodJson(period, base), customers: s.customers, totals: totalsJson(s.totals), margin_bp: s.marginBp, whale_curve: whaleJson(s.whale), drivers: driversJson(s.drivers), top: top.map(rowJson), bottom: bottom.map(rowJson) };
}
