import { productGroupChain } from './product-group-chain.ts';

/**
 * The given product groups and every group below them, in the order of `parentOf`'s keys: "bought
 * Fasteners" means any product filed under Fasteners or one of its subgroups. A cycle cannot hang it.
 */
export function productGroupSubtree(parentOf: ReadonlyMap<string, string | null>, roots: readonly string[]): string[] {
	if (roots.length === 0) return [];
	const wanted = new Set(roots);
	const below = [...parentOf.keys()].filter((g) => productGroupChain(parentOf, g).some((a) => wanted.has(a)));
	return [...new Set([...roots, ...below])];
}
