/** A call or visit campaign's member is a task for a rep (M3.3): open until its outcome is logged as a touch. */
export const MEMBER_TASK_STATES = ['open', 'done'] as const;
export type MemberTaskState = (typeof MEMBER_TASK_STATES)[number];

export const MEMBER_TASK_STATE_LABELS: [MemberTaskState, string][] = [
	['open', 'To do'],
	['done', 'Done'],
];
