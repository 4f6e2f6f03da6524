import { existsSync } from 'node:fs';
import type { AccessModel, SupersededPermission } from '../../packages/crm-install/src/plan/access-model.ts';
import { permissionContent } from '../../packages/crm-install/src/plan/plan-permission-changes.ts';
import { ACCESS_JSON, currentAccess, readJson, writeJson } from './module-files.ts';

const identity = (p: SupersededPermission) => `${p.policy}\u0000${p.collection}\u0000${p.action}\u0000${permissionContent(p)}`;

function permissionsOf(access: AccessModel): SupersededPermission[] {
	return access.roles.flatMap((r) => r.policy.permissions.map((p) => ({ policy: r.policy.id, ...p })));
}

/**
 * The superseded permissions of the access model that replaces `released`: every definition a release
 * ever wrote that `next` no longer holds, so that an upgrade recognises a row of any earlier release.
 */
export function supersedePermissions(released: AccessModel | null, next: AccessModel): SupersededPermission[] {
	const today = new Set(permissionsOf(next).map(identity));
	const out = new Map<string, SupersededPermission>();
	for (const p of [...(released?.superseded ?? []), ...(released ? permissionsOf(released) : [])]) if (!today.has(identity(p))) out.set(identity(p), p);
	return [...out.values()].sort((a, b) => identity(a).localeCompare(identity(b)));
}

/** Writes schema/access.json from define-access.ts, keeping what it held before as superseded. */
export function writeAccessJson(): void {
	const released = existsSync(ACCESS_JSON) ? readJson<AccessModel>(ACCESS_JSON) : null;
	const next: AccessModel = currentAccess();
	writeJson(ACCESS_JSON, { ...next, superseded: supersedePermissions(released, next) });
}
