import type { PriceListTable } from '@crm/core';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';

/** A price list as an A4 PDF a rep can send: title, validity line, the table with repeated header rows. */
export function renderPriceListPdf({ title, subtitle, table }: { title: string; subtitle: string; table: PriceListTable }): ArrayBuffer {
	const doc = new jsPDF({ unit: 'pt', format: 'a4' });
	doc.setProperties({ title, creator: 'Directus CRM' });
	doc.setFontSize(16);
	doc.text(title, 40, 50);
	doc.setFontSize(10);
	doc.text(subtitle, 40, 68);
	autoTable(doc, {
		startY: 84,
		head: [table.header],
		body: table.rows,
		styles: { fontSize: 8, cellPadding: 3 },
		headStyles: { fillColor: [60, 60, 60] },
		columnStyles: { 3: { halign: 'right' }, 4: { halign: 'right' } },
		didDrawPage: () => {
			doc.setFontSize(8);
			doc.text(`Page ${doc.getNumberOfPages()}`, doc.internal.pageSize.getWidth() - 80, doc.internal.pageSize.getHeight() - 20);
		},
	});
	return doc.output('arraybuffer');
}
