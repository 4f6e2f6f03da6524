import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';

export const ACTIVITY_MEASURES = ['calls', 'visits', 'proposals'] as const;
export type ActivityMeasure = (typeof ACTIVITY_MEASURES)[number];

/** S6.2 — how many calls, visits and proposals a rep (or each rep of a team) is to make per week, from a day on. */
export interface ActivityTarget {
	id: string;
	repId: string | null;
	teamId: string | null;
	calls: number;
	visits: number;
	proposals: number;
	validFrom: string;
	validTo: string | null;
}

const invalid = (field: string, message: string) => new CrmError('CRM_ACTIVITY_TARGET_INVALID', message, { field });
const MAX_PER_WEEK = 1000;

/** Exactly one of rep and team, whole counts from 0 to 1000 a week, and a period that does not end before it starts. */
export function assertActivityTargetValid(t: ActivityTarget): void {
	if ((t.repId === null) === (t.teamId === null)) throw invalid(t.repId ? 'team' : 'rep', 'Set the target for one sales rep or for one team (each rep of it), not both and not neither.');
	for (const m of ACTIVITY_MEASURES) {
		const n = t[m];
		if (!Number.isInteger(n) || n < 0 || n > MAX_PER_WEEK) throw invalid(m, `"${m}" is how many a week: a whole number from 0 to ${MAX_PER_WEEK}, got ${JSON.stringify(n)}.`);
	}
	if (ACTIVITY_MEASURES.every((m) => t[m] === 0)) throw invalid('calls', 'A target of no calls, no visits and no proposals measures nothing: set at least one.');
	if (!isCalendarDate(t.validFrom)) throw invalid('valid_from', `"valid_from" must be a calendar day YYYY-MM-DD, got ${JSON.stringify(t.validFrom)}.`);
	if (t.validTo !== null && !isCalendarDate(t.validTo)) throw invalid('valid_to', `"valid_to" must be a calendar day YYYY-MM-DD or empty, got ${JSON.stringify(t.validTo)}.`);
	if (t.validTo !== null && t.validTo < t.validFrom) throw invalid('valid_to', `The target ends (${t.validTo}) before it starts (${t.validFrom}).`);
}

/** Only administrators and the manager of the team (or of the rep's team) set its activity targets. */
export function assertCallerSetsTarget(caller: { admin: boolean; userId: string | null }, teamManagerId: string | null, whose: string): void {
	if (caller.admin || (caller.userId !== null && caller.userId === teamManagerId)) return;
	throw new CrmError('CRM_ACTIVITY_TARGET_FORBIDDEN', `Only an administrator or the manager of ${whose}'s team sets ${whose}'s activity targets.`, { field: 'rep' });
}
