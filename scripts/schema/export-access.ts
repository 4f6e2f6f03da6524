// Writes schema/access.json from define-access.ts (roles, policies, permissions, layouts, dashboards),
// keeping every permission definition the file held before and no longer holds as superseded.
import { existsSync } from 'node:fs';
import type { AccessModel } from '../../packages/crm-install/src/plan/access-model.ts';
import { ACCESS_JSON, currentAccess, readJson, writeJson } from './module-files.ts';
import { supersedePermissions } from './supersede-permissions.ts';

const released = existsSync(ACCESS_JSON) ? readJson<AccessModel>(ACCESS_JSON) : null;
const next: AccessModel = currentAccess();
writeJson(ACCESS_JSON, { ...next, superseded: supersedePermissions(released, next) });
console.log(`wrote ${ACCESS_JSON}`);
