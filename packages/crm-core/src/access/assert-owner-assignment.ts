import { CrmError } from '../errors/crm-error.ts';

export interface OwnerActor {
	admin: boolean;
	/** The sales rep record of the acting user, if they are a rep. */
	repId: string | null;
	/** Teams the acting user manages. */
	managedTeamIds: readonly string[];
}

export interface OwnerRef {
	id: string;
	teamId: string | null;
}

/** The owner of a customer created without one: a rep's new customer is their own; others choose explicitly. */
export function defaultOwnerFor(actor: OwnerActor): string | null {
	return !actor.admin && actor.managedTeamIds.length === 0 ? actor.repId : null;
}

/**
 * Who may set a customer's owner. Admins: anyone. Managers: reps of teams they manage.
 * Reps: only themselves, and only when creating — a rep can neither take another rep's customer
 * nor hand their own away to escape accountability.
 */
export function assertOwnerAssignment(actor: OwnerActor, next: OwnerRef | null, current: OwnerRef | null, mode: 'create' | 'update'): void {
	if (actor.admin) return;
	if (mode === 'update' && (next?.id ?? null) === (current?.id ?? null)) return;

	const managesTeam = (ref: OwnerRef | null) => ref !== null && ref.teamId !== null && actor.managedTeamIds.includes(ref.teamId);

	if (actor.managedTeamIds.length > 0) {
		if (next !== null && !managesTeam(next) && next.id !== actor.repId) {
			throw new CrmError('CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'You can only assign customers to reps of a team you manage.', { field: 'owner' });
		}
		if (mode === 'update' && current !== null && !managesTeam(current) && current.id !== actor.repId) {
			throw new CrmError('CRM_OWNER_ASSIGNMENT_FORBIDDEN', 'This customer belongs to a rep outside your teams; ask an administrator to reassign it.', { field: 'owner' });
		}
		return;
	}

	if (mode === 'create' && next !== null && next.id === actor.repId) return;

	throw new CrmError(
		'CRM_OWNER_ASSIGNMENT_FORBIDDEN',
		mode === 'create' ? 'As a sales rep you can only create customers that you own yourself.' : 'Only a sales manager or an administrator can change the owner of a customer.',
		{ field: 'owner' },
	);
}
