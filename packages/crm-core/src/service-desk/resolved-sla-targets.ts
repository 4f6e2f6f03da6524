/** Where a request's SLA targets come from, and what they are. */
export interface ResolvedSlaTargets {
	source: 'contract' | 'service_map' | 'none';
	/** The contract's or service map's id; null for 'none'. */
	sourceId: string | null;
	/** The calendar the targets count on (of the source); null = the desk's default calendar. */
	calendarId: string | null;
	responseMinutes: number | null;
	resolutionMinutes: number | null;
	/** Plain English for the request form: which terms apply and why. */
	explanation: string;
}
