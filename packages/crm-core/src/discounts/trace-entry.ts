import type { DiscountRule } from './discount-rule.ts';
import type { TraceEntry, TraceOutcome } from './pricing-trace.ts';

/** A trace entry for `rule`; callers fill `uncappedAmount` / `supersededBy` when they apply. */
export function traceEntry(rule: DiscountRule, level: TraceEntry['level'], outcome: TraceOutcome, amount: number, detail: string): TraceEntry {
	return { ruleId: rule.id, code: rule.code, name: rule.name, level, outcome, amount, detail };
}
