// Writes schema/access.json from define-access.ts (roles, policies, permissions, layouts, dashboards),
// keeping every permission definition the file held before and no longer holds as superseded.
import { ACCESS_JSON } from './module-files.ts';
import { writeAccessJson } from './supersede-permissions.ts';

writeAccessJson();
console.log(`wrote ${ACCESS_JSON}`);
