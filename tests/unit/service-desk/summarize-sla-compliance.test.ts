import { describe, expect, test } from 'vitest';
import { ALWAYS_OPEN } from '../../../packages/crm-core/src/business-time/index.ts';
import { isoWeekOf, summarizeSlaCompliance } from '../../../packages/crm-core/src/service-desk/index.ts';
import { BERLIN_OFFICE } from '../business-time/business-calendars.ts';

const NOW = '2026-11-27T12:00:00.000Z';

describe('isoWeekOf', () => {
	test.each([
		['2026-11-27T12:00:00Z', '2026-W48', '2026-11-23'],
		['2027-01-01T08:00:00Z', '2026-W53', '2026-12-28'],
		['2026-01-01T08:00:00Z', '2026-W01', '2025-12-29'],
		['2026-11-22T23:59:59Z', '2026-W47', '2026-11-16'],
	])('%s is in week %s starting %s', (instant, week, start) => {
		expect(isoWeekOf(instant)).toEqual({ week, start });
	});
});

describe('summarizeSlaCompliance', () => {
	test('counts open requests by priority, most urgent first, and those overdue on response or resolution', () => {
		const summary = summarizeSlaCompliance(
			[
				{ priority: 'urgent', firstResponseAt: null, responseDueAt: '2026-11-27T11:00:00Z', resolutionDueAt: '2026-11-28T11:00:00Z' },
				{ priority: 'urgent', firstResponseAt: '2026-11-27T10:00:00Z', responseDueAt: '2026-11-27T11:00:00Z', resolutionDueAt: '2026-11-28T11:00:00Z' },
				{ priority: 'high', firstResponseAt: '2026-11-26T10:00:00Z', responseDueAt: null, resolutionDueAt: '2026-11-27T11:59:59Z' },
				{ priority: null, firstResponseAt: null, responseDueAt: null, resolutionDueAt: null },
			],
			[],
			NOW,
		);
		expect(summary.openByPriority).toEqual([
			{ priority: 'urgent', open: 2, breached: 1 },
			{ priority: 'high', open: 1, breached: 1 },
			{ priority: 'normal', open: 1, breached: 0 },
			{ priority: 'low', open: 0, breached: 0 },
		]);
		expect(summary).toMatchObject({ openTotal: 4, breachedOpen: 2, breachedShare: 0.5, weeks: [] });
	});

	test('means business time per week and team, leaving out time waiting for the customer', () => {
		const summary = summarizeSlaCompliance(
			[],
			[
				// Tue 09:00 → first response 10:00, resolved 15:00 with an hour waiting for the customer: 60 and 300 business minutes.
				{ teamId: 't1', createdAt: '2026-11-24T08:00:00Z', firstResponseAt: '2026-11-24T09:00:00Z', resolvedAt: '2026-11-24T14:00:00Z', pauses: [{ from: '2026-11-24T10:00:00Z', to: '2026-11-24T11:00:00Z', kind: 'customer' }], calendar: BERLIN_OFFICE },
				// Around the clock: 30 and 90 minutes.
				{ teamId: 't1', createdAt: '2026-11-25T08:00:00Z', firstResponseAt: '2026-11-25T08:30:00Z', resolvedAt: '2026-11-25T09:30:00Z', pauses: [], calendar: ALWAYS_OPEN },
				{ teamId: null, createdAt: '2026-11-16T08:00:00Z', firstResponseAt: null, resolvedAt: '2026-11-16T08:20:00Z', pauses: [], calendar: ALWAYS_OPEN },
			],
			NOW,
		);
		expect(summary.weeks).toEqual([
			{ week: '2026-W47', weekStart: '2026-11-16', teamId: null, resolved: 1, meanFirstResponseMinutes: null, meanResolutionMinutes: 20 },
			{ week: '2026-W48', weekStart: '2026-11-23', teamId: 't1', resolved: 2, meanFirstResponseMinutes: 45, meanResolutionMinutes: 195 },
		]);
	});
});
