import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../../packages/crm-core/src/index.ts';
import { loadModuleFiles } from '../../../packages/crm-install/src/apply/load-module-files.ts';
import { permissionContent } from '../../../packages/crm-install/src/plan/plan-permission-changes.ts';
import { assertMigrationSequence } from '../../../packages/crm-install/src/plan/plan-upgrade.ts';
import { stableJson } from '../../../packages/crm-install/src/plan/stable-json.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { currentAccess, currentModel } from '../../../scripts/schema/module-files.ts';

const files = loadModuleFiles(`${ROOT}/schema`);

describe('the files the installer ships', () => {
	test('schema/model.json is define-model.ts (after a model change: npm run schema:migration -- <name>)', () => {
		expect(stableJson(files.model) === stableJson(currentModel())).toBe(true);
	});

	test('schema/access.json is define-access.ts (after an access change: npm run schema:access)', () => {
		const { superseded: _superseded, ...access } = files.access;
		expect(stableJson(access) === stableJson(currentAccess())).toBe(true);
	});

	test('no superseded permission is one of today\'s (an upgrade would otherwise remove it)', () => {
		const today = new Set(files.access.roles.flatMap((r) => r.policy.permissions.map((p) => `${r.policy.id} ${p.collection} ${p.action} ${permissionContent(p)}`)));
		const clashing = (files.access.superseded ?? []).filter((p) => today.has(`${p.policy} ${p.collection} ${p.action} ${permissionContent(p)}`));
		expect(clashing).toEqual([]);
	});

	test('migrations are numbered 1, 2, 3… and the first is the baseline', () => {
		expect(() => assertMigrationSequence(files.migrations)).not.toThrow();
		expect(files.migrations[0]).toEqual({ version: 1, name: 'baseline', steps: [] });
	});

	test('the extensions are built for the newest migration (raise SCHEMA_VERSION with each one)', () => {
		expect(SCHEMA_VERSION).toBe(files.migrations.length);
	});

	test('the module\'s roles, policies and dashboards have fixed, distinct ids', () => {
		const ids = [...files.access.roles.flatMap((r) => [r.id, r.policy.id]), ...files.access.dashboards.map((d) => d.id)];
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
	});
});
