/** "a, b, c": ids as stored, since the engine does not know names. */
export function listIds(ids: readonly string[]): string {
	return ids.join(', ');
}
