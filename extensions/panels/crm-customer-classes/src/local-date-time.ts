/** A moment as 'YYYY-MM-DD HH:mm' in the browser's time zone. */
export function localDateTime(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
