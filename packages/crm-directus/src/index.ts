export { clearCollectionRules, CRM_PREFIX, loadCollectionRules } from './load-collection-rules.ts';
export { rethrowAsDirectusError } from './rethrow-as-directus-error.ts';
export { toDirectusError } from './to-directus-error.ts';
export { nextDocumentNumber } from './next-document-number.ts';
export { isTrustedWrite, runTrusted } from './trusted-write.ts';
export { findRateToBase } from './find-rate-to-base.ts';
export { type CustomerPricingContext, loadCustomerPricingContext, loadPriceListsForProducts, toDay } from './load-pricing-context.ts';
export { type IdempotentResult, withIdempotency } from './with-idempotency.ts';
export { dayForDriver, forUpdate, insertLedgerEntries, LEDGER_FIELDS, toLedgerEntry } from './ledger-rows.ts';
