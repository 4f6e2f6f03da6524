/** The columns of the P&L table: amounts as people read them (the table names their currency once), the margin in %. */
import { formatPercent, groupThousands, toDecimalText } from '@crm/studio';
import type { PnlRow } from './profitability-view.ts';

export interface PnlColumn {
	key: string;
	label: string;
	/** The cell's text. */
	text(row: PnlRow, currency: string): string;
	/** Tone of the cell: profits in green, losses in red. */
	tone?(row: PnlRow): 'gain' | 'loss' | null;
}

const money = (read: (r: PnlRow) => number) => (r: PnlRow, currency: string) => groupThousands(toDecimalText(read(r), currency));
function sign(n: number): 'gain' | 'loss' | null {
	if (n > 0) return 'gain';
	return n < 0 ? 'loss' : null;
}

export const PNL_COLUMNS: readonly PnlColumn[] = [
	{ key: 'revenue', label: 'Revenue', text: money((r) => r.revenue) },
	{ key: 'gross_margin', label: 'Gross margin', text: money((r) => r.grossMargin) },
	{ key: 'cost_to_serve', label: 'Cost to serve', text: money((r) => r.costToServe) },
	{ key: 'marketing', label: 'Marketing', text: money((r) => r.marketing) },
	{ key: 'payment_delay', label: 'Payment delay', text: money((r) => r.paymentDelay) },
	{ key: 'profit', label: 'Profit', text: money((r) => r.profit), tone: (r) => sign(r.profit) },
	{ key: 'margin', label: 'Margin', text: (r) => (r.marginBp === null ? '—' : formatPercent(r.marginBp)), tone: (r) => (r.marginBp === null ? null : sign(r.marginBp)) },
];
