import { CrmError } from '../errors/crm-error.ts';
import { isCurrencyCode } from '../money/currency.ts';
import { ROUNDING_MODES } from '../money/rounding-mode.ts';
import type { FieldViolation } from '../validation/field-violation.ts';
import { isCalendarDate } from '../calendar/calendar-day.ts';
import { MAX_DERIVATION_BP, MIN_DERIVATION_BP } from './derive-price.ts';
import { indexPriceLists } from './index-price-lists.ts';
import { PRICE_LIST_KINDS, type PriceList, type PriceLists } from './price-list.ts';

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

function findItemViolations(list: PriceList): FieldViolation[] {
	const violations: FieldViolation[] = [];
	const seen = new Set<string>();
	const invalid = (field: string, message: string) => violations.push({ code: 'CRM_PRICE_LIST_INVALID', field, message });

	list.items.forEach((item, i) => {
		if (typeof item.productId !== 'string' || item.productId === '') invalid(`items[${i}].productId`, `Item ${i + 1} has no product.`);
		if (!isWhole(item.minQuantityMilli) || item.minQuantityMilli < 1) {
			invalid(`items[${i}].minQuantityMilli`, `Item ${i + 1}: the minimum quantity must be a whole number of thousandths, at least 1, got ${JSON.stringify(item.minQuantityMilli)}.`);
		}
		if (!isWhole(item.unitPrice) || item.unitPrice < 0) {
			invalid(`items[${i}].unitPrice`, `Item ${i + 1}: the unit price must be a whole number of minor units, not negative, got ${JSON.stringify(item.unitPrice)}.`);
		}
		// Two prices for one product at one break would make the price depend on row order.
		const key = JSON.stringify([item.productId, item.minQuantityMilli]);
		if (seen.has(key)) invalid(`items[${i}].minQuantityMilli`, `Item ${i + 1} repeats product "${item.productId}" at the same minimum quantity ${item.minQuantityMilli}.`);
		seen.add(key);
	});
	return violations;
}

function findParentViolations(list: PriceList, lists: ReadonlyMap<string, PriceList>): FieldViolation[] {
	if (list.parentId === null) return [];
	// The list being checked replaces whatever version of it `lists` holds.
	const lookUp = (id: string) => (id === list.id ? list : lists.get(id));
	const parent = lookUp(list.parentId);
	if (!parent) return [{ code: 'CRM_REFERENCE_NOT_FOUND', field: 'parentId', message: `The parent price list "${list.parentId}" does not exist.` }];

	const violations: FieldViolation[] = [];
	if (parent.currency !== list.currency) {
		// Derivation applies a percentage, not an exchange rate: a parent in another currency would quote nonsense.
		violations.push({ code: 'CRM_PRICE_LIST_INVALID', field: 'parentId', message: `The parent price list "${parent.code}" is in ${parent.currency}; a derived list must have its parent's currency (${list.currency}).` });
	}

	const chain: PriceList[] = [list];
	let current: PriceList | undefined = parent;
	while (current) {
		const next: PriceList = current;
		if (chain.some((seen) => seen.id === next.id)) {
			const codes = [...chain, next].map((seen) => seen.code).join(' → ');
			violations.push({ code: 'CRM_PRICE_LIST_CYCLE', field: 'parentId', message: `The parent chain leads back in a circle (${codes}), so no price could be derived.` });
			break;
		}
		chain.push(next);
		current = next.parentId === null ? undefined : lookUp(next.parentId);
	}
	return violations;
}

/**
 * Lists every problem of a price list definition against the other lists (for the parent chain).
 * `list` counts as its own newest version, whatever `lists` holds for its id, so an update can be
 * checked before it is saved.
 */
export function findPriceListViolations(list: PriceList, lists: PriceLists): FieldViolation[] {
	const violations: FieldViolation[] = [];
	const invalid = (field: string, message: string) => violations.push({ code: 'CRM_PRICE_LIST_INVALID', field, message });

	if (!isCurrencyCode(list.currency)) invalid('currency', `"${list.currency}" is not an ISO 4217 currency code (three capital letters).`);
	if (!PRICE_LIST_KINDS.includes(list.kind)) invalid('kind', `"${list.kind}" is not a price list kind (${PRICE_LIST_KINDS.join(', ')}).`);
	if (!ROUNDING_MODES.includes(list.roundingMode)) invalid('roundingMode', `"${list.roundingMode}" is not a rounding mode (${ROUNDING_MODES.join(', ')}).`);

	const fromOk = list.validFrom === null || isCalendarDate(list.validFrom);
	const toOk = list.validTo === null || isCalendarDate(list.validTo);
	if (!fromOk) invalid('validFrom', `"${list.validFrom}" is not a day written YYYY-MM-DD.`);
	if (!toOk) invalid('validTo', `"${list.validTo}" is not a day written YYYY-MM-DD.`);
	if (fromOk && toOk && list.validFrom !== null && list.validTo !== null && list.validFrom > list.validTo) {
		invalid('validTo', `The list would end (${list.validTo}) before it starts (${list.validFrom}).`);
	}

	if (list.derivationBp !== null) {
		if (list.parentId === null) invalid('derivationBp', 'A derivation needs a parent price list to derive from.');
		else if (!isWhole(list.derivationBp) || list.derivationBp < MIN_DERIVATION_BP || list.derivationBp > MAX_DERIVATION_BP) {
			invalid('derivationBp', `The derivation must be a whole number of basis points from ${MIN_DERIVATION_BP} to ${MAX_DERIVATION_BP}, got ${JSON.stringify(list.derivationBp)}.`);
		}
	}
	if (list.roundingStep !== null && (!isWhole(list.roundingStep) || list.roundingStep < 1)) {
		invalid('roundingStep', `The rounding step must be a whole number of minor units, at least 1, got ${JSON.stringify(list.roundingStep)}.`);
	}

	violations.push(...findItemViolations(list));
	violations.push(...findParentViolations(list, indexPriceLists(lists)));
	return violations;
}

/** Throws a CrmError carrying the first problem's code and field, with all problems in details.violations. */
export function assertValidPriceList(list: PriceList, lists: PriceLists): void {
	const violations = findPriceListViolations(list, lists);
	const first = violations[0];
	if (!first) return;

	const more = violations.length > 1 ? ` (and ${violations.length - 1} more problem${violations.length > 2 ? 's' : ''})` : '';
	throw new CrmError(first.code, `Price list "${list.code}": ${first.message}${more}`, { priceListId: list.id, field: first.field, violations });
}
