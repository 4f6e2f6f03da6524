/** Each product group's parent (null at the top of the tree), as loadProductGroupParents reads them. */
export type ProductGroupParents = ReadonlyMap<string, string | null>;

/** One row of a level of the tree: a group with every group below it, whose sales roll up into it. */
export interface ProductGroupNode {
	id: string;
	/** The group itself and all its descendants. */
	members: string[];
	hasChildren: boolean;
}

/** A level of the tree: the groups directly below `parent` (the top-level groups when null). */
export interface ProductGroupLevel {
	parent: string | null;
	nodes: ProductGroupNode[];
}

function childrenOf(parentOf: ProductGroupParents): Map<string | null, string[]> {
	const children = new Map<string | null, string[]>();
	for (const [id, declared] of parentOf) {
		// A parent that does not exist (or a group that is its own parent) puts the group at the top.
		const parent = declared !== null && parentOf.has(declared) && declared !== id ? declared : null;
		children.set(parent, [...(children.get(parent) ?? []), id]);
	}
	return children;
}

function collect(children: Map<string | null, string[]>, root: string, into: Set<string>): void {
	const stack = [root];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (into.has(id)) continue; // a cycle in the data is walked once
		into.add(id);
		stack.push(...(children.get(id) ?? []));
	}
}

/**
 * The roll-up of the tree one level at a time: each group directly below `parent` (or at the top) with the
 * groups below it, so a sale of a product in any of them counts once in that row. Sales of products
 * directly in `parent` (or, at the top, in no group) form the row without a node.
 */
export function productGroupLevel(parentOf: ProductGroupParents, parent: string | null): ProductGroupLevel {
	const children = childrenOf(parentOf);
	const nodes = (children.get(parent) ?? []).map((id) => {
		const members = new Set<string>();
		collect(children, id, members);
		return { id, members: [...members], hasChildren: (children.get(id) ?? []).length > 0 };
	});
	return { parent, nodes };
}

/** Which product groups a breakdown by product group lists: the children of the one group filtered on, else the top level. */
export function productGroupParent(filter: readonly string[] | undefined): string | null {
	return filter !== undefined && filter.length === 1 ? filter[0]! : null;
}
