export type { OrderFromQuote, QuoteFacts, QuoteLineFacts, QuoteStepPlan } from './quote-facts.ts';
export { acceptQuote, DEFAULT_QUOTE_VALIDITY_DAYS, rejectQuote, sendQuote } from './quote-steps.ts';
