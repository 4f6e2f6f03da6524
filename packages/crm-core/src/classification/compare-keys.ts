/** Code-unit order of two keys, the same on every machine and in every locale (localeCompare is not). */
export function compareKeys(a: string, b: string): number {
	if (a === b) return 0;
	return a < b ? -1 : 1;
}
