import { formatDecimalAmount, type Statement } from '@crm/core';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';

/** The PDF's built-in font has no arrow (exchange differences say 'rate 0.9000 → 1.0000'); jsPDF would garble the whole line. */
const pdfText = (text: string) => text.replaceAll('→', '->');

/** Title, customer, period and opening balance. */
function writeHeading(doc: jsPDF, statement: Statement, opening: string): void {
	doc.setProperties({ title: `Statement of account — ${statement.customer.name}`, creator: 'Directus CRM' });
	doc.setFontSize(16);
	doc.text('Statement of account', 40, 50);
	doc.setFontSize(10);
	doc.text(statement.customer.name, 40, 68);
	doc.text(`Period ${statement.from} to ${statement.to}, amounts in ${statement.currency}`, 40, 82);
	doc.text(`Opening balance on ${statement.from}: ${opening} ${statement.currency}`, 40, 100);
}

/** A statement of account as an A4 PDF: customer, period, opening balance, the movements, closing balance. */
export function renderStatementPdf(statement: Statement): ArrayBuffer {
	const { currency } = statement;
	const money = (amount: number) => `${formatDecimalAmount(amount, currency)}`;
	const optional = (amount: number) => (amount === 0 ? '' : money(amount));
	const doc = new jsPDF({ unit: 'pt', format: 'a4' });
	writeHeading(doc, statement, money(statement.openingBalance));
	autoTable(doc, {
		startY: 112,
		head: [['Date', 'Kind', 'Description', 'Debit', 'Credit', 'Balance']],
		body: statement.movements.map((m) => [m.date, m.kind.replaceAll('_', ' '), pdfText(m.description), optional(m.debit), optional(m.credit), money(m.runningBalance)]),
		foot: [['', '', 'Totals of the period', money(statement.totalDebit), money(statement.totalCredit), money(statement.closingBalance)]],
		styles: { fontSize: 8, cellPadding: 3 },
		headStyles: { fillColor: [60, 60, 60] },
		footStyles: { fillColor: [230, 230, 230], textColor: [0, 0, 0] },
		columnStyles: { 3: { halign: 'right' }, 4: { halign: 'right' }, 5: { halign: 'right' } },
		didDrawPage: () => {
			doc.setFontSize(8);
			doc.text(`Page ${doc.getNumberOfPages()}`, doc.internal.pageSize.getWidth() - 80, doc.internal.pageSize.getHeight() - 20);
		},
	});
	const finalY = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? 130;
	doc.setFontSize(10);
	doc.text(`Closing balance on ${statement.to}: ${money(statement.closingBalance)} ${currency}`, 40, finalY + 20);
	return doc.output('arraybuffer');
}
