import { CrmError } from '../errors/crm-error.ts';

/** The error every discount, offer and promo code validator throws; `field` is the column name, as the Studio form shows it. */
export function discountDefinitionError(what: string, field: string, message: string): CrmError {
	return new CrmError('CRM_DISCOUNT_RULE_INVALID', `${what}: ${message}`, { field });
}
