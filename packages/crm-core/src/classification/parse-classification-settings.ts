import { CrmError } from '../errors/crm-error.ts';
import { type ClassificationSettings, DEFAULT_CLASSIFICATION_SETTINGS, MAX_WINDOW_MONTHS } from './classification-settings.ts';
import { readWholeNumber } from './read-whole-number.ts';

const outOfRange = (field: string, message: string) => new CrmError('CRM_OUT_OF_RANGE', message, { field });

/**
 * Validates the classification settings row (snake_case columns); a missing row, or an empty column,
 * takes the default. Cut-offs that contradict each other are refused rather than quietly swapped: the
 * error names the column to fix (the second of a pair, which must be the larger).
 */
export function parseClassificationSettings(row: Record<string, unknown> | null): ClassificationSettings {
	const raw = row ?? {};
	const d = DEFAULT_CLASSIFICATION_SETTINGS;
	const s: ClassificationSettings = {
		abcAShareBp: readWholeNumber(raw, 'abc_a_share_bp', d.abcAShareBp),
		abcBShareBp: readWholeNumber(raw, 'abc_b_share_bp', d.abcBShareBp),
		xyzXCvBp: readWholeNumber(raw, 'xyz_x_cv_bp', d.xyzXCvBp),
		xyzYCvBp: readWholeNumber(raw, 'xyz_y_cv_bp', d.xyzYCvBp),
		xyzMinMonths: readWholeNumber(raw, 'xyz_min_months', d.xyzMinMonths),
		windowMonths: readWholeNumber(raw, 'window_months', d.windowMonths),
	};
	if (s.abcAShareBp <= 0 || s.abcAShareBp >= 10_000) throw outOfRange('abc_a_share_bp', `abc_a_share_bp must lie between 1 and 9999 bp (0.01 % to 99.99 %), got ${s.abcAShareBp}.`);
	if (s.abcBShareBp <= s.abcAShareBp || s.abcBShareBp > 10_000) throw outOfRange('abc_b_share_bp', `abc_b_share_bp must be more than abc_a_share_bp (${s.abcAShareBp}) and at most 10000 bp (100 %), got ${s.abcBShareBp}.`);
	if (s.xyzXCvBp < 0) throw outOfRange('xyz_x_cv_bp', `xyz_x_cv_bp must not be negative, got ${s.xyzXCvBp}.`);
	if (s.xyzYCvBp <= s.xyzXCvBp) throw outOfRange('xyz_y_cv_bp', `xyz_y_cv_bp must be more than xyz_x_cv_bp (${s.xyzXCvBp}), got ${s.xyzYCvBp}.`);
	if (s.windowMonths < 1 || s.windowMonths > MAX_WINDOW_MONTHS) throw outOfRange('window_months', `window_months must be from 1 to ${MAX_WINDOW_MONTHS}, got ${s.windowMonths}.`);
	if (s.xyzMinMonths < 1 || s.xyzMinMonths > s.windowMonths) throw outOfRange('xyz_min_months', `xyz_min_months must be from 1 to window_months (${s.windowMonths}), got ${s.xyzMinMonths}.`);
	return s;
}
