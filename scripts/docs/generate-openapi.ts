/**
 * Writes docs/openapi.json from the code that serves /crm/openapi.json; a unit test fails when the file
 * is older than the code. Run: npm run docs:openapi
 */
import { writeFileSync } from 'node:fs';
import { openApiJson } from '../../extensions/endpoints/crm-api/src/openapi/open-api-json.ts';

const target = new URL('../../docs/openapi.json', import.meta.url);
writeFileSync(target, openApiJson());
console.log(`Wrote ${target.pathname}`);
