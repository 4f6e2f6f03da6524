import { expect } from 'vitest';
import type { RequestClock, ServiceContractTerms, ServiceMapTerms } from '../../../packages/crm-core/src/index.ts';

/** A standard, all-covering, open-ended contract with an urgent and a normal row; override what a case is about. */
export function contract(overrides: Partial<ServiceContractTerms> = {}): ServiceContractTerms {
	return {
		id: 'c1',
		code: 'SC-0001',
		level: 'standard',
		active: true,
		validFrom: null,
		validTo: null,
		coveredProductIds: [],
		coveredProductGroupIds: [],
		coveredCategoryIds: [],
		targets: [
			{ priority: 'urgent', responseMinutes: 60, resolutionMinutes: 480 },
			{ priority: 'normal', responseMinutes: 240, resolutionMinutes: 1440 },
		],
		calendarId: null,
		...overrides,
	};
}

export function serviceMap(overrides: Partial<ServiceMapTerms> = {}): ServiceMapTerms {
	return {
		id: 'map-key',
		name: 'Key accounts',
		customerStatus: 'key',
		targets: [
			{ priority: 'low', responseMinutes: 480, resolutionMinutes: null },
			{ priority: 'normal', responseMinutes: 120, resolutionMinutes: 960 },
		],
		steps: [],
		calendarId: 'cal-office',
		...overrides,
	};
}

/** A request just created: nothing happened yet. */
export function freshClock(overrides: Partial<RequestClock> = {}): RequestClock {
	return { status: 'new', firstResponseAt: null, resolvedAt: null, closedAt: null, pauses: [], ...overrides };
}

/** Runs `run` and checks it threw a CrmError with `code` naming `field`. */
export function expectCrmError(run: () => unknown, code: string, field: string): void {
	let error: unknown = null;
	try {
		run();
	} catch (e) {
		error = e;
	}
	expect(error).toMatchObject({ name: 'CrmError', code, details: expect.objectContaining({ field }) });
}

/** What TypeScript would refuse, as JSON from a client can carry it. */
export const bad = (value: unknown): never => value as never;

/** The error `run` throws (fails the test when it throws nothing). */
export function thrownBy(run: () => unknown): unknown {
	try {
		run();
	} catch (e) {
		return e;
	}
	throw new Error('expected an error, none was thrown');
}
