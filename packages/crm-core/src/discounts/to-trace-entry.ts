import { describeTraceRow } from './describe-trace-row.ts';
import type { PricingContext } from './pricing-context.ts';
import type { TraceEntry } from './pricing-trace.ts';
import { LINE_RULE, ORDER_SHARE, OUTCOME, OUTCOMES } from './trace-table.ts';
import { uncappedShare } from './uncapped-share.ts';

/** The public, plain form of a trace row, its detail written out; optional fields only when set. */
export function toTraceEntry(row: number, ctx: PricingContext): TraceEntry {
	const { table } = ctx;
	const rule = ctx.ranked.rules[table.rank[row]!]!;
	const outcome = table.outcome[row]!;
	const entry: TraceEntry = {
		ruleId: rule.id,
		code: rule.code,
		name: rule.name,
		level: table.kind[row] === LINE_RULE ? 'line' : 'order',
		outcome: OUTCOMES[outcome]!,
		amount: table.amount[row]!,
		detail: describeTraceRow(row, ctx),
	};
	if (table.kind[row] === ORDER_SHARE) {
		if (outcome !== OUTCOME.applied) entry.uncappedAmount = uncappedShare(row, ctx);
	} else if (!Number.isNaN(table.uncapped[row])) {
		entry.uncappedAmount = table.uncapped[row];
	}
	if (outcome === OUTCOME.superseded || outcome === OUTCOME.not_best) entry.supersededBy = ctx.ranked.rules[table.rank[table.link[row]!]!]!.code;
	return entry;
}
