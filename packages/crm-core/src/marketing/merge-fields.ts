import { CrmError } from '../errors/crm-error.ts';

/** The merge fields an e-mail may name, with what each is filled with. */
export const MERGE_FIELDS = ['first_name', 'last_name', 'customer', 'offer'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Readonly<Record<MergeField, string>>;

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The merge fields a text names that do not exist, so that a template is refused when saved, not when sent. */
export function unknownMergeFields(text: string): string[] {
	const unknown = new Set<string>();
	for (const [, name] of text.matchAll(FIELD)) if (!(MERGE_FIELDS as readonly string[]).includes(name!)) unknown.add(name!);
	return [...unknown];
}

export function assertValidTemplate(field: string, text: string | null): void {
	if (!text) return;
	const unknown = unknownMergeFields(text);
	if (unknown.length > 0) {
		throw new CrmError('CRM_CAMPAIGN_TEMPLATE_INVALID', `The ${field.replace('email_', '')} names ${unknown.map((u) => `{{${u}}}`).join(', ')}, which is not a merge field; use ${MERGE_FIELDS.map((m) => `{{${m}}}`).join(', ')}.`, { field, unknown });
	}
}

/** Fills the merge fields in; `escape` makes a value safe where it lands (HTML for the body, nothing for the subject). */
export function fillMergeFields(text: string, values: MergeValues, escape: (value: string) => string = (v) => v): string {
	return text.replace(FIELD, (whole, name: string) => ((MERGE_FIELDS as readonly string[]).includes(name) ? escape(values[name as MergeField]) : whole));
}
