export { clearCollectionRules, CRM_PREFIX, loadCollectionRules } from './load-collection-rules.ts';
export { rethrowAsDirectusError } from './rethrow-as-directus-error.ts';
export { toDirectusError } from './to-directus-error.ts';
