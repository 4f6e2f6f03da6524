import { describe, expect, test } from 'vitest';
import { assessTarget, planBehindAlerts } from '../../../packages/crm-core/src/index.ts';
import { eur, quarter } from './sales-plan-fixtures.ts';

const behind = assessTarget(quarter, 2_600_000, '2027-01-30', eur);
const onTrack = assessTarget(quarter, 2_800_000, '2027-01-30', eur);
const now = '2027-01-30T07:15:00.000Z';

describe('planBehindAlerts: a rep behind plan hears of it once a week', () => {
	test.each([
		['alerts a plan behind by more than its margin', behind, null, 1],
		['stays quiet while the plan is on track', onTrack, null, 0],
		['does not repeat an alert within the week', behind, '2027-01-27T07:15:00.000Z', 0],
		['repeats it after a week', behind, '2027-01-23T07:15:00.000Z', 1],
	])('%s', (_, attainment, alertedAt, count) => {
		expect(planBehindAlerts([{ target: quarter, attainment, alertedAt, recipients: ['u-rita'] }], now)).toHaveLength(count);
	});

	test('tells each recipient once, with the dashboard\'s figures', () => {
		expect(planBehindAlerts([{ target: quarter, attainment: behind, alertedAt: null, recipients: ['u-rita', 'u-max', 'u-rita'] }], now)).toEqual([
			{ targetId: 't1', claimFrom: null, recipients: ['u-rita', 'u-max'], subject: 'Behind plan: Rita · revenue Q1 2027', message: behind.explanation },
		]);
	});

	test('a plan nobody can be told of is skipped', () => {
		expect(planBehindAlerts([{ target: quarter, attainment: behind, alertedAt: null, recipients: [] }], now)).toEqual([]);
	});
});
