/**
 * A product group and every group above it, nearest first, from each group's parent. A cycle in the
 * tree (possible through raw writes) ends the walk instead of hanging the caller.
 */
export function productGroupChain(parentOf: ReadonlyMap<string, string | null>, group: string | null): string[] {
	const chain: string[] = [];
	for (let g = group; g && !chain.includes(g); g = parentOf.get(g) ?? null) chain.push(g);
	return chain;
}
