import { describe, expect, test } from 'vitest';
import { assertManagesPlanScope } from '../../../packages/crm-core/src/sales-plans/index.ts';
import { domainFailure } from '../domain-failure.ts';

const PAT = 'pat';
const ADMIN = { admin: true, userId: 'root' };
const MANAGER = { admin: false, userId: PAT };

describe('assertManagesPlanScope: a manager sets plans only for the reps and teams they manage', () => {
	test.each([
		['an administrator, for any rep', ADMIN, { kind: 'rep', managerId: 'someone' }, null],
		['an administrator, company-wide', ADMIN, { kind: 'company', managerId: null }, null],
		['the manager of the rep\'s team', MANAGER, { kind: 'rep', managerId: PAT }, null],
		['the manager of the team', MANAGER, { kind: 'team', managerId: PAT }, null],
		['another team\'s rep', MANAGER, { kind: 'rep', managerId: 'mona' }, ['CRM_PLAN_SCOPE_NOT_MANAGED', 'rep']],
		['another team', MANAGER, { kind: 'team', managerId: 'mona' }, ['CRM_PLAN_SCOPE_NOT_MANAGED', 'team']],
		['a rep without a team', MANAGER, { kind: 'rep', managerId: null }, ['CRM_PLAN_SCOPE_NOT_MANAGED', 'rep']],
		['a team without a manager', MANAGER, { kind: 'team', managerId: null }, ['CRM_PLAN_SCOPE_NOT_MANAGED', 'team']],
		['company-wide', MANAGER, { kind: 'company', managerId: null }, ['CRM_PLAN_SCOPE_NOT_MANAGED', 'rep']],
		['a user without an id', { admin: false, userId: null }, { kind: 'team', managerId: null }, ['CRM_PLAN_SCOPE_NOT_MANAGED', 'team']],
	] as const)('%s', (_, writer, scope, expected) => {
		expect(domainFailure(() => assertManagesPlanScope(writer, scope, 'sales plan'))).toEqual(expected);
	});
});
