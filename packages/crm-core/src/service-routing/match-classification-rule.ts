import type { ClassificationRequest } from './classification-request.ts';
import type { CompiledClassificationRule } from './compile-classification-rules.ts';

/** Why a rule matched (the values that did) or why not (the first condition that failed). */
export type RuleMatchOutcome = { matched: true; because: string[] } | { matched: false; reason: string };

function list(values: ReadonlySet<string>): string {
	return [...values].join(', ');
}

function describeGroupMiss(given: readonly string[], allowed: ReadonlySet<string>): string {
	if (given.length === 0) return `no product group; needs one of ${list(allowed)}`;
	if (given.length === 1) return `product group ${given[0]} is not one of ${list(allowed)}`;
	return `none of the product groups ${given.join(', ')} is one of ${list(allowed)}`;
}

function checkOne(name: string, value: string | null, allowed: ReadonlySet<string> | null, because: string[]): string | null {
	if (allowed === null) return null;
	if (value === null) return `no ${name}; needs one of ${list(allowed)}`;
	if (!allowed.has(value)) return `${name} ${value} is not one of ${list(allowed)}`;
	because.push(`${name} ${value}`);
	return null;
}

/**
 * Checks one rule against a request: channel, customer status, category, product, product groups,
 * then keywords (the dearest test last). `text` is the request's subject and description as foldText
 * makes them.
 */
export function matchClassificationRule(compiled: CompiledClassificationRule, request: ClassificationRequest, text: string): RuleMatchOutcome {
	const because: string[] = [];
	const reason =
		checkOne('channel', request.channel, compiled.channels, because) ??
		checkOne('customer status', request.customerStatus, compiled.customerStatuses, because) ??
		checkOne('category', request.categoryId, compiled.categoryIds, because) ??
		checkOne('product', request.productId, compiled.productIds, because);
	if (reason !== null) return { matched: false, reason };

	const groups = compiled.productGroupIds;
	if (groups !== null) {
		const hit = request.productGroupIds.find((id) => groups.has(id));
		if (hit === undefined) return { matched: false, reason: describeGroupMiss(request.productGroupIds, groups) };
		because.push(`product group ${hit}`);
	}

	const keywords = compiled.keywords;
	if (keywords !== null) {
		const hit = keywords.find((k) => text.includes(k.folded));
		if (hit === undefined) return { matched: false, reason: `none of the keywords ${keywords.map((k) => `"${k.keyword}"`).join(', ')} is in the subject or description` };
		because.push(`keyword "${hit.keyword}"`);
	}
	return { matched: true, because };
}
