/**
 * A hex colour ("#6644ff", "#64f") at `opacity` as rgba(); any other colour as it is. Chart legends draw
 * a series' marker in its colour, not its fill opacity, so a pale series needs a pale colour.
 */
export function translucentColour(colour: string, opacity: number): string {
	const hex = colour.trim().replace(/^#/, '');
	if (!/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return colour;
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	const [r, g, b] = [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
	return `rgba(${r}, ${g}, ${b}, ${opacity})`;
}
