/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function escapeCsvField(value: string | number | boolean | null | undefined): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text: a header row and one row per record, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
	return [header, ...rows].map((row) => row.map(escapeCsvField).join(',')).join('\r\n') + '\r\n';
}
