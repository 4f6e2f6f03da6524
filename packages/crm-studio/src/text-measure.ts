import type { MeasureText } from './wrap-label.ts';

/** Average glyph width of a sans-serif font as a share of its size, for where no canvas can measure. */
const AVERAGE_GLYPH = 0.6;

/**
 * Measures text as the browser draws it in `fontSizePx` of `fontFamily` (a canvas measures it, the
 * way the chart's SVG will draw it); without a canvas (outside a browser) an average glyph width.
 */
export function textMeasure(fontSizePx: number, fontFamily: string, fontWeight: number | string = 400): MeasureText {
	const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return (text) => text.length * fontSizePx * AVERAGE_GLYPH;
	context.font = `${fontWeight} ${fontSizePx}px ${fontFamily}`;
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) {
			width = context.measureText(text).width;
			widths.set(text, width);
		}
		return width;
	};
}
