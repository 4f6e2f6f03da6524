import type { OwnerActor, OwnerRef } from '../access/assert-owner-assignment.ts';
import { CrmError } from '../errors/crm-error.ts';

/**
 * The sales rep an interaction is recorded as logged by (its `rep`), or a CRM_AUTHOR_FORBIDDEN error.
 *
 * Created without one, it is the caller's own rep record: the Studio timeline does not send `rep`, and
 * an entry without an author cannot be followed up. Callers who are not reps (the service desk, the
 * CRM itself) log without one. Naming a rep is for that rep, the manager of their team (logging on a
 * team member's behalf) and administrators, as with customer owners: a rep cannot put a colleague's
 * name on their notes, nor take a colleague's entry or strip an entry's author later. An update that
 * leaves the stored author alone is always fine.
 */
export function interactionAuthor(actor: OwnerActor, given: OwnerRef | null, mode: 'create' | 'update', current: OwnerRef | null = null): string | null {
	if (mode === 'create' && given === null) return actor.repId;
	if (mode === 'update' && (given?.id ?? null) === (current?.id ?? null)) return current?.id ?? null;
	if (actor.admin) return given?.id ?? null;

	const speaksFor = (ref: OwnerRef) => ref.id === actor.repId || (ref.teamId !== null && actor.managedTeamIds.includes(ref.teamId));
	if (given !== null && speaksFor(given) && (current === null || speaksFor(current))) return given.id;

	throw new CrmError('CRM_AUTHOR_FORBIDDEN', 'You can log interactions only in your own name: leave "rep" empty and the CRM records you as the author.', { field: 'rep' });
}
