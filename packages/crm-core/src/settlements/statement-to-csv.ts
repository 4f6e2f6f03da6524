import { escapeCsvField } from '../csv/to-csv.ts';
import { formatDecimalAmount } from '../money/minor-units.ts';
import type { Statement } from './build-statement.ts';

export const STATEMENT_CSV_HEADER = ['date', 'kind', 'document', 'description', 'debit', 'credit', 'balance', 'currency'] as const;

function toCsvRecord(fields: readonly string[]): string {
	return fields.map(escapeCsvField).join(',');
}

/**
 * The statement as CSV text: a header row, an opening balance row, one row per movement and a closing
 * row with the period's totals. Comma separated, dot decimals, CRLF line ends (RFC 4180), so spreadsheets
 * of any locale and accounting imports read it the same way. A zero debit or credit is left empty because
 * one of the two always is.
 */
export function statementToCsv(statement: Statement): string {
	const { currency } = statement;
	const money = (amount: number) => formatDecimalAmount(amount, currency);
	const optionalMoney = (amount: number) => (amount === 0 ? '' : money(amount));
	const records = [
		toCsvRecord(STATEMENT_CSV_HEADER),
		toCsvRecord([statement.from, 'opening_balance', '', 'Opening balance', '', '', money(statement.openingBalance), currency]),
		...statement.movements.map((m) => toCsvRecord([m.date, m.kind, m.documentKey, m.description, optionalMoney(m.debit), optionalMoney(m.credit), money(m.runningBalance), currency])),
		toCsvRecord([statement.to, 'closing_balance', '', 'Closing balance', money(statement.totalDebit), money(statement.totalCredit), money(statement.closingBalance), currency]),
	];
	return `${records.join('\r\n')}\r\n`;
}
