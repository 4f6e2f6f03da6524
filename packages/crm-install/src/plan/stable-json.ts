/** JSON with object keys sorted, so that two values compare equal whatever order their keys were written in. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

/** The properties of `next` whose value differs from `prev` (a property removed in `next` becomes null). */
export function changedProperties(prev: Record<string, unknown> | null, next: Record<string, unknown> | null): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const before = prev ?? {};
	const after = next ?? {};
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (stableJson(before[key]) !== stableJson(after[key])) out[key] = key in after ? after[key] : null;
	}
	return out;
}
