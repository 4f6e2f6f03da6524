import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import type { Sign } from '../../../packages/crm-core/src/index.ts';

/** The error a call throws, or null when it returns. */
export function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return null;
}

/** Asserts that `run` throws a CrmError with `code` and details containing `details`. */
export function expectCrmError(run: () => unknown, code: string, details: Record<string, unknown> = {}): void {
	expect(thrown(run)).toMatchObject({ name: 'CrmError', code, details: expect.objectContaining(details) });
}

/** The adapter's signature, keyed with 'k'. */
export const sign: Sign = (data) => createHmac('sha256', 'k').update(data).digest('base64url');

export const MEMBER = '0b6f1c2e-4d5a-4f3b-9c8d-7e6f5a4b3c2d';
