import { isoDay, type JsonSchema, objectOf } from '../api-schema/schema-vocabulary.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import type { CampaignStatus } from './campaign-status.ts';
import type { MemberTaskState } from './member-task-state.ts';
import type { CampaignChannel } from './plan-campaign-members.ts';

export interface CampaignForTasks {
	id: string;
	status: CampaignStatus;
	channel: CampaignChannel | null;
	startDate: string | null;
}

export interface TaskableMember {
	id: string;
	/** The customer's rep, when they have an active one. */
	rep: string | null;
	taskState: MemberTaskState | null;
	/** Whether the member has been reached already (any touch). */
	touched: boolean;
}

export interface CampaignTasksPlan {
	due: string;
	/** Members that become a rep's task, by rep. */
	byRep: Map<string, string[]>;
	leftOut: { noRep: number; alreadyTasks: number; alreadyReached: number };
}

/** The body of POST /crm/campaigns/:id/tasks. */
export const CAMPAIGN_TASKS_BODY: JsonSchema = objectOf({ due: isoDay("When the calls or visits are due: today or later; default the campaign's start, or today when it has started.") }, []);

const TASK_CHANNELS: readonly CampaignChannel[] = ['call', 'visit'];

/** Tasks are made for call and visit campaigns that still run; the error says why not. */
export function assertCampaignTaskable(campaign: CampaignForTasks): void {
	const refuse = (reason: string, message: string) => new CrmError('CRM_CAMPAIGN_NO_TASKS', message, { campaign: campaign.id, reason });
	if (!campaign.channel || !TASK_CHANNELS.includes(campaign.channel)) throw refuse('not_call_or_visit', 'Only a call or visit campaign gives reps tasks and a call list: an e-mail campaign sends instead.');
	if (campaign.status === 'finished' || campaign.status === 'cancelled') throw refuse('closed', `The campaign is ${campaign.status}: it makes no more tasks.`);
}

/** The due day asked for (a day, not before today), or the campaign's start, or today, whichever is later. */
function dueDay(campaign: CampaignForTasks, asked: unknown, today: string): string {
	if (asked === undefined || asked === null || asked === '') return campaign.startDate && campaign.startDate > today ? campaign.startDate : today;
	if (typeof asked !== 'string' || !isCalendarDate(asked)) throw new CrmError('CRM_INVALID_FORMAT', `"due" must be a day (YYYY-MM-DD), got ${JSON.stringify(asked)}.`, { field: 'due' });
	if (asked < today) throw new CrmError('CRM_OUT_OF_RANGE', `"due" (${asked}) lies in the past: give today (${today}) or a later day.`, { field: 'due' });
	return asked;
}

/**
 * M3.3: a call or visit campaign's members become tasks of their customer's rep, due on one day. A member
 * that is a task already, or was reached already, keeps what it has; one whose customer has no active rep
 * is left out (and counted), so that nobody's call is silently dropped into nobody's list.
 */
export function planCampaignTasks(campaign: CampaignForTasks, members: readonly TaskableMember[], asked: { due?: unknown }, today: string): CampaignTasksPlan {
	assertCampaignTaskable(campaign);
	const due = dueDay(campaign, asked.due, today);
	const byRep = new Map<string, string[]>();
	const leftOut = { noRep: 0, alreadyTasks: 0, alreadyReached: 0 };
	for (const m of members) {
		if (m.taskState !== null) leftOut.alreadyTasks++;
		else if (m.touched) leftOut.alreadyReached++;
		else if (m.rep === null) leftOut.noRep++;
		else {
			const list = byRep.get(m.rep);
			if (list) list.push(m.id);
			else byRep.set(m.rep, [m.id]);
		}
	}
	return { due, byRep, leftOut };
}
