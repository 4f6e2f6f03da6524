import type { PricingContext } from './pricing-context.ts';
import { OUTCOME } from './trace-table.ts';

/**
 * Which of the eligible rules of one level (a line, or the order) are applied, `eligible` being their
 * trace rows in priority order (then code):
 * 1. if any is exclusive, the first exclusive one is the only one; every other is 'superseded' by it;
 * 2. otherwise, of the best_of rules sharing a combination group only the one with the largest
 *    standalone discount is kept (ties: priority, then code); the others are 'not_best';
 * 3. the group winners and the cumulative rules are applied in priority order.
 * `standalone` is what a rule would give alone (on the line's or the matching lines' amount before any
 * rule). Marks the losers in the table, so the rows still 'applied' are the ones to apply: their outcome
 * and the winner's row as `link`; a best-of loser keeps its own amount in `full` and the winner's in
 * `allowed`, for its text.
 */
export function chooseCombination(eligible: readonly number[], standalone: (row: number) => number, ctx: PricingContext): void {
	const { table, ranked } = ctx;
	for (let i = 0; i < eligible.length; i++) {
		const row = eligible[i]!;
		if (ranked.compiled[table.rank[row]!]!.combination !== 'exclusive') continue;
		for (let j = 0; j < eligible.length; j++) {
			if (j === i) continue;
			table.outcome[eligible[j]!] = OUTCOME.superseded;
			table.link[eligible[j]!] = row;
		}
		return;
	}

	// Winners by group number, valid for this round only, so nothing is cleared or allocated per line.
	const { groupRound, groupWinner } = ctx;
	const round = ++ctx.round;
	let contested = false;
	for (let i = 0; i < eligible.length; i++) {
		const row = eligible[i]!;
		const group = ranked.compiled[table.rank[row]!]!.bestOfGroup;
		// Not best_of, or a best-of rule without a group (refused when saved), which competes with nobody.
		if (group < 0) continue;
		const amount = standalone(row);
		table.full[row] = amount;
		if (groupRound[group] !== round) {
			groupRound[group] = round;
			groupWinner[group] = row;
		} else {
			contested = true;
			// In priority order, so the first of the largest wins a tie.
			if (amount > table.full[groupWinner[group]!]!) groupWinner[group] = row;
		}
	}
	if (!contested) return;

	for (let i = 0; i < eligible.length; i++) {
		const row = eligible[i]!;
		const group = ranked.compiled[table.rank[row]!]!.bestOfGroup;
		if (group < 0 || groupWinner[group] === row) continue;
		const winner = groupWinner[group]!;
		table.outcome[row] = OUTCOME.not_best;
		table.link[row] = winner;
		table.allowed[row] = table.full[winner]!;
	}
}
