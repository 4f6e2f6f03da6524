import { CrmError } from '../errors/crm-error.ts';
import { currencyExponent } from './currency.ts';
import { divideAndRound } from './divide-and-round.ts';
import type { Money } from './minor-units.ts';
import type { RoundingMode } from './rounding-mode.ts';

const RATE = /^(\d+)(?:\.(\d{1,12}))?$/;

/** A rate as an exact fraction: "1.0845" → 10845 / 10000. */
export function parseRate(rate: string): { numerator: bigint; denominator: bigint } {
	const m = RATE.exec(rate.trim());
	if (!m || /^0+(\.0+)?$/.test(rate.trim())) throw new CrmError('CRM_INVALID_RATE', `"${rate}" is not a positive exchange rate (a decimal with at most 12 decimals).`, { rate });
	const decimals = m[2] ?? '';
	return { numerator: BigInt(m[1]! + decimals), denominator: 10n ** BigInt(decimals.length) };
}

/**
 * Converts `money` into `to` at `rate` = how many units of `to` one unit of `money.currency` buys
 * (e.g. USD→EUR at "0.9221"). Exact fraction arithmetic, one rounding at the end, half-even by default.
 */
export function convertCurrency(money: Money, to: string, rate: string, mode: RoundingMode = 'half-even'): Money {
	if (money.currency === to) return { amount: money.amount, currency: to };
	const { numerator, denominator } = parseRate(rate);
	const shift = currencyExponent(to) - currencyExponent(money.currency);
	const scaledNumerator = BigInt(money.amount) * numerator * (shift > 0 ? 10n ** BigInt(shift) : 1n);
	const scaledDenominator = denominator * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
	return { amount: Number(divideAndRound(scaledNumerator, scaledDenominator, mode)), currency: to };
}
