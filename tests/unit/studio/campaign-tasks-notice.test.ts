import { describe, expect, it } from 'vitest';
import { type CampaignTasksAnswer, campaignTasksNotice } from '../../../packages/crm-studio/src/index.ts';

const answer = (over: Partial<CampaignTasksAnswer>): CampaignTasksAnswer => ({ due: '2026-12-07', made: 0, by_rep: [], left_out: { no_rep: 0, already_tasks: 0, already_reached: 0 }, ...over });

describe('campaignTasksNotice', () => {
	it.each<[Partial<CampaignTasksAnswer>, string]>([
		[{ made: 3, by_rep: [{ rep: 'r1', tasks: 2 }, { rep: 'r2', tasks: 1 }] }, '3 tasks for 2 reps, due 2026-12-07.'],
		[{ made: 1, by_rep: [{ rep: 'r1', tasks: 1 }], left_out: { no_rep: 1, already_tasks: 0, already_reached: 0 } }, '1 task for 1 rep, due 2026-12-07; left out: 1 member without an active rep.'],
		[{ left_out: { no_rep: 2, already_tasks: 5, already_reached: 1 } }, 'No new tasks; left out: 2 members without an active rep, 5 already a task, 1 already reached.'],
		[{}, 'No new tasks.'],
	])('says %o as "%s"', (over, text) => {
		expect(campaignTasksNotice(answer(over))).toBe(text);
	});
});
