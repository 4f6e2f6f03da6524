import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { judgeDirectusVersion, SUPPORTED_HOST_RANGE } from '../../../packages/crm-install/src/plan/judge-directus-version.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';

describe('judgeDirectusVersion', () => {
	test.each([
		['11.17.4', true],
		['11.17.0', true],
		['11.18.2', true],
		['11.17.4-beta.1', true],
		['11.16.9', false],
		['10.13.1', false],
		['12.0.0', false],
		['11', false],
		['', false],
		[undefined, false],
	])('Directus %s is supported: %s', (version, supported) => {
		expect(judgeDirectusVersion(version) === null).toBe(supported);
	});

	test('says what it found and what it supports, and that nothing was changed', () => {
		expect(judgeDirectusVersion('11.16.9')).toBe('This module supports Directus 11.17 and later 11.x releases; the project runs 11.16.9. Nothing was changed.');
		expect(judgeDirectusVersion(undefined)).toContain("did not tell its version (is the token an administrator's?)");
	});

	test('the extension bundle and every extension declare the same host range', () => {
		const dirs = readdirSync(join(ROOT, 'extensions')).flatMap((type) => readdirSync(join(ROOT, 'extensions', type)).map((name) => join(ROOT, 'extensions', type, name)));
		const manifests = dirs.map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
		expect(manifests.length).toBe(36);
		expect(manifests.map((m) => m['directus:extension'].host)).toEqual(manifests.map(() => SUPPORTED_HOST_RANGE));
	});
});
