import { toEpochDay } from '../calendar/calendar-day.ts';
import { assertArray, assertIdList, assertObject, assertOptionalId } from '../service-routing/assert-field.ts';
import { assertValidServiceContract } from './assert-valid-service-contract.ts';
import { assertDay } from './desk-fields.ts';
import type { ServiceContractTerms } from './service-contract-terms.ts';
import { serviceLevelRank } from './service-level.ts';

/** What a request is about, on the day it came in. */
export interface ContractContext {
	/** The day the request came in, 'YYYY-MM-DD' (in the desk's zone). */
	day: string;
	productId: string | null;
	productGroupIds: readonly string[];
	categoryId: string | null;
}

function isAllCovering(contract: ServiceContractTerms): boolean {
	return contract.coveredProductIds.length === 0 && contract.coveredProductGroupIds.length === 0 && contract.coveredCategoryIds.length === 0;
}

function covers(contract: ServiceContractTerms, ctx: ContractContext): boolean {
	if (isAllCovering(contract)) return true;
	if (ctx.productId !== null && contract.coveredProductIds.includes(ctx.productId)) return true;
	if (ctx.productGroupIds.some((group) => contract.coveredProductGroupIds.includes(group))) return true;
	return ctx.categoryId !== null && contract.coveredCategoryIds.includes(ctx.categoryId);
}

function isValidOn(contract: ServiceContractTerms, day: number): boolean {
	return (contract.validFrom === null || toEpochDay(contract.validFrom) <= day) && (contract.validTo === null || day <= toEpochDay(contract.validTo));
}

/**
 * Best first: a contract written for this product, group or category beats a blanket one (it was
 * bought for exactly this); then the higher level; then the newer contract (later validFrom, an
 * open start counting as oldest); then the id, so the same data always picks the same contract.
 */
function compareContracts(a: ServiceContractTerms, b: ServiceContractTerms): number {
	const specific = Number(isAllCovering(a)) - Number(isAllCovering(b));
	if (specific !== 0) return specific;
	const level = serviceLevelRank(b.level) - serviceLevelRank(a.level);
	if (level !== 0) return level;
	const start = startDay(b) - startDay(a);
	if (start !== 0) return start;
	if (a.id === b.id) return 0;
	return a.id < b.id ? -1 : 1;
}

// An open start counts as the oldest.
function startDay(contract: ServiceContractTerms): number {
	return contract.validFrom === null ? Number.MIN_SAFE_INTEGER : toEpochDay(contract.validFrom);
}

/**
 * The contract that governs a request: among the customer's `contracts`, an active one valid on
 * `ctx.day` (validFrom and validTo inclusive) that covers the request (its product, one of the
 * product's groups or its category is listed; a contract listing nothing covers everything). Null
 * when none does. Errors name `contracts[i].…` and `ctx.…`.
 */
export function pickServiceContract(contracts: readonly ServiceContractTerms[], ctx: ContractContext): ServiceContractTerms | null {
	assertArray(contracts, 'contracts');
	contracts.forEach((contract, index) => assertValidServiceContract(contract, `contracts[${index}]`));
	assertObject(ctx, 'ctx');
	assertDay(ctx.day, 'ctx.day');
	assertOptionalId(ctx.productId, 'ctx.productId');
	assertIdList(ctx.productGroupIds, 'ctx.productGroupIds');
	assertOptionalId(ctx.categoryId, 'ctx.categoryId');

	const day = toEpochDay(ctx.day);
	const candidates = contracts.filter((contract) => contract.active && isValidOn(contract, day) && covers(contract, ctx));
	return candidates.sort(compareContracts)[0] ?? null;
}
