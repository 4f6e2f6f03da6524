import { describe, expect, it } from 'vitest';
import { fromReordersResponse } from '../../../extensions/panels/crm-reorder-list/src/read-reorders.ts';

const row = (over: Record<string, unknown> = {}) => ({
	customer: { id: 'c1', name: 'Ada Roasters' },
	product_group: { id: 'g1', name: 'Coffee' },
	owner: { id: 'r1', name: 'Rita Rep' },
	status: 'due',
	cycle_days: 30,
	purchases: 3,
	last_purchase: '2026-11-01',
	next_due: '2026-12-01',
	days_since_last: 36,
	days_overdue: 6,
	explanation: 'Buys Coffee every 30 days; last on 2026-11-01, due 2026-12-01, 6 days overdue',
	...over,
});

describe('fromReordersResponse: the reorder list as the panel shows it', () => {
	it.each([
		['a due reorder', row(), { customer: 'Ada Roasters', productGroup: 'Coffee', owner: 'Rita Rep', status: 'due', rhythm: 'Every 30 days · 3 purchases', lastPurchase: '2026-11-01', overdue: '6 days' }],
		['due today, daily, no owner', row({ cycle_days: 1, days_overdue: 0, owner: null }), { owner: 'No rep', rhythm: 'Every day · 3 purchases', overdue: 'due today' }],
		['one day overdue at churn risk', row({ status: 'churn_risk', days_overdue: 1 }), { status: 'churn_risk', overdue: '1 day' }],
		['not due yet', row({ status: 'not_due', days_overdue: 0, purchases: 4 }), { status: 'not_due', overdue: '—', rhythm: 'Every 30 days · 4 purchases' }],
	])('%s', (_name, raw, expected) => {
		const view = fromReordersResponse({ data: { date: '2026-12-07', total: 1, reorders: [raw] } });
		expect(view?.rows[0]).toMatchObject({ key: 'c1:g1', customerId: 'c1', ...expected });
	});

	it.each([[null], [{ data: {} }], [{ data: { date: '2026-12-07', reorders: 'x' } }]])('reads %j as no list', (body) => {
		expect(fromReordersResponse(body)).toBeNull();
	});

	it('leaves out rows without a customer or with an unknown status', () => {
		expect(fromReordersResponse({ data: { date: '2026-12-07', total: 2, reorders: [row({ customer: null }), row({ status: 'later' })] } })?.rows).toEqual([]);
	});
});
