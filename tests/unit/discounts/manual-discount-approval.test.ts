import { describe, expect, it } from 'vitest';
import { documentApprovalStatus, lineApprovalStatus, manualDiscountInput } from '../../../packages/crm-core/src/discounts/manual-discount-approval.ts';

const stored = (discountBp: number, approvedBp = 0, limitBp = 0, belowFloorApproved = false, approvedAt: string | null = null) => ({ discountBp, approvedBp, limitBp, belowFloorApproved, approvedAt });

describe('manual discount approval', () => {
	it.each([
		// stored, engine input
		[stored(1500, 0, 1000), { manualDiscountBp: 1500, approvedDiscountBp: 1000, belowFloorApproved: false }],
		[stored(1500, 2000, 1000, true, '2026-11-26T10:00:00Z'), { manualDiscountBp: 1500, approvedDiscountBp: 2000, belowFloorApproved: true }],
		[stored(2500, 2000, 1000, true, '2026-11-26T10:00:00Z'), { manualDiscountBp: 2500, approvedDiscountBp: 2000, belowFloorApproved: false }],
	])('a discount is approved up to the manager approval or the setter limit, whichever is larger: %o', (line, input) => {
		expect(manualDiscountInput(line)).toEqual(input);
	});

	it.each([
		[stored(1500, 0, 1000), ['over_limit'], 'pending'],
		[stored(500, 0, 1000), [], 'not_needed'],
		[stored(1500, 1500, 1000, true, '2026-11-26T10:00:00Z'), [], 'approved'],
		[stored(500, 1500, 1000, true, '2026-11-26T10:00:00Z'), [], 'approved'],
		[stored(0, 1500, 1000, true, '2026-11-26T10:00:00Z'), [], 'not_needed'],
	] as const)('a line is pending while the engine gives a reason, approved when a manager let it through: %o', (line, reasons, status) => {
		expect(lineApprovalStatus(line, reasons)).toBe(status);
	});

	it.each([
		[['not_needed', 'pending', 'approved'], 'pending'],
		[['not_needed', 'approved'], 'approved'],
		[['not_needed'], 'not_needed'],
		[[], 'not_needed'],
	])('a document of lines %o is %s', (lines, status) => {
		expect(documentApprovalStatus(lines)).toBe(status);
	});
});
