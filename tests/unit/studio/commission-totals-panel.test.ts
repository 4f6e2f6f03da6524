import { describe, expect, test } from 'vitest';
import { commissionMonths, commissionRows, type StatementItem } from '../../../extensions/panels/crm-sales-plans/src/commission-rows.ts';

const TODAY = '2026-12-07';
const rita = { id: 'r1', name: 'Rita Rep' };
const sam = { id: 'r2', name: 'Sam Seller' };
const item = (rep: StatementItem['rep'], period_start: string, status: StatementItem['status'], commission: number | string): StatementItem => ({ rep, period_start, status, commission, currency: 'EUR' });

describe('commission totals on the Sales management dashboard', () => {
	test('the months: last month and this one', () => {
		expect(commissionMonths(TODAY)).toEqual({ last: '2026-11-01', current: '2026-12-01', end: '2026-12-31' });
		expect(commissionMonths('2027-01-15')).toEqual({ last: '2026-12-01', current: '2027-01-01', end: '2027-01-31' });
	});

	test.each([
		['nothing computed', [], []],
		['one rep: no total row; a month without a statement reads –', [item(rita, '2026-11-01', 'approved', 123_456)], [['Rita Rep', '1,234.56 EUR', 'approved', '–', 'none']]],
		[
			'per rep by name, then all; amounts from PostgreSQL strings; a clawback month reads negative; draft unless all approved',
			[item(sam, '2026-11-01', 'draft', '-500'), item(rita, '2026-11-01', 'approved', 100_000), item(rita, '2026-12-01', 'draft', 2_550)],
			[
				['Rita Rep', '1,000.00 EUR', 'approved', '25.50 EUR', 'draft'],
				['Sam Seller', '−5.00 EUR', 'draft', '–', 'none'],
				['All', '995.00 EUR', 'draft', '25.50 EUR', 'draft'],
			],
		],
	] as const)('%s', (_, items, expected) => {
		expect(commissionRows([...items], TODAY).map((r) => [r.name, r.last.text, r.last.status, r.current.text, r.current.status])).toEqual(expected);
	});
});
