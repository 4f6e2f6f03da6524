/** The answer of POST /crm/campaigns/:id/tasks. */
export interface CampaignTasksAnswer {
	due: string;
	made: number;
	by_rep: { rep: string; tasks: number }[];
	left_out: { no_rep: number; already_tasks: number; already_reached: number };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the campaign page says after making tasks for reps: how many, for how many reps, and who was left without one. */
export function campaignTasksNotice(answer: CampaignTasksAnswer): string {
	const made = answer.made === 0 ? 'No new tasks' : `${plural(answer.made, 'task')} for ${plural(answer.by_rep.length, 'rep')}, due ${answer.due}`;
	const left = [
		answer.left_out.no_rep ? `${plural(answer.left_out.no_rep, 'member')} without an active rep` : null,
		answer.left_out.already_tasks ? `${answer.left_out.already_tasks} already a task` : null,
		answer.left_out.already_reached ? `${answer.left_out.already_reached} already reached` : null,
	].filter((x) => x !== null);
	return left.length ? `${made}; left out: ${left.join(', ')}.` : `${made}.`;
}
