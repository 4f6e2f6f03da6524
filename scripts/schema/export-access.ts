// Writes schema/access.json from define-access.ts (roles, policies, permissions, layouts, dashboards).
import { ACCESS_JSON, currentAccess, writeJson } from './module-files.ts';

writeJson(ACCESS_JSON, currentAccess());
console.log(`wrote ${ACCESS_JSON}`);
