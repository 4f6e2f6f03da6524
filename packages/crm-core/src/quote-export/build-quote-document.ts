import { formatDecimalAmount } from '../money/minor-units.ts';
import { formatQuantity } from '../pricing/format-quantity.ts';

export interface QuoteDocumentInput {
	number: string;
	customerName: string;
	issueDate: string;
	validUntil: string;
	currency: string;
	/** discountAmount: everything the line's discounts take off (rules, offers, manual); when absent, discountBp is shown. */
	lines: { sku: string; name: string; quantityMilli: number; unitPrice: number; discountBp: number; discountAmount?: number | null; vatRateBp: number; netAmount: number }[];
	netTotal: number;
	vatTotal: number;
	grossTotal: number;
}

export interface QuoteDocument {
	number: string;
	customerName: string;
	issueDate: string;
	validUntil: string;
	currency: string;
	table: { header: string[]; rows: string[][] };
	/** Footer rows: net, VAT, total — each seven cells wide to sit under the table. */
	totals: string[][];
}

const percent = (bp: number) => `${formatDecimalAmount(bp, 'EUR').replace(/\.?0+$/, '')} %`;

/** The discount as an amount (what the customer saves on the line), or the manual percentage for lines priced before discounts existed. */
function discountCell(l: QuoteDocumentInput['lines'][number], money: (amount: number) => string): string {
	// ASCII minus: the PDF's standard fonts have no U+2212.
	if (l.discountAmount !== undefined && l.discountAmount !== null) return l.discountAmount > 0 ? `-${money(l.discountAmount)}` : '';
	return l.discountBp ? percent(l.discountBp) : '';
}

/** The printable content of a proposal: what the PDF shows, with amounts already formatted. */
export function buildQuoteDocument(q: QuoteDocumentInput): QuoteDocument {
	const money = (amount: number) => formatDecimalAmount(amount, q.currency);
	const footer = (label: string, amount: number) => ['', '', '', '', '', label, money(amount)];

	return {
		number: q.number,
		customerName: q.customerName,
		issueDate: q.issueDate,
		validUntil: q.validUntil,
		currency: q.currency,
		table: {
			header: ['SKU', 'Product', 'Quantity', 'Unit price', 'Discount', 'VAT', 'Net'],
			rows: q.lines.map((l) => [l.sku, l.name, formatQuantity(l.quantityMilli), money(l.unitPrice), discountCell(l, money), percent(l.vatRateBp), money(l.netAmount)]),
		},
		totals: [footer('Net', q.netTotal), footer('VAT', q.vatTotal), footer(`Total ${q.currency}`, q.grossTotal)],
	};
}
