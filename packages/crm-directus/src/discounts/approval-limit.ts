import type { Knex } from 'knex';

interface DiscountLimitRow {
	user: string | null;
	role: string | null;
	max_discount_bp: number | string;
}

export interface Approver {
	user?: string | null;
	role?: string | null;
	roles?: readonly string[] | null;
	admin?: boolean;
}

/**
 * The largest manual discount (basis points) this caller may give or approve: the user's own limit
 * if there is one, else the best of their roles' limits, else 0. Administrators and the CRM itself
 * (no user) are not limited.
 */
export async function loadDiscountLimitBp(knex: Knex, who: Approver | null | undefined): Promise<number> {
	if (!who || !who.user || who.admin) return 10_000;
	const roles = [...new Set([who.role, ...(who.roles ?? [])].filter((r): r is string => typeof r === 'string'))];
	const rows = (await knex('crm_discount_limits')
		.select('user', 'role', 'max_discount_bp')
		.where((w) => {
			w.where('user', who.user!);
			if (roles.length) w.orWhereIn('role', roles);
		})) as DiscountLimitRow[];
	const own = rows.filter((r) => r.user === who.user);
	if (own.length) return Math.max(...own.map((r) => Number(r.max_discount_bp)));
	const byRole = rows.filter((r) => r.role !== null && roles.includes(r.role) && !r.user);
	return byRole.length ? Math.max(...byRole.map((r) => Number(r.max_discount_bp))) : 0;
}
