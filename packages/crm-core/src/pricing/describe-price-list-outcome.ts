import { formatDecimalAmount } from '../money/minor-units.ts';
import type { RoundingMode } from '../money/rounding-mode.ts';
import type { MissingPrice } from './find-list-price.ts';
import { formatBasisPointsAsPercent } from './format-basis-points.ts';
import { describeQuantity } from './format-quantity.ts';
import type { PriceList } from './price-list.ts';

// The texts end up in a sales rep's "why this price?" panel and in support tickets, so they name
// lists by name and code, amounts in the currency's decimals, and say what would have to change.

const ROUNDING_WORDS: Readonly<Record<RoundingMode, string>> = { 'half-up': 'rounded', 'half-even': 'rounded half-even', down: 'rounded down', up: 'rounded up' };

function describeList(list: PriceList): string {
	return `${list.name} (${list.code})`;
}

function describeDerivation(child: PriceList, parent: PriceList): string {
	const rounding = child.roundingStep === null ? '' : `, ${ROUNDING_WORDS[child.roundingMode]} to ${formatDecimalAmount(child.roundingStep, child.currency)}`;
	return `derived from ${describeList(parent)} ${formatBasisPointsAsPercent(child.derivationBp ?? 0)}${rounding}`;
}

/** Names the lists a price came through: "Dealer (DEALER), which derives from Base (BASE)". */
function describeAncestors(path: readonly PriceList[]): string {
	return path.slice(1).map(describeList).join(', which derives from ');
}

/**
 * "Wholesale (WHOLESALE): 12.40 EUR per unit from 10 units, derived from Base (BASE) +15 %, rounded to 0.10".
 * `path` is the used list and the parents its price came through; deeper levels are appended with "; ".
 */
export function describeUsedPrice(path: readonly PriceList[], unitPrice: number, itemMinQuantityMilli: number): string {
	const list = path[0]!;
	const parts = [`${describeList(list)}: ${formatDecimalAmount(unitPrice, list.currency)} ${list.currency} per unit from ${describeQuantity(itemMinQuantityMilli)}`];
	for (let i = 0; i + 1 < path.length; i++) {
		const derivation = describeDerivation(path[i]!, path[i + 1]!);
		parts.push(i === 0 ? `, ${derivation}` : `; ${describeList(path[i]!)} is ${derivation}`);
	}
	return parts.join('');
}

export function describeInactive(list: PriceList): string {
	return `${describeList(list)}: skipped, the list is inactive`;
}

/** Says whether the list has expired or has not started yet, with both dates, so nobody has to look them up. */
export function describeNotValidOnDate(list: PriceList, date: string): string {
	if (list.validTo !== null && date > list.validTo) return `${describeList(list)}: skipped, expired: valid until ${list.validTo}, price date ${date}`;
	return `${describeList(list)}: skipped, not yet valid: valid from ${list.validFrom ?? '?'}, price date ${date}`;
}

export function describeOtherCurrency(list: PriceList, currency: string): string {
	return `${describeList(list)}: skipped, prices in ${list.currency}, not ${currency}`;
}

export function describeMissingPrice(missing: MissingPrice, quantityMilli: number, date: string): string {
	const list = missing.path[0]!;
	const head = `${describeList(list)}: skipped`;
	const derived = missing.path.length > 1;
	const last = missing.path[missing.path.length - 1]!;

	switch (missing.kind) {
		case 'no_item':
			return derived ? `${head}, no price for this product: it derives from ${describeAncestors(missing.path)}, which has none` : `${head}, no price for this product`;
		case 'below_first_break': {
			const start = `quantity breaks start at ${describeQuantity(missing.firstBreakMilli)}`;
			return derived
				? `${head}, no price for this product at ${describeQuantity(quantityMilli)}: it derives from ${describeAncestors(missing.path)}, whose ${start}`
				: `${head}, no price for this product at ${describeQuantity(quantityMilli)}, its ${start}`;
		}
		case 'parent_not_in_force':
			return `${head}, no price for this product: it derives from ${describeAncestors(missing.path)}, which ${last.active ? `is not valid on ${date}` : 'is inactive'}`;
	}
}
