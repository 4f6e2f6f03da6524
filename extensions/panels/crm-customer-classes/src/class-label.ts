/** How a class reads: its letter, "—" when there is none (not classified, or too little history to judge). */

export const NO_CLASS = '—';

export function classLabel(value: string | null): string {
	return value ?? NO_CLASS;
}

/** "A → B" for a move, just "A" when the class stayed. */
export function classMove(from: string | null, to: string | null): string {
	return from === to ? classLabel(to) : `${classLabel(from)} → ${classLabel(to)}`;
}
