/**
 * Calls `onResize` once the element's size has settled: `delayMs` after its last change, rounded to
 * whole pixels (a report of the same size is ignored). Returns what stops it; where ResizeObserver is
 * missing nothing is observed.
 */
export function observeSize(element: Element, onResize: () => void, delayMs = 150): () => void {
	if (typeof ResizeObserver === 'undefined') return () => {};
	let last = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	const observer = new ResizeObserver(([entry]) => {
		const size = entry ? `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}` : '';
		if (size === last) return;
		last = size;
		clearTimeout(timer);
		timer = setTimeout(onResize, delayMs);
	});
	observer.observe(element);
	return () => {
		clearTimeout(timer);
		observer.disconnect();
	};
}
