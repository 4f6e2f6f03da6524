import { describe, expect, test } from 'vitest';
import type { PermissionDef } from '../../../packages/crm-install/src/plan/access-model.ts';
import { type PermissionRow, planPermissionChanges } from '../../../packages/crm-install/src/plan/plan-permission-changes.ts';

const promoToday: PermissionDef = { collection: 'crm_promo_codes', action: 'read', fields: ['code', 'rule'] };
const promoEarlier: PermissionDef = { collection: 'crm_promo_codes', action: 'read', fields: ['code', 'customer', 'rule'] };
const notesToday: PermissionDef = { collection: 'crm_notes', action: 'create', fields: ['*'], validation: null };
const row = (id: number, def: PermissionDef): PermissionRow => ({ id, ...def });

describe('planPermissionChanges', () => {
	test('a permission exactly as an earlier release wrote it is brought to today\'s definition', () => {
		expect(planPermissionChanges([promoToday], [row(1, promoEarlier)], [promoEarlier])).toEqual({ create: [], update: [{ id: 1, to: promoToday }], remove: [], kept: [] });
	});

	test('a permission an administrator changed stays as they left it, and nothing is added beside it', () => {
		const theirs = row(1, { ...promoEarlier, fields: ['code', 'customer', 'rule', 'valid_until'] });
		expect(planPermissionChanges([promoToday], [theirs], [promoEarlier])).toEqual({ create: [], update: [], remove: [], kept: [theirs] });
	});

	test('a permission today\'s release no longer grants is removed when an earlier release wrote it, kept when an administrator did', () => {
		const earlierOnly = row(1, promoEarlier);
		const theirs = row(2, { collection: 'crm_promo_codes', action: 'delete', fields: ['*'] });
		expect(planPermissionChanges([], [earlierOnly, theirs], [promoEarlier])).toEqual({ create: [], update: [], remove: [1], kept: [theirs] });
	});

	test('a definition without a row is created; one already in place is left alone', () => {
		expect(planPermissionChanges([promoToday, notesToday], [row(7, promoToday)], [])).toEqual({ create: [notesToday], update: [], remove: [], kept: [] });
	});

	test('compares what a permission allows, not how it was written: field order, missing fields and empty objects', () => {
		const written = row(3, { collection: 'crm_promo_codes', action: 'read', fields: ['rule', 'code'], permissions: {}, validation: null, presets: {} });
		expect(planPermissionChanges([promoToday], [written], [])).toEqual({ create: [], update: [], remove: [], kept: [] });
		expect(planPermissionChanges([notesToday], [row(4, { collection: 'crm_notes', action: 'create' })], [])).toEqual({ create: [], update: [], remove: [], kept: [] });
	});

	test('duplicates of ours are removed once one row holds today\'s definition', () => {
		expect(planPermissionChanges([promoToday], [row(1, promoEarlier), row(2, promoToday), row(3, promoToday)], [promoEarlier])).toEqual({ create: [], update: [], remove: [1, 3], kept: [] });
	});

	test('beside an administrator\'s row, an earlier release\'s row of the same permission is removed rather than updated', () => {
		const theirs = row(2, { ...promoToday, fields: ['code'] });
		expect(planPermissionChanges([promoToday], [row(1, promoEarlier), theirs], [promoEarlier])).toEqual({ create: [], update: [], remove: [1], kept: [theirs] });
	});
});
