import type { QuoteDocument } from '@crm/core';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';

/** A proposal as an A4 PDF for the customer: parties, validity, priced lines, VAT summary and totals. */
export function renderQuotePdf(quote: QuoteDocument): ArrayBuffer {
	const doc = new jsPDF({ unit: 'pt', format: 'a4' });
	doc.setProperties({ title: `Proposal ${quote.number}`, creator: 'Directus CRM' });
	doc.setFontSize(18);
	doc.text(`Proposal ${quote.number}`, 40, 56);
	doc.setFontSize(10);
	doc.text([`For: ${quote.customerName}`, `Issued: ${quote.issueDate}    Valid until: ${quote.validUntil}`, `Prices in ${quote.currency}`], 40, 78);

	autoTable(doc, {
		startY: 120,
		head: [quote.table.header],
		body: quote.table.rows,
		styles: { fontSize: 9, cellPadding: 3 },
		headStyles: { fillColor: [60, 60, 60] },
		columnStyles: { 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' }, 5: { halign: 'right' }, 6: { halign: 'right' } },
		foot: quote.totals,
		footStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold', halign: 'right' },
	});
	return doc.output('arraybuffer');
}
