import type { SalesTarget, TargetMeasure } from '@crm/core';
import { toDay } from '../load-pricing-context.ts';

export type Row = Record<string, unknown>;

function idOf(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	return typeof value === 'object' ? String((value as Row)['id']) : String(value);
}
const numberOrNull = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

/** A sales plan row (as stored, or a payload merged over it) in the domain's terms. */
export function toSalesTarget(row: Row): SalesTarget {
	return {
		id: String(row['id'] ?? 'new'),
		name: String(row['name'] ?? ''),
		measure: (row['measure'] ?? 'revenue') as TargetMeasure,
		repId: idOf(row['rep']),
		teamId: idOf(row['team']),
		productGroupId: idOf(row['product_group']),
		customerGroupId: idOf(row['customer_group']),
		periodStart: toDay(row['period_start']) ?? '',
		periodEnd: toDay(row['period_end']) ?? '',
		targetAmount: numberOrNull(row['target_amount']),
		targetQuantity: numberOrNull(row['target_quantity_milli']),
		behindMarginBp: numberOrNull(row['behind_margin_bp']) ?? 1000,
	};
}
