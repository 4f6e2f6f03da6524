import { describe, expect, test } from 'vitest';
import { type ContractContext, pickServiceContract, type ServiceContractTerms } from '../../../packages/crm-core/src/index.ts';
import { bad, contract, expectCrmError } from './desk-fixtures.ts';

// A request on Monday 30 Nov 2026 about product P1 (groups G1, G2) in category CAT-HW.
const ctx: ContractContext = { day: '2026-11-30', productId: 'P1', productGroupIds: ['G1', 'G2'], categoryId: 'CAT-HW' };

const pickId = (contracts: ServiceContractTerms[], context: ContractContext = ctx) => pickServiceContract(contracts, context)?.id ?? null;

describe('pickServiceContract: which contracts apply', () => {
	test.each<[string, Partial<ServiceContractTerms>, 'c1' | null]>([
		['an active, open-ended, all-covering contract applies', {}, 'c1'],
		['an inactive contract does not', { active: false }, null],
		['a contract starting on the day applies (validFrom inclusive)', { validFrom: '2026-11-30' }, 'c1'],
		['a contract starting the day after does not', { validFrom: '2026-12-01' }, null],
		['a contract ending on the day applies (validTo inclusive)', { validTo: '2026-11-30' }, 'c1'],
		['a contract that ended the day before does not', { validTo: '2026-11-29' }, null],
		['a one-day contract on that day applies', { validFrom: '2026-11-30', validTo: '2026-11-30' }, 'c1'],
		['a contract listing the product applies', { coveredProductIds: ['P9', 'P1'] }, 'c1'],
		['a contract listing one of the product groups applies', { coveredProductGroupIds: ['G2'] }, 'c1'],
		['a contract listing the category applies', { coveredCategoryIds: ['CAT-HW'] }, 'c1'],
		['a contract listing other products, groups and categories does not', { coveredProductIds: ['P9'], coveredProductGroupIds: ['G9'], coveredCategoryIds: ['CAT-SW'] }, null],
	])('%s', (_, overrides, expected) => {
		expect(pickId([contract(overrides)])).toBe(expected);
	});

	test('no contracts: null', () => {
		expect(pickServiceContract([], ctx)).toBeNull();
	});

	test('a request without product or category is covered only by all-covering contracts', () => {
		const bare: ContractContext = { day: '2026-11-30', productId: null, productGroupIds: [], categoryId: null };
		expect(pickId([contract({ id: 'specific', coveredProductIds: ['P1'] })], bare)).toBeNull();
		expect(pickId([contract({ id: 'specific', coveredProductIds: ['P1'] }), contract({ id: 'blanket' })], bare)).toBe('blanket');
	});
});

describe('pickServiceContract: tie-break among applicable contracts', () => {
	test.each<[string, ServiceContractTerms[], string]>([
		['specific coverage beats an all-covering contract, even a premium one', [contract({ id: 'blanket', level: 'premium' }), contract({ id: 'specific', level: 'basic', coveredCategoryIds: ['CAT-HW'] })], 'specific'],
		['then the higher level: premium over standard', [contract({ id: 'std', level: 'standard' }), contract({ id: 'prem', level: 'premium' })], 'prem'],
		['then the higher level: standard over basic', [contract({ id: 'basic', level: 'basic' }), contract({ id: 'std', level: 'standard' })], 'std'],
		['then the later validFrom', [contract({ id: 'old', validFrom: '2025-01-01' }), contract({ id: 'new', validFrom: '2026-01-01' })], 'new'],
		['a dated start beats an open one', [contract({ id: 'open', validFrom: null }), contract({ id: 'dated', validFrom: '2020-01-01' })], 'dated'],
		['then the smaller id', [contract({ id: 'b' }), contract({ id: 'a' })], 'a'],
		['an expired premium contract loses to a valid basic one', [contract({ id: 'prem', level: 'premium', validTo: '2026-11-29' }), contract({ id: 'basic', level: 'basic' })], 'basic'],
	])('%s', (_, contracts, expected) => {
		expect(pickId(contracts)).toBe(expected);
		expect(pickId([...contracts].reverse())).toBe(expected);
	});

	test('returns the contract object itself', () => {
		const chosen = contract({ id: 'c7', code: 'SC-0007', level: 'premium' });
		expect(pickServiceContract([contract(), chosen], ctx)).toBe(chosen);
	});
});

describe('pickServiceContract refuses bad input, naming the field', () => {
	test.each<[string, () => unknown, string, string]>([
		['contracts that are not a list', () => pickServiceContract(bad({}), ctx), 'CRM_INVALID_TYPE', 'contracts'],
		['a contract without id', () => pickServiceContract([contract(), contract({ id: '' })], ctx), 'CRM_REQUIRED_FIELD', 'contracts[1].id'],
		['an unknown level', () => pickServiceContract([contract({ level: bad('gold') })], ctx), 'CRM_INVALID_CHOICE', 'contracts[0].level'],
		['active as text', () => pickServiceContract([contract({ active: bad('yes') })], ctx), 'CRM_INVALID_TYPE', 'contracts[0].active'],
		['a validFrom that is no day', () => pickServiceContract([contract({ validFrom: '2026-02-30' })], ctx), 'CRM_INVALID_FORMAT', 'contracts[0].validFrom'],
		['a forgotten validTo', () => pickServiceContract([contract({ validTo: bad(undefined) })], ctx), 'CRM_REQUIRED_FIELD', 'contracts[0].validTo'],
		['validTo before validFrom', () => pickServiceContract([contract({ validFrom: '2026-06-01', validTo: '2026-05-31' })], ctx), 'CRM_OUT_OF_RANGE', 'contracts[0].validTo'],
		['covered products as text', () => pickServiceContract([contract({ coveredProductIds: bad('P1') })], ctx), 'CRM_INVALID_TYPE', 'contracts[0].coveredProductIds'],
		['two target rows for one priority', () => pickServiceContract([contract({ targets: [{ priority: 'high', responseMinutes: 60, resolutionMinutes: null }, { priority: 'high', responseMinutes: 30, resolutionMinutes: null }] })], ctx), 'CRM_INVALID_CHOICE', 'contracts[0].targets[1].priority'],
		['a fractional target', () => pickServiceContract([contract({ targets: [{ priority: 'high', responseMinutes: 1.5, resolutionMinutes: null }] })], ctx), 'CRM_INVALID_TYPE', 'contracts[0].targets[0].responseMinutes'],
		['a negative target', () => pickServiceContract([contract({ targets: [{ priority: 'high', responseMinutes: null, resolutionMinutes: -1 }] })], ctx), 'CRM_OUT_OF_RANGE', 'contracts[0].targets[0].resolutionMinutes'],
		['a day without dashes', () => pickServiceContract([], { ...ctx, day: '20261130' }), 'CRM_INVALID_FORMAT', 'ctx.day'],
		['a forgotten product', () => pickServiceContract([], { ...ctx, productId: bad(undefined) }), 'CRM_REQUIRED_FIELD', 'ctx.productId'],
		['product groups as text', () => pickServiceContract([], { ...ctx, productGroupIds: bad('G1') }), 'CRM_INVALID_TYPE', 'ctx.productGroupIds'],
	])('%s', (_, run, code, field) => expectCrmError(run, code, field));
});
