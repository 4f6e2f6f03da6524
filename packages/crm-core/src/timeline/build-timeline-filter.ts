import type { TimelineQuery } from './parse-timeline-query.ts';

/** The Directus filter selecting one customer's interactions within the query's types and dates. */
export function buildTimelineFilter(customerId: string, query: TimelineQuery): Record<string, unknown> {
	const and: Record<string, unknown>[] = [{ customer: { _eq: customerId } }];
	if (query.types) and.push({ type: { _in: query.types } });
	if (query.from) and.push({ occurred_at: { _gte: query.from } });
	if (query.to) and.push({ occurred_at: { _lt: query.to } });
	return { _and: and };
}
