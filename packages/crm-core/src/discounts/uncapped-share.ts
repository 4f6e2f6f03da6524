import { allocateInProportion } from './allocate-in-proportion.ts';
import type { PricingContext } from './pricing-context.ts';

/**
 * The uncappedAmount of a line's share of an order discount that was capped or held at the line's
 * floor: its share of the rule's full discount spread over the matching lines without cap nor floors.
 * Worked out when the entry is read, once per rule: most shares of a basket never are.
 */
export function uncappedShare(row: number, ctx: PricingContext): number {
	const { table } = ctx;
	const source = table.link[row]!;
	let unlimited = table.unlimited.get(source);
	if (!unlimited) {
		unlimited = allocateInProportion(table.full[source]!, table.weights.get(source)!);
		table.unlimited.set(source, unlimited);
	}
	return unlimited[table.value[row]!] ?? table.amount[row]!;
}
