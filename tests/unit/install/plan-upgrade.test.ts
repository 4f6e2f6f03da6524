import { describe, expect, test } from 'vitest';
import type { Migration, MigrationRecord } from '../../../packages/crm-install/src/plan/migration.ts';
import { planUpgrade } from '../../../packages/crm-install/src/plan/plan-upgrade.ts';

const m = (version: number): Migration => ({ version, name: `m${version}`, steps: [] });
const done = (version: number): MigrationRecord => ({ version, name: `m${version}`, status: 'done', progress: null });

describe('planUpgrade', () => {
	test.each([
		[[], 0, [1, 2, 3]],
		[[done(1)], 1, [2, 3]],
		[[done(1), done(2), done(3)], 3, []],
	] as const)('with records %j the project holds version %i and needs %j', (records, installed, pending) => {
		const plan = planUpgrade([m(1), m(2), m(3)], records);
		expect([plan.installed, plan.latest, plan.pending.map((p) => p.version)]).toEqual([installed, 3, pending]);
	});

	test('an interrupted migration is the one to go on with, from its progress', () => {
		const running: MigrationRecord = { version: 2, name: 'm2', status: 'running', progress: { step: 3, checkpoint: { after: 'x' } } };
		const plan = planUpgrade([m(1), m(2)], [done(1), running]);
		expect([plan.pending.map((p) => p.version), plan.resume]).toEqual([[2], running]);
	});

	test('a project newer than the module is refused with what to do', () => {
		expect(() => planUpgrade([m(1)], [done(1), done(2)])).toThrow('newer than this module');
	});

	test('migrations must be numbered without gaps', () => {
		expect(() => planUpgrade([m(1), m(3)], [])).toThrow('expected 2');
	});
});
