import { observeSize } from './observe-size.ts';

/** What a chart library's chart offers (an ApexCharts chart does): drawing it and taking it down. */
export interface HostedChart {
	render(): unknown;
	destroy(): void;
}

export interface ChartHost {
	/** Takes the chart down and draws what `create` makes now (nothing when it makes null). */
	redraw(): void;
	/** Redraws each time the element's size has settled (see observeSize). */
	observe(element: Element): void;
	/** Takes the chart down and stops redrawing, for good (when the panel unmounts). */
	dispose(): void;
}

/** The one chart of a panel, made by `create` from the panel's current state and redrawn when asked or resized. */
export function chartHost(create: () => HostedChart | null): ChartHost {
	let chart: HostedChart | null = null;
	let stopObserving = (): void => {};
	let disposed = false;
	const destroy = (): void => {
		chart?.destroy();
		chart = null;
	};
	const redraw = (): void => {
		destroy();
		if (disposed) return;
		chart = create();
		void chart?.render();
	};
	return {
		redraw,
		observe(element) {
			stopObserving();
			stopObserving = observeSize(element, redraw);
		},
		dispose() {
			disposed = true;
			stopObserving();
			destroy();
		},
	};
}
