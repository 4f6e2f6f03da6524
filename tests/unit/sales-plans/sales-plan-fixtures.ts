import { formatAmount, type SalesTarget } from '../../../packages/crm-core/src/index.ts';

/** A first-quarter revenue plan of 90,000.00 EUR over 90 days, alerting at 10 % behind. */
export const quarter: SalesTarget = {
	id: 't1',
	name: 'Rita · revenue Q1 2027',
	measure: 'revenue',
	repId: 'rita',
	teamId: null,
	productGroupId: null,
	customerGroupId: null,
	periodStart: '2027-01-01',
	periodEnd: '2027-03-31',
	targetAmount: 9_000_000,
	targetQuantity: null,
	behindMarginBp: 1000,
};

export const eur = (minor: number) => formatAmount(minor, 'EUR');
