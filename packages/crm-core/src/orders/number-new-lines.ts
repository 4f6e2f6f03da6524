/**
 * Lines keep the order they were sent in: each new line without a position of its own gets the next
 * one, counting on from `next`. Directus sends nested lines either as a list or as
 * `{ create, update, delete }`; ids (links to existing lines) and lines that bring a `sort` are left
 * as they are.
 */
export function numberNewLines(lines: unknown, next: number): unknown {
	if (Array.isArray(lines)) return numberList(lines, next);
	if (lines !== null && typeof lines === 'object' && Array.isArray((lines as { create?: unknown }).create)) {
		const detailed = lines as { create: unknown[] };
		return { ...detailed, create: numberList(detailed.create, next) };
	}
	return lines;
}

/** Whether a nested payload holds a line that `numberNewLines` would number. */
export function hasNewLines(lines: unknown): boolean {
	const list = Array.isArray(lines) ? lines : (lines as { create?: unknown } | null | undefined)?.create;
	return Array.isArray(list) && list.some(isNewUnsortedLine);
}

function numberList(list: readonly unknown[], next: number): unknown[] {
	let position = next;
	return list.map((line) => (isNewUnsortedLine(line) ? { ...line, sort: position++ } : line));
}

function isNewUnsortedLine(line: unknown): line is Record<string, unknown> {
	if (line === null || typeof line !== 'object' || Array.isArray(line)) return false;
	const row = line as Record<string, unknown>;
	return (row['id'] === undefined || row['id'] === null) && (row['sort'] === undefined || row['sort'] === null);
}
