/** The header line of the panel: when the last run finished, how it was started, what it looked at and changed. */
import { groupThousands } from '@crm/studio';
import type { LastRun } from './classes-overview.ts';
import { localDateTime } from './local-date-time.ts';
import { parseTimestamp } from './parse-timestamp.ts';
import { relativeTime } from './relative-time.ts';

export interface RunSummary {
	/** "Finished 3 hours ago"; "Started 5 minutes ago, not finished" for a run without an end. */
	when: string;
	/** The same moment, "2026-05-12 03:00" in the browser's zone; '' when the API sent none. */
	at: string;
	/** "scheduled run" or "started by hand". */
	trigger: string;
	/** "revenue of 2025-06-01 – 2026-05-31". */
	window: string;
	/** "1,234 customers classified". */
	customers: string;
	/** "56 changed". */
	changed: string;
	/** Trigger, window (when known), customers and changed: the parts the header lists after the moment. */
	details: string[];
}

function whenOf(run: LastRun, now: Date): { when: string; at: string } {
	const finished = parseTimestamp(run.finishedAt);
	if (finished) return { when: `Finished ${relativeTime(finished, now)}`, at: localDateTime(finished) };
	const started = parseTimestamp(run.startedAt);
	return started ? { when: `Started ${relativeTime(started, now)}, not finished`, at: localDateTime(started) } : { when: 'Finished', at: '' };
}

export function runSummary(run: LastRun, now: Date): RunSummary {
	const count = (n: number, one: string, many: string) => `${groupThousands(String(n))} ${n === 1 ? one : many}`;
	const parts = {
		trigger: run.trigger === 'schedule' ? 'scheduled run' : 'started by hand',
		window: run.windowFrom && run.windowTo ? `revenue of ${run.windowFrom} – ${run.windowTo}` : '',
		customers: `${count(run.customers, 'customer', 'customers')} classified`,
		changed: `${groupThousands(String(run.changed))} changed`,
	};
	return { ...whenOf(run, now), ...parts, details: Object.values(parts).filter((part) => part !== '') };
}
