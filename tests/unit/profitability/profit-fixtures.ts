import { type CustomerProfitFacts, emptyProfitFacts, type LogisticsCost, type ProfitabilityContext } from '../../../packages/crm-core/src/index.ts';

export const PERIOD = { from: '2026-01-01', to: '2026-03-31', today: '2026-06-30' };

export const WAREHOUSE = 'w-north';
export const REGION = 'r-bavaria';

export const LOGISTICS: LogisticsCost[] = [
	{ id: 'any', kind: null, warehouse: null, region: null, costBase: 500 },
	{ id: 'wh', kind: null, warehouse: WAREHOUSE, region: null, costBase: 900 },
	{ id: 'wh-region', kind: 'waybill', warehouse: WAREHOUSE, region: REGION, costBase: 1_200 },
];

/** A context in EUR over the first quarter of 2026, 8 % a year, USD at 0.9 on the period's last day. */
export function context(overrides: Partial<ProfitabilityContext> = {}): ProfitabilityContext {
	return {
		baseCurrency: 'EUR',
		period: PERIOD,
		paymentDelayRateBp: 800,
		logisticsCosts: LOGISTICS,
		rateToBase: (currency) => (currency === 'USD' ? '0.9' : null),
		names: { warehouse: (id) => (id === WAREHOUSE ? 'WH-N' : id), region: (id) => (id === REGION ? 'Bavaria' : id) },
		detail: { service: true, marketing: true },
		...overrides,
	};
}

/**
 * A customer with every line (EUR):
 *   orders 2: net 1,080.00, discounts 120.00 → at list 1,200.00; cost of goods 600.00 (1 line without cost)
 *   credit note 1: 50.00 net
 *   service: 200 min, 3 entries, time 200.00; 2 expenses 45.00 → 245.00
 *   logistics: 3 waybills WH-N → Bavaria at 12.00, 1 service act from WH-N at 9.00 → 45.00
 *   marketing: 30.00 from 2 campaigns
 *   payment delay: 2,380,000 minor-unit-days at 8 % → 2,380,000 × 800 ÷ 3,650,000 = 521.64 → 5.22
 *   profit = 1,200.00 − 120.00 − 50.00 − 600.00 − 245.00 − 45.00 − 30.00 − 5.22 = 104.78
 */
export function fullFacts(id = 'c1', name = 'Alpha GmbH'): CustomerProfitFacts {
	return {
		customer: { id, name },
		sales: { orders: 2, netRevenue: 108_000, discounts: 12_000, costOfGoods: 60_000, linesWithoutCost: 1 },
		creditNotes: { count: 1, net: 5_000 },
		service: [{ currency: 'EUR', entries: 3, minutes: 200, timeCost: 20_000, expenses: 2, expenseAmount: 4_500 }],
		shipments: [
			{ kind: 'waybill', warehouse: WAREHOUSE, region: REGION, shipments: 3 },
			{ kind: 'service_act', warehouse: WAREHOUSE, region: REGION, shipments: 1 },
		],
		marketing: {
			amount: 3_000,
			campaigns: 2,
			detail: [
				{ campaign: 'k1', label: 'SPRING-2026 · Spring tools', spend: 100_001, customers: 50, share: 2_000 },
				{ campaign: 'k2', label: 'FAIR-2026 · Trade fair', spend: 10_000, customers: 10, share: 1_000 },
			],
		},
		paymentDelay: { amountDays: 2_380_000, invoices: 1, detail: [{ invoice: 'i1', number: 'INV-2026-000007', dueDate: '2026-02-01', amountDays: 2_380_000 }] },
	};
}

export function facts(id: string, name: string, change: (f: CustomerProfitFacts) => void): CustomerProfitFacts {
	const f = emptyProfitFacts({ id, name });
	change(f);
	return f;
}
