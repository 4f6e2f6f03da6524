import { describe, expect, test } from 'vitest';
import { CrmError, DEFAULT_CLASSIFICATION_SETTINGS, parseClassificationSettings } from '../../../packages/crm-core/src/index.ts';

const refusal = (row: Record<string, unknown>) => {
	try {
		parseClassificationSettings(row);
	} catch (error) {
		return error instanceof CrmError ? [error.code, error.details['field'], error.message] : ['not a CrmError', String(error)];
	}
	return ['accepted'];
};

describe('parseClassificationSettings', () => {
	test('no settings row: the defaults (80 / 95 %, 10 / 25 %, 3 of 12 months)', () => {
		expect(parseClassificationSettings(null)).toEqual({ abcAShareBp: 8000, abcBShareBp: 9500, xyzXCvBp: 1000, xyzYCvBp: 2500, xyzMinMonths: 3, windowMonths: 12 });
		expect(DEFAULT_CLASSIFICATION_SETTINGS).toEqual(parseClassificationSettings(null));
	});

	test('reads every column, and takes the default for an empty one', () => {
		const row = { id: 1, abc_a_share_bp: 7000, abc_b_share_bp: '9000', xyz_x_cv_bp: 0, xyz_y_cv_bp: null, xyz_min_months: 6, window_months: 24, date_updated: '2026-06-01' };
		expect(parseClassificationSettings(row)).toEqual({ abcAShareBp: 7000, abcBShareBp: 9000, xyzXCvBp: 0, xyzYCvBp: 2500, xyzMinMonths: 6, windowMonths: 24 });
	});

	test.each<[string, Record<string, unknown>, unknown[]]>([
		['A at 0 %', { abc_a_share_bp: 0 }, ['CRM_OUT_OF_RANGE', 'abc_a_share_bp', 'abc_a_share_bp must lie between 1 and 9999 bp (0.01 % to 99.99 %), got 0.']],
		['A at 100 %', { abc_a_share_bp: 10_000, abc_b_share_bp: 10_000 }, ['CRM_OUT_OF_RANGE', 'abc_a_share_bp', 'abc_a_share_bp must lie between 1 and 9999 bp (0.01 % to 99.99 %), got 10000.']],
		['B equal to A', { abc_a_share_bp: 9000, abc_b_share_bp: 9000 }, ['CRM_OUT_OF_RANGE', 'abc_b_share_bp', 'abc_b_share_bp must be more than abc_a_share_bp (9000) and at most 10000 bp (100 %), got 9000.']],
		['B below the default A', { abc_b_share_bp: 7000 }, ['CRM_OUT_OF_RANGE', 'abc_b_share_bp', 'abc_b_share_bp must be more than abc_a_share_bp (8000) and at most 10000 bp (100 %), got 7000.']],
		['B above 100 %', { abc_b_share_bp: 10_001 }, ['CRM_OUT_OF_RANGE', 'abc_b_share_bp', 'abc_b_share_bp must be more than abc_a_share_bp (8000) and at most 10000 bp (100 %), got 10001.']],
		['X below zero', { xyz_x_cv_bp: -1 }, ['CRM_OUT_OF_RANGE', 'xyz_x_cv_bp', 'xyz_x_cv_bp must not be negative, got -1.']],
		['Y equal to X', { xyz_x_cv_bp: 2500 }, ['CRM_OUT_OF_RANGE', 'xyz_y_cv_bp', 'xyz_y_cv_bp must be more than xyz_x_cv_bp (2500), got 2500.']],
		['a window of no months', { window_months: 0 }, ['CRM_OUT_OF_RANGE', 'window_months', 'window_months must be from 1 to 60, got 0.']],
		['a window over five years', { window_months: 61 }, ['CRM_OUT_OF_RANGE', 'window_months', 'window_months must be from 1 to 60, got 61.']],
		['no months to judge XYZ', { xyz_min_months: 0 }, ['CRM_OUT_OF_RANGE', 'xyz_min_months', 'xyz_min_months must be from 1 to window_months (12), got 0.']],
		['more months to judge than the window has', { xyz_min_months: 7, window_months: 6 }, ['CRM_OUT_OF_RANGE', 'xyz_min_months', 'xyz_min_months must be from 1 to window_months (6), got 7.']],
		['a fraction', { abc_a_share_bp: 80.5 }, ['CRM_INVALID_TYPE', 'abc_a_share_bp', 'abc_a_share_bp must be a whole number, got 80.5.']],
		['words', { window_months: 'twelve' }, ['CRM_INVALID_TYPE', 'window_months', 'window_months must be a whole number, got "twelve".']],
		['a list', { xyz_min_months: [3] }, ['CRM_INVALID_TYPE', 'xyz_min_months', 'xyz_min_months must be a whole number, got a list.']],
	])('refuses %s', (_, row, expected) => {
		expect(refusal(row)).toEqual(expected);
	});
});
