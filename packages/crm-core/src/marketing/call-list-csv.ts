import { toCsv } from '../csv/to-csv.ts';
import { MEMBER_TASK_STATE_LABELS, type MemberTaskState } from './member-task-state.ts';
import { TOUCH_KIND_LABELS, type TouchKind } from './touch-kinds.ts';

/** One line of a call or visit list, as read for the caller. */
export interface CallListEntry {
	customer: string | null;
	contact: string | null;
	phone: string | null;
	mobile: string | null;
	email: string | null;
	rep: string | null;
	due: string | null;
	task: MemberTaskState | null;
	lastTouch: TouchKind | null;
	offer: string | null;
}

export const CALL_LIST_HEADER = ['Customer', 'Contact', 'Phone', 'Mobile', 'E-mail', 'Rep', 'Due', 'Task', 'Last outcome', 'Offer'] as const;

const label = <T extends string>(labels: readonly [T, string][], value: T | null) => (value === null ? '' : (labels.find(([v]) => v === value)?.[1] ?? value));

/** A call list as CSV (RFC 4180): words, not codes, so that it reads well in a spreadsheet. */
export function callListCsv(entries: readonly CallListEntry[]): string {
	return toCsv(
		CALL_LIST_HEADER,
		entries.map((e) => [e.customer, e.contact, e.phone, e.mobile, e.email, e.rep, e.due, label(MEMBER_TASK_STATE_LABELS, e.task), label(TOUCH_KIND_LABELS, e.lastTouch), e.offer]),
	);
}
