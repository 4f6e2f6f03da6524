import type { Row, SystemEventSource } from './system-event-source.ts';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function idOf(v: unknown): string | null {
	if (typeof v === 'string') return v;
	return typeof v === 'object' && v !== null && typeof (v as Row)['id'] === 'string' ? ((v as Row)['id'] as string) : null;
}

const STATUS_LABELS: Record<string, string> = { prospect: 'Prospect', active: 'Active', key: 'Key account', blocked: 'Blocked', lost: 'Lost' };
const status = (v: unknown) => STATUS_LABELS[text(v)] ?? text(v);

export const customerEvents: SystemEventSource = {
	collection: 'crm_customers',
	watchedFields: ['status', 'owner'],
	customerOf: (row) => idOf(row['id']),
	describeCreate: (row) => `Customer "${text(row['name'])}" created (${status(row['status'])})`,
	describeChange: (before, after) => {
		const parts: string[] = [];
		if (text(before['status']) !== text(after['status'])) parts.push(`status ${status(before['status'])} → ${status(after['status'])}`);
		if (text(before['owner']) !== text(after['owner'])) parts.push('owner reassigned');
		return parts.length ? `Customer ${parts.join(', ')}` : null;
	},
};

export const contactEvents: SystemEventSource = {
	collection: 'crm_contacts',
	watchedFields: ['active', 'marketing_consent'],
	customerOf: (row) => idOf(row['customer']),
	contactOf: (row) => idOf(row['id']),
	describeCreate: (row) => `Contact ${[text(row['first_name']), text(row['last_name'])].filter(Boolean).join(' ')} added${row['position'] ? ` (${text(row['position'])})` : ''}`,
	describeChange: (before, after) => {
		const name = [text(after['first_name']), text(after['last_name'])].filter(Boolean).join(' ');
		if (Boolean(before['marketing_consent']) !== Boolean(after['marketing_consent'])) return `Contact ${name} ${after['marketing_consent'] ? 'gave' : 'withdrew'} marketing consent`;
		if (Boolean(before['active']) !== Boolean(after['active'])) return `Contact ${name} ${after['active'] ? 'reactivated' : 'deactivated'}`;
		return null;
	},
};

/** The sources this module ships; later modules append theirs to the hook's registry. */
export const CORE_SYSTEM_EVENT_SOURCES: readonly SystemEventSource[] = [customerEvents, contactEvents];
