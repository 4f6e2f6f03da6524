/** How long ago `then` was, in words: "just now", "5 minutes ago", "3 hours ago", "2 days ago", "4 months ago", "1 year ago". */

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

export function relativeTime(then: Date, now: Date): string {
	// A moment ahead of the browser's clock (the server's clock runs a little ahead) is "just now" too.
	const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return plural(minutes, 'minute');
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return plural(hours, 'hour');
	const days = Math.floor(hours / 24);
	if (days < 60) return plural(days, 'day');
	return days < 365 ? plural(Math.floor(days / 30), 'month') : plural(Math.floor(days / 365), 'year');
}
