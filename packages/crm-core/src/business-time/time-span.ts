/** A half-open stretch of time [start, end) in epoch milliseconds. */
export type TimeSpan = readonly [start: number, end: number];

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
