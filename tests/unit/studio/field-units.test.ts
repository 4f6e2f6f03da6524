import { describe, expect, test } from 'vitest';
import { currentModel } from '../../../scripts/schema/module-files.ts';

interface SubField {
	field: string;
	type?: string;
	meta?: { interface?: string | null; display?: string | null };
}

const fields = currentModel().collections.flatMap((c) => c.fields.map((f) => ({ where: `${c.collection}.${f.field}`, name: f.field, type: f.type, meta: f.meta as Record<string, unknown> })));
// Repeater rows (discount tiers) hold stored values too.
const subFields = fields.flatMap((f) => (((f.meta['options'] as { fields?: unknown[] } | null)?.fields ?? []).filter((s): s is SubField => typeof s === 'object' && s !== null)).map((s) => ({ where: `${f.where}[].${s.field}`, name: s.field, interface: s.meta?.interface ?? null })));

/** What a field stores, by its name and type: the unit people must never see raw. */
function storedUnit(name: string, type: string): 'quantity' | 'percent' | 'money' | null {
	if (name.endsWith('_milli')) return 'quantity';
	if (name.endsWith('_bp')) return 'percent';
	return type === 'bigInteger' ? 'money' : null;
}

const HUMAN = { quantity: ['crm-quantity', 'crm-quantity-display'], percent: ['crm-percent', 'crm-percent-display'], money: ['crm-money', 'crm-money-display'] } as const;

describe('the Studio shows stored units in human terms', () => {
	test('every quantity, percentage and amount field has the interface and display of its unit', () => {
		const scaled = fields.filter((f) => storedUnit(f.name, f.type) !== null);
		const wrong = scaled.filter((f) => {
			const [iface, display] = HUMAN[storedUnit(f.name, f.type)!];
			return f.meta['interface'] !== iface || f.meta['display'] !== display;
		});
		expect(scaled.length).toBeGreaterThan(80);
		expect(wrong.map((f) => `${f.where}: ${String(f.meta['interface'])} / ${String(f.meta['display'])}`)).toEqual([]);
	});

	test('repeater rows take quantities and values in human terms too', () => {
		expect(subFields.length).toBeGreaterThan(0);
		expect(subFields.filter((s) => s.name.endsWith('_milli') && s.interface !== 'crm-quantity').map((s) => s.where)).toEqual([]);
		expect(subFields.filter((s) => s.name === 'value' && !['crm-money', 'crm-percent'].includes(String(s.interface))).map((s) => s.where)).toEqual([]);
	});

	test('quantity and percent fields carry a label without the storage suffix', () => {
		const unlabelled = fields.filter((f) => /_(milli|bp)$/.test(f.name)).filter((f) => {
			const label = (f.meta['translations'] as { translation: string }[] | null)?.[0]?.translation ?? '';
			return label === '' || /milli|\bbp\b|basis points|thousandths/i.test(label);
		});
		expect(unlabelled.map((f) => f.where)).toEqual([]);
	});

	test('no note, label or validation message speaks of minor units, basis points or thousandths', () => {
		const raw = /minor units|basis points|thousandths|\bcents\b|\(e\.g\. 12345/i;
		const texts = fields.flatMap((f) => [f.meta['note'], f.meta['validation_message'], ...((f.meta['translations'] as { translation: string }[] | null) ?? []).map((t) => t.translation)].filter((t): t is string => typeof t === 'string').map((t) => ({ where: f.where, t })));
		expect(texts.filter(({ t }) => raw.test(t)).map(({ where, t }) => `${where}: ${t}`)).toEqual([]);
	});
});
