import type { AccessModel, SupersededPermission } from '../../packages/crm-install/src/plan/access-model.ts';
import { permissionContent } from '../../packages/crm-install/src/plan/plan-permission-changes.ts';

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
