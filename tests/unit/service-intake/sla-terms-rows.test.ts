import { describe, expect, test } from 'vitest';
import { toContractTerms, toServiceMapTerms } from '../../../packages/crm-directus/src/service/sla-terms-rows.ts';

const contract = (over: Record<string, unknown> = {}) => ({ id: 'c1', code: 'SC-0001', level: 'premium', active: 1, valid_from: '2026-01-01', valid_to: '2026-12-31T00:00:00.000Z', calendar: 'cal', ...over });
const target = (priority: string, over: Record<string, unknown> = {}) => ({ priority, response_minutes: 60, resolution_minutes: '480', warn_at_percent: 70, ...over });
const related = { targets: [target('high'), target('low', { response_minutes: null, warn_at_percent: null })], productIds: ['p1'], productGroupIds: [], categoryIds: ['cat'] };

describe('toContractTerms', () => {
	test('a contract row with its targets and coverage, days from dates or timestamps, warn shares per priority (80 unless set)', () => {
		expect(toContractTerms(contract(), related)).toEqual({
			terms: {
				id: 'c1',
				code: 'SC-0001',
				level: 'premium',
				active: true,
				validFrom: '2026-01-01',
				validTo: '2026-12-31',
				coveredProductIds: ['p1'],
				coveredProductGroupIds: [],
				coveredCategoryIds: ['cat'],
				targets: [
					{ priority: 'high', responseMinutes: 60, resolutionMinutes: 480 },
					{ priority: 'low', responseMinutes: null, resolutionMinutes: 480 },
				],
				calendarId: 'cal',
			},
			warnAtPercent: new Map([['high', 70], ['low', 80]]),
		});
	});

	test('an unknown level is held as standard, a target of an unknown priority holds nothing, no calendar is null', () => {
		const terms = toContractTerms(contract({ level: 'gold', calendar: undefined, valid_to: null }), { ...related, targets: [target('asap')] }).terms;
		expect(terms).toMatchObject({ level: 'standard', calendarId: null, validTo: null, targets: [] });
	});
});

describe('toServiceMapTerms', () => {
	test('a map row with its targets and steps, numbers from text', () => {
		const steps = [{ id: 's1', sort: '1', kind: 'response', name: 'Respond', target_minutes: '30' }, { id: 's2', sort: 2, kind: 'resolution', name: 'Resolve', target_minutes: null }];
		expect(toServiceMapTerms({ id: 'm1', name: 'Key customers', customer_status: 'key', calendar: null }, [target('urgent')], steps)).toEqual({
			terms: {
				id: 'm1',
				name: 'Key customers',
				customerStatus: 'key',
				targets: [{ priority: 'urgent', responseMinutes: 60, resolutionMinutes: 480 }],
				steps: [
					{ id: 's1', sort: 1, kind: 'response', name: 'Respond', targetMinutes: 30 },
					{ id: 's2', sort: 2, kind: 'resolution', name: 'Resolve', targetMinutes: null },
				],
				calendarId: null,
			},
			warnAtPercent: new Map([['urgent', 70]]),
		});
	});
});
