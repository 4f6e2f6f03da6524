/** The background of a matrix cell: `tint` % of the theme's primary colour over its background; none for 0. */
export function cellShade(tint: number): Record<string, string> {
	return tint > 0 ? { backgroundColor: `color-mix(in srgb, var(--theme--primary) ${tint}%, var(--theme--background))` } : {};
}
