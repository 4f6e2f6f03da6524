import type { IsoTimestamp } from './demo-rows.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const iso = (ms: number): IsoTimestamp => new Date(ms).toISOString();
/** The UTC day of an instant, YYYY-MM-DD. */
export const ymd = (ms: number): string => iso(ms).slice(0, 10);
