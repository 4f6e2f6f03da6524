import { describe, expect, test } from 'vitest';
import { checkSalesTaskWrite, filterReorders, parseReorderQuery, parseReorderRun, planReorderRun, type PurchaseHistory } from '../../../packages/crm-core/src/index.ts';

const TODAY = '2026-12-07';
const history = (customerId: string, productGroupId: string, days: string[]): PurchaseHistory => ({ customerId, customerName: `Customer ${customerId}`, ownerId: `rep-${customerId}`, productGroupId, productGroupName: `Group ${productGroupId}`, days });

// c1 coffee: every 30 days, last 2026-11-01 → due 2026-12-01, 6 overdue. c2 tea: last 2026-10-01 → 67 days since, churn risk.
// c3 coffee: last 2026-11-20 → not due. c4: one purchase only.
const HISTORIES = [
	history('c1', 'coffee', ['2026-09-02', '2026-10-02', '2026-11-01']),
	history('c2', 'tea', ['2026-08-02', '2026-09-01', '2026-10-01']),
	history('c3', 'coffee', ['2026-09-21', '2026-10-21', '2026-11-20']),
	history('c4', 'coffee', ['2026-11-01']),
];
const run = (over: Partial<Parameters<typeof planReorderRun>[0]> = {}) => planReorderRun({ histories: HISTORIES, flags: [], openTaskKeys: new Set(), today: TODAY, churnFactorBp: 20_000, ...over });

describe('planReorderRun: the daily reorder run', () => {
	test('assesses every pair, most urgent first', () => {
		expect(run().assessed.map((c) => [c.customerId, c.assessment.status, c.assessment.daysOverdue])).toEqual([
			['c2', 'churn_risk', 37],
			['c1', 'due', 6],
			['c3', 'not_due', 0],
			['c4', 'not_enough_history', 0],
		]);
	});

	test('plans a task per due or at-risk pair and flags the customer at risk', () => {
		const plan = run();
		expect(plan.tasks.map((t) => [t.key, t.status, t.ownerId])).toEqual([['c2:tea', 'churn_risk', 'rep-c2'], ['c1:coffee', 'due', 'rep-c1']]);
		expect(plan.churnChanges).toEqual([{ customerId: 'c2', churnRisk: true, note: 'Group tea: Buys Group tea every 30 days; last on 2026-10-01, due 2026-10-31, 37 days overdue — churn risk (over 2× the cycle)' }]);
	});

	test.each([
		['a rerun with its own results stored plans nothing', { flags: [{ customerId: 'c2', churnRisk: true, note: 'Group tea: Buys Group tea every 30 days; last on 2026-10-01, due 2026-10-31, 37 days overdue — churn risk (over 2× the cycle)' }], openTaskKeys: new Set(['c2:tea', 'c1:coffee']) }, [], []],
		['a flagged customer who bought again loses the flag', { histories: [history('c2', 'tea', ['2026-08-02', '2026-09-01', '2026-10-01', '2026-12-05'])], flags: [{ customerId: 'c2', churnRisk: true, note: 'old' }] }, [], [{ customerId: 'c2', churnRisk: false, note: null }]],
		['a flagged customer without any counted order left loses the flag', { histories: [], flags: [{ customerId: 'c9', churnRisk: true, note: 'old' }] }, [], [{ customerId: 'c9', churnRisk: false, note: null }]],
		['an unflagged customer stays as stored', { histories: [HISTORIES[2]!], flags: [{ customerId: 'c3', churnRisk: false, note: null }] }, [], []],
	] as const)('%s', (_name, over, tasks, changes) => {
		const plan = run(over as Partial<Parameters<typeof planReorderRun>[0]>);
		expect(plan.tasks.map((t) => t.key)).toEqual(tasks);
		expect(plan.churnChanges).toEqual(changes);
	});
});

describe('filterReorders: what a list shows', () => {
	test.each([
		['due', ['c2', 'c1']],
		['churn_risk', ['c2']],
		['all', ['c2', 'c1', 'c3']],
	] as const)('status %s shows %j', (status, customers) => {
		expect(filterReorders(run().assessed, status).map((c) => c.customerId)).toEqual(customers);
	});
});

describe('parseReorderQuery and parseReorderRun', () => {
	const rep = '7f7c5a55-1b5e-4b7e-9b1a-2f0a4b7d8c11';
	test.each([
		[{}, { status: 'due', date: TODAY, rep: null }],
		[{ status: 'all', date: '2026-01-31', rep }, { status: 'all', date: '2026-01-31', rep }],
		[{ status: '', date: '' }, { status: 'due', date: TODAY, rep: null }],
	])('reads %j', (raw, expected) => {
		expect(parseReorderQuery(raw, TODAY)).toEqual(expected);
	});

	test.each([
		[{ status: 'overdue' }, 'status'],
		[{ date: '2026-02-30' }, 'date'],
		[{ rep: 'rita' }, 'rep'],
		[{ status: ['due', 'all'] }, 'status'],
	])('refuses %j naming the parameter', (raw, parameter) => {
		expect(() => parseReorderQuery(raw, TODAY)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_QUERY', details: { parameter } }));
	});

	test.each([
		[undefined, TODAY],
		[{}, TODAY],
		[{ date: '2026-11-30' }, '2026-11-30'],
	])('run body %j is the day %s', (body, day) => {
		expect(parseReorderRun(body, TODAY)).toBe(day);
	});

	test.each([[{ date: 'tomorrow' }], [{ date: 20261207 }], ['2026-12-07'], [[]]])('refuses run body %j', (body) => {
		expect(() => parseReorderRun(body, TODAY)).toThrow(expect.objectContaining({ code: 'CRM_INVALID_PAYLOAD' }));
	});
});

describe('checkSalesTaskWrite: generated follow-ups keep what they are about', () => {
	const generated = { kind: 'reorder', key: 'c1:coffee', customer: 'c1', product_group: 'coffee' };
	const manual = { kind: 'other', key: null, customer: 'c1', product_group: null };
	test.each([
		['a new task of kind other', null, { kind: 'other', title: 'Call' }],
		['a new task without a kind', null, { title: 'Call' }],
		['marking a generated task done', generated, { done: true, notes: 'Ordered' }],
		['sending a generated task its own kind', generated, { kind: 'reorder', done: true }],
		['moving a manual task to another customer', manual, { customer: 'c2' }],
		['clearing a generated task\'s product group', generated, { product_group: null }],
		['naming a linked customer by an object', generated, { customer: { id: 'c1' } }],
	])('allows %s', (_name, stored, data) => {
		expect(() => checkSalesTaskWrite(stored, data)).not.toThrow();
	});

	test.each([
		['a new reorder task', null, { kind: 'reorder' }, 'kind'],
		['a new churn-risk task', null, { kind: 'churn_risk' }, 'kind'],
		['changing a generated task\'s kind', generated, { kind: 'other' }, 'kind'],
		['changing a generated task\'s customer', generated, { customer: 'c2' }, 'customer'],
		['making a manual task a reorder', manual, { kind: 'reorder' }, 'kind'],
	])('refuses %s', (_name, stored, data, field) => {
		expect(() => checkSalesTaskWrite(stored, data)).toThrow(expect.objectContaining({ code: 'CRM_SALES_TASK_GENERATED', details: { field } }));
	});
});
