/** Today (or `now`) as YYYY-MM-DD in the browser's time zone. */
export function localDay(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
