import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import { isCurrencyCode } from '../money/currency.ts';
import { assertBasisPoints, assertNonNegativeAmount, assertQuantityMilli } from '../orders/line-values.ts';
import type { BasketLine, PricingRequest } from './pricing-request.ts';

function isBasisPoints(value: number): boolean {
	return Number.isSafeInteger(value) && value >= 0 && value <= 10_000;
}

/** What the asserts below accept, without building their field names. */
function isValidLine(line: BasketLine): boolean {
	const { quantityMilli, listUnitPrice, product } = line;
	return (
		Number.isSafeInteger(quantityMilli) &&
		quantityMilli > 0 &&
		Number.isSafeInteger(listUnitPrice) &&
		listUnitPrice >= 0 &&
		(product.unitCost === null || (Number.isSafeInteger(product.unitCost) && product.unitCost >= 0)) &&
		isBasisPoints(line.manualDiscountBp) &&
		isBasisPoints(line.approvedDiscountBp)
	);
}

/**
 * Checks what the basket brings from forms and the database (TypeScript cannot): details.field names the
 * value, e.g. `lines[3].quantityMilli`. Rules, offers and codes are checked when they are saved, not here.
 */
export function assertValidPricingRequest(request: PricingRequest): void {
	if (!isCurrencyCode(request.currency)) {
		throw new CrmError('CRM_INVALID_CURRENCY', `"${request.currency}" is not an ISO 4217 currency code (three capital letters).`, { field: 'currency', currency: request.currency });
	}
	if (!isCalendarDate(request.date)) throw new CrmError('CRM_INVALID_FORMAT', `The pricing date must be a day written YYYY-MM-DD, got ${JSON.stringify(request.date)}.`, { field: 'date' });
	assertBasisPoints(request.policy.maxLineDiscountBp, 'policy.maxLineDiscountBp');
	assertBasisPoints(request.policy.maxOrderDiscountBp, 'policy.maxOrderDiscountBp');
	assertBasisPoints(request.policy.minMarginBp, 'policy.minMarginBp');
	request.lines.forEach((line, i) => {
		// Field names are only written for a line that fails: a basket has hundreds of valid lines.
		if (isValidLine(line)) return;
		assertQuantityMilli(line.quantityMilli, `lines[${i}].quantityMilli`, true);
		assertNonNegativeAmount(line.listUnitPrice, `lines[${i}].listUnitPrice`);
		if (line.product.unitCost !== null) assertNonNegativeAmount(line.product.unitCost, `lines[${i}].product.unitCost`);
		assertBasisPoints(line.manualDiscountBp, `lines[${i}].manualDiscountBp`);
		assertBasisPoints(line.approvedDiscountBp, `lines[${i}].approvedDiscountBp`);
	});
}
