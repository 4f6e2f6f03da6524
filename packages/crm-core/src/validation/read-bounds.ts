export interface Bounds {
	min: number | null;
	max: number | null;
	pattern: string | null;
}

const num = (v: unknown): number | null => {
	if (typeof v === 'number') return v;
	return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
};

/** `{ field: { _null: true } }`: the branch that lets a nullable field be cleared. */
function isNullBranch(field: string, node: unknown): boolean {
	if (typeof node !== 'object' || node === null) return false;
	const own = (node as Record<string, unknown>)[field];
	return typeof own === 'object' && own !== null && (own as Record<string, unknown>)['_null'] === true && Object.keys(node).length === 1;
}

function readOwn(field: string, node: Record<string, unknown>, bounds: Bounds): void {
	const own = node[field];
	if (typeof own !== 'object' || own === null) return;
	const ops = own as Record<string, unknown>;
	const gte = num(ops['_gte']);
	const gt = num(ops['_gt']);
	const lte = num(ops['_lte']);
	const lt = num(ops['_lt']);
	// Integer fields are the only numeric kind we use, so a strict bound is the next integer.
	if (gte !== null) bounds.min = Math.max(bounds.min ?? -Infinity, gte);
	if (gt !== null) bounds.min = Math.max(bounds.min ?? -Infinity, gt + 1);
	if (lte !== null) bounds.max = Math.min(bounds.max ?? Infinity, lte);
	if (lt !== null) bounds.max = Math.min(bounds.max ?? Infinity, lt - 1);
	if (typeof ops['_regex'] === 'string') bounds.pattern = ops['_regex'];
}

/**
 * Reads `_gte`/`_gt`/`_lte`/`_lt`/`_regex` constraints on `field` from a Directus validation filter.
 * An `_or` whose other branch is `{ field: { _null: true } }` is how a nullable field keeps its
 * range and can still be cleared: the bounds of the remaining branch apply to non-null values.
 */
export function readBounds(field: string, filter: unknown, bounds: Bounds = { min: null, max: null, pattern: null }): Bounds {
	if (typeof filter !== 'object' || filter === null) return bounds;
	const node = filter as Record<string, unknown>;
	if (Array.isArray(node['_and'])) for (const part of node['_and']) readBounds(field, part, bounds);
	if (Array.isArray(node['_or'])) {
		const rest = node['_or'].filter((branch) => !isNullBranch(field, branch));
		if (rest.length === 1) readBounds(field, rest[0], bounds);
	}
	readOwn(field, node, bounds);
	return bounds;
}
