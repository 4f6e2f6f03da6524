import type { Locator } from 'playwright-core';

/** Where an element is drawn on the page, with its text. */
export interface Box {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The drawn boxes of every element `locator` finds (zero-sized ones too: a bar of 0 is one), with the text drawn (an SVG <title> is not). */
export async function boxesOf(locator: Locator): Promise<Box[]> {
	return locator.evaluateAll((elements) =>
		elements.map((e) => {
			const r = e.getBoundingClientRect();
			const text = [...e.childNodes]
				.filter((n) => n.nodeName !== 'title')
				.map((n) => n.textContent ?? '')
				.join('');
			return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		}),
	);
}

/** True when the two boxes share more than `tolerance` pixels both across and down (touching is not overlapping). */
export function overlap(a: Box, b: Box, tolerance = 0.5): boolean {
	const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return across > tolerance && down > tolerance;
}

/** Every pair of boxes that overlap, as "A / B" (empty when none do). */
export function overlappingPairs(boxes: readonly Box[], others: readonly Box[] = boxes): string[] {
	const pairs: string[] = [];
	boxes.forEach((a, i) =>
		others.forEach((b, j) => {
			if ((others !== boxes || j > i) && overlap(a, b)) pairs.push(`${a.text} / ${b.text || `#${j}`}`);
		}),
	);
	return pairs;
}
