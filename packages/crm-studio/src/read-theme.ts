/** The Studio theme's CSS variables the CRM extensions draw with, each with a fallback (used outside the Studio). */
export const THEME_VARIABLES = {
	foreground: ['--theme--foreground', '#172940'],
	foregroundSubdued: ['--theme--foreground-subdued', '#a2b5cd'],
	border: ['--theme--border-color-subdued', '#f0f4f9'],
	background: ['--theme--background', '#ffffff'],
	fontFamily: ['--theme--fonts--sans--font-family', 'system-ui, sans-serif'],
	primary: ['--theme--primary', '#6644ff'],
	success: ['--theme--success', '#2ecda7'],
	warning: ['--theme--warning', '#ffa439'],
	danger: ['--theme--danger', '#e35169'],
} as const;

/** Colours and font of the Studio theme. */
export type StudioTheme = Record<keyof typeof THEME_VARIABLES, string>;

/** Reads the theme through `read` (e.g. name => getComputedStyle(el).getPropertyValue(name)); a blank variable takes its fallback. */
export function readTheme(read: (variable: string) => string): StudioTheme {
	const entries = Object.entries(THEME_VARIABLES).map(([key, [variable, fallback]]) => {
		const found = read(variable).trim();
		return [key, found === '' ? fallback : found];
	});
	return Object.fromEntries(entries) as StudioTheme;
}
