import type { CrmErrorCode } from './crm-error-code.ts';

/** A business-rule violation with a stable code. Adapters map the code to an HTTP status. */
export class CrmError extends Error {
	readonly code: CrmErrorCode;
	readonly details: Readonly<Record<string, unknown>>;

	constructor(code: CrmErrorCode, message: string, details: Record<string, unknown> = {}) {
		super(message);
		this.name = 'CrmError';
		this.code = code;
		this.details = details;
	}
}

export function isCrmError(value: unknown): value is CrmError {
	return value instanceof CrmError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'CrmError');
}
