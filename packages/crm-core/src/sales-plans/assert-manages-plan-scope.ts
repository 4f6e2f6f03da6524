import { CrmError } from '../errors/crm-error.ts';

/** Whom a sales plan or commission plan is for, and who manages them. */
export interface PlanScope {
	/** A rep's plan, a team's, or the company's (neither rep nor team). */
	kind: 'rep' | 'team' | 'company';
	/** The manager of the rep's team (a rep's plan) or of the team (a team's plan); null without one. */
	managerId: string | null;
}

/** Who writes the plan: an administrator (or the CRM itself) or a user. */
export interface PlanWriter {
	admin: boolean;
	userId: string | null;
}

/**
 * A manager sets plans only for the reps and teams they manage (CRM_PLAN_SCOPE_NOT_MANAGED). Their
 * permission to create plans has no row filter (Directus checks a create's row only against fields it
 * names, not relations), so this is where another team's rep is refused. A company-wide plan is an
 * administrator's: a manager could neither change nor delete it afterwards.
 */
export function assertManagesPlanScope(writer: PlanWriter, scope: PlanScope, what: string): void {
	if (writer.admin) return;
	if (scope.kind === 'company') {
		throw new CrmError('CRM_PLAN_SCOPE_NOT_MANAGED', `Only an administrator sets a company-wide ${what}: name the rep or the team it is for.`, { field: 'rep' });
	}
	if (scope.managerId !== null && scope.managerId === writer.userId) return;
	const whose = scope.kind === 'rep' ? 'this rep\'s team' : 'this team';
	throw new CrmError('CRM_PLAN_SCOPE_NOT_MANAGED', `You do not manage ${whose}: a manager sets a ${what} only for the reps and teams they manage.`, { field: scope.kind });
}
