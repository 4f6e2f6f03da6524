/** What the assignment use cases are given: rules, customers and reps as loaded, with names to explain by. */
export interface AssignmentRule {
	id: string;
	name: string;
	/** Priority: the lowest number is tried first. */
	sort: number;
	active: boolean;
	/** Conditions; null = any. */
	regionId: string | null;
	regionName: string | null;
	groupId: string | null;
	groupName: string | null;
	country: string | null;
	category: string | null;
	/** The target: one rep, or a team (then its active rep with the fewest customers). */
	targetRepId: string | null;
	targetTeamId: string | null;
}

export interface AssignmentCustomer {
	id: string;
	name: string;
	ownerId: string | null;
	regionId: string | null;
	groupIds: readonly string[];
	country: string | null;
	category: string | null;
}

export interface AssignmentRep {
	id: string;
	name: string;
	teamId: string | null;
	teamName: string | null;
	active: boolean;
	/** Customers the rep owns now. */
	customerCount: number;
}

export type AssignmentKind = 'rule' | 'manual' | 'bulk';

/** A row of crm_customer_assignments: one owner change, append-only. */
export interface AssignmentHistoryRow {
	customer: string;
	from_rep: string | null;
	to_rep: string | null;
	at: Date;
	by_user: string | null;
	reason: string;
	rule: string | null;
	kind: AssignmentKind;
}

/** Who is acting and when: the history names them. */
export interface AssignmentStamp {
	userId: string | null;
	at: Date;
}
