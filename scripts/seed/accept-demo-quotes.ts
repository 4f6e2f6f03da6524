// An accepted proposal becomes its order as POST /crm/quotes/:id/accept makes it: acceptQuote over the
// proposal and its lines (read through the adapter's toQuoteFacts and toQuoteLineFacts), stored through
// toOrderFromQuoteRow. The order keeps the proposal's prices and discounts, and a line whose discount a
// manager approved in full stays approved (frozenLineApproval), as the priced-documents hook leaves it.
import { acceptQuote, frozenLineApproval, type QuoteStatus } from '../../packages/crm-core/src/index.ts';
import { toOrderFromQuoteRow, toQuoteFacts, toQuoteLineFacts } from '../../packages/crm-directus/src/quotes/quote-rows.ts';
import type { OrderLineRow, PricedLine, QuoteLineRow } from './orders-to-cash-rows.ts';
import type { DocumentPlans } from './plan-demo-documents.ts';
import { storedManualDiscount } from './price-demo-documents.ts';

function stripOrderLine(l: OrderLineRow): PricedLine {
	const { order: _order, reserved_milli: _r, shipped_milli: _s, invoiced_milli: _i, net_amount_base: _n, cost_base: _c, ...line } = l;
	return line;
}

/** The proposal's lines are the priced lines; its order's lines and header are what accepting it gives. */
export function acceptDemoQuotes(docs: DocumentPlans): void {
	for (const { quote, plan, lineIds } of docs.acceptedQuotes) {
		const quoteLines: QuoteLineRow[] = plan.lines.map((l, i) => ({ quote: quote.id, ...stripOrderLine(l), id: lineIds[i]! }));
		docs.quoteLines.push(...quoteLines);
		// Accepted on the order's date, while it was still sent.
		const step = acceptQuote(toQuoteFacts({ ...quote, status: 'sent' as QuoteStatus }), quoteLines.map(toQuoteLineFacts), plan.row.order_date);
		const { lines, ...header } = toOrderFromQuoteRow(step.order!);
		Object.assign(plan.row, header);
		(lines as Partial<OrderLineRow>[]).forEach((made, i) => {
			const line = plan.lines[i]!;
			Object.assign(line, made);
			line.approval_status = frozenLineApproval(storedManualDiscount(line), line.approval_status) ?? line.approval_status;
		});
	}
}
