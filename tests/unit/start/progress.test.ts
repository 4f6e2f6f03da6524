import { describe, expect, test } from 'vitest';
import { printedSteps } from '../../../scripts/lib/progress.ts';

/** A clock that returns the given milliseconds, one per reading. */
const clockOf = (...readings: number[]) => () => readings.shift()!;

describe('the lines a start prints for each step', () => {
	test('one line when the step begins, one when it ends with its time', async () => {
		const lines: string[] = [];
		const step = printedSteps((l) => lines.push(l), clockOf(1_000, 13_340));
		expect(await step('bootstrapping the database', async () => 42)).toBe(42);
		expect(lines).toEqual(['bootstrapping the database…', 'bootstrapping the database: done (12.3 s)']);
	});

	test('the end line can say what the step did', async () => {
		const lines: string[] = [];
		const step = printedSteps((l) => lines.push(l), clockOf(0, 52_050));
		await step('seeding demo data (scale 1)', () => ({ customers: 1000, contacts: 3000 }), (r) => `customers ${r.customers}, contacts ${r.contacts}`);
		expect(lines[1]).toBe('seeding demo data (scale 1): customers 1000, contacts 3000 (52.0 s)');
	});

	test('a failing step says so, with its time, and the error goes on', async () => {
		const lines: string[] = [];
		const step = printedSteps((l) => lines.push(l), clockOf(0, 2_500));
		await expect(step('applying the schema', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
		expect(lines).toEqual(['applying the schema…', 'applying the schema: failed (2.5 s)']);
	});
});
