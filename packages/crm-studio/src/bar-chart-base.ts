import type { StudioTheme } from './read-theme.ts';

/** The `chart` options of an ApexCharts bar chart in the Studio's font and colours: `height` pixels, no toolbar, zoom or animation. */
export function barChartBase(theme: Pick<StudioTheme, 'fontFamily' | 'foregroundSubdued'>, height: number): Record<string, unknown> {
	return {
		type: 'bar',
		height,
		background: 'transparent',
		fontFamily: theme.fontFamily,
		foreColor: theme.foregroundSubdued,
		toolbar: { show: false },
		zoom: { enabled: false },
		animations: { enabled: false },
		parentHeightOffset: 0,
	};
}
