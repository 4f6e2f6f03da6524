import { describe, expect, test } from 'vitest';
import { addDays, assessReorder, planReorderFollowUps, purchaseCycle, type ReorderCandidate } from '../../../packages/crm-core/src/index.ts';

const TODAY = '2026-12-07';
// Monthly buyers whose last purchase decides their state on 2026-12-07 (cycle 30 days, churn at twice the cycle).
const lastOn = (last: string, productGroupName: string) => {
	const cycle = purchaseCycle([addDays(last, -60), addDays(last, -30), last]);
	return assessReorder({ cycle, today: TODAY, churnFactorBp: 20_000, productGroupName });
};

const candidate = (customerId: string, productGroupId: string, last: string | null): ReorderCandidate => ({
	customerId,
	customerName: `Customer ${customerId}`,
	ownerId: `rep-${customerId}`,
	productGroupId,
	productGroupName: `Group ${productGroupId}`,
	assessment: last === null ? assessReorder({ cycle: purchaseCycle(['2026-11-01']), today: TODAY, churnFactorBp: 20_000 }) : lastOn(last, `Group ${productGroupId}`),
});

const due = candidate('c1', 'coffee', '2026-11-01'); // 36 days since: due 2026-12-01, 6 overdue
const longerDue = candidate('c2', 'tea', '2026-10-20'); // 48 days since: 18 overdue
const churn = candidate('c3', 'coffee', '2026-10-01'); // 67 days since: churn risk, 37 overdue
const notDue = candidate('c4', 'coffee', '2026-11-20'); // 17 days since
const newCustomer = candidate('c5', 'coffee', null);

describe('planReorderFollowUps: tasks for reorders that are due or at risk', () => {
	test('makes one task per due or at-risk pair, churn risks first, then the longest overdue', () => {
		expect(planReorderFollowUps({ assessments: [notDue, due, newCustomer, churn, longerDue], openTaskKeys: new Set(), today: TODAY })).toEqual([
			{
				key: 'c3:coffee',
				customerId: 'c3',
				productGroupId: 'coffee',
				ownerId: 'rep-c3',
				status: 'churn_risk',
				title: 'Churn risk: Customer c3 — Group coffee',
				dueDay: TODAY,
				explanation: 'Buys Group coffee every 30 days; last on 2026-10-01, due 2026-10-31, 37 days overdue — churn risk (over 2× the cycle)',
			},
			{
				key: 'c2:tea',
				customerId: 'c2',
				productGroupId: 'tea',
				ownerId: 'rep-c2',
				status: 'due',
				title: 'Reorder due: Customer c2 — Group tea',
				dueDay: TODAY,
				explanation: 'Buys Group tea every 30 days; last on 2026-10-20, due 2026-11-19, 18 days overdue',
			},
			{
				key: 'c1:coffee',
				customerId: 'c1',
				productGroupId: 'coffee',
				ownerId: 'rep-c1',
				status: 'due',
				title: 'Reorder due: Customer c1 — Group coffee',
				dueDay: TODAY,
				explanation: 'Buys Group coffee every 30 days; last on 2026-11-01, due 2026-12-01, 6 days overdue',
			},
		]);
	});

	test.each([
		['skips a pair that has an open follow-up already', [due, churn], ['c3:coffee'], ['c1:coffee']],
		['an open task for another product group does not count', [due], ['c1:tea'], ['c1:coffee']],
		['plans nothing for customers who are not due or have no cycle', [notDue, newCustomer], [], []],
		['a pair listed twice makes one task', [due, due], [], ['c1:coffee']],
		['ties on urgency go by customer id, then product group id', [candidate('b', 'y', '2026-11-01'), candidate('b', 'x', '2026-11-01'), candidate('a', 'z', '2026-11-01')], [], ['a:z', 'b:x', 'b:y']],
	])('%s', (_, assessments, open, keys) => {
		expect(planReorderFollowUps({ assessments, openTaskKeys: new Set(open), today: TODAY }).map((t) => t.key)).toEqual(keys);
	});

	test('is idempotent: a second run with the first run’s tasks open plans nothing', () => {
		const assessments = [due, churn, longerDue, notDue];
		const first = planReorderFollowUps({ assessments, openTaskKeys: new Set(), today: TODAY });
		expect(first).toHaveLength(3);
		expect(planReorderFollowUps({ assessments, openTaskKeys: new Set(first.map((t) => t.key)), today: TODAY })).toEqual([]);
	});

	test('keeps a missing owner for a manager to assign', () => {
		expect(planReorderFollowUps({ assessments: [{ ...due, ownerId: null }], openTaskKeys: new Set(), today: TODAY })[0]?.ownerId).toBeNull();
	});

	test('refuses a malformed today', () => {
		expect(() => planReorderFollowUps({ assessments: [], openTaskKeys: new Set(), today: '2026-13-01' })).toThrowError(expect.objectContaining({ code: 'CRM_INVALID_FORMAT' }));
	});
});
