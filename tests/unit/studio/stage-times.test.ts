import { describe, expect, test } from 'vitest';
import { formatStageDays, stageTimeRows } from '../../../packages/crm-studio/src/index.ts';

describe('the time a deal spent in each stage, as the opportunity page shows it', () => {
	test.each([
		[0.01, 'under an hour'],
		[0.21, '5 h'],
		[1, '1 day'],
		[1.04, '1 day'],
		[3.5, '3.5 days'],
		[12, '12 days'],
	])('%s days read "%s"', (days, text) => {
		expect(formatStageDays(days)).toBe(text);
	});

	test('rows keep the order of the answer and leave out what is malformed', () => {
		const answer = { data: [{ stage: 's1', stage_name: 'Qualify', visits: 2, days: 3.5, current: false }, { stage: 's2', stage_name: 'Propose', visits: 1, days: 0.5, current: true }, { stage: null, days: 1 }, 'x'] };
		expect(stageTimeRows(answer)).toEqual([
			{ stage: 's1', name: 'Qualify', duration: '3.5 days', visits: 2, current: false },
			{ stage: 's2', name: 'Propose', duration: '12 h', visits: 1, current: true },
		]);
		expect(stageTimeRows(null)).toEqual([]);
	});
});
