/** Pure rows of the movements: how many customers went from which ABC class to which, and who moved. */
import { formatMoneyLabel } from '@crm/studio';
import { ABC_CLASSES, type AbcClass, type MovedCustomer, type Movement } from './classes-overview.ts';
import { classLabel, classMove } from './class-label.ts';

export interface MovementRow {
	/** "A-B", "none-C": from and to, "none" for no class. */
	key: string;
	/** "A → B". */
	text: string;
	customers: number;
	/** True when the customers went to a better class (C → B, — → A…). */
	up: boolean;
}

export interface MovedRow {
	id: string;
	name: string;
	/** The Studio route of the customer's page. */
	to: string;
	/** "A → B", or "A" when the ABC class stayed. */
	abc: string;
	abcMoved: boolean;
	xyz: string;
	xyzMoved: boolean;
	/** "—" when the run set none. */
	category: string;
	/** "1,234.56 EUR". */
	revenue: string;
}

/** A, B, C, then none: "—" is the lowest. */
const rank = (value: AbcClass | null) => (value === null ? ABC_CLASSES.length : ABC_CLASSES.indexOf(value));

/** Largest moves first (most customers), then from the best class to the worst. */
export function movementRows(movements: readonly Movement[]): MovementRow[] {
	return [...movements]
		.filter((m) => m.from !== m.to && m.customers > 0)
		.sort((a, b) => b.customers - a.customers || rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to))
		.map((m) => ({ key: `${m.from ?? 'none'}-${m.to ?? 'none'}`, text: classMove(m.from, m.to), customers: m.customers, up: rank(m.to) < rank(m.from) }));
}

/** The customers in the order the API sent them (largest revenue first), in words. */
export function movedRows(moved: readonly MovedCustomer[], currency: string): MovedRow[] {
	return moved.map((m) => ({
		id: m.id,
		name: m.name,
		to: `/content/crm_customers/${encodeURIComponent(m.id)}`,
		abc: classMove(m.fromAbc, m.toAbc),
		abcMoved: m.fromAbc !== m.toAbc,
		xyz: classMove(m.fromXyz, m.toXyz),
		xyzMoved: m.fromXyz !== m.toXyz,
		category: classLabel(m.toCategory),
		revenue: formatMoneyLabel(m.revenue, currency),
	}));
}
