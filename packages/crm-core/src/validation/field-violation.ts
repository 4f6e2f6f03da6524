import type { CrmErrorCode } from '../errors/crm-error-code.ts';

export interface FieldViolation {
	code: CrmErrorCode;
	field: string;
	message: string;
}
