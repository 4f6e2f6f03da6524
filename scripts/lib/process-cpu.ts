import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this project runs on). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system, all threads) the process has used so far, in milliseconds; null where /proc is missing. */
export function processCpuMs(pid: number | undefined): number | null {
	if (pid === undefined) return null;
	try {
		// Field 2 (the command) may hold spaces: count from the closing parenthesis.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
	} catch {
		return null;
	}
}
