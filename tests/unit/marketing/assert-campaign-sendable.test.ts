import { describe, expect, test } from 'vitest';
import { assertCampaignSendable, CrmError, type SendableCampaign } from '../../../packages/crm-core/src/index.ts';
import { expectCrmError, thrown } from './marketing-fixtures.ts';

const ready: SendableCampaign = {
	id: 'camp-1',
	status: 'running',
	channel: 'email',
	emailSubject: 'Spring for {{first_name}}',
	emailBody: 'Dear {{first_name}}, {{offer}} at https://shop.example',
	budgetSpent: false,
	pendingMembers: 12,
	hasPublicUrl: true,
};

describe('assertCampaignSendable', () => {
	test.each<SendableCampaign['status']>(['planned', 'running'])('lets a %s e-mail campaign with a template, members, a public URL and budget send', (status) => {
		expect(() => assertCampaignSendable({ ...ready, status })).not.toThrow();
	});

	test('lets a campaign with a single waiting member send', () => {
		expect(() => assertCampaignSendable({ ...ready, pendingMembers: 1 })).not.toThrow();
	});

	test.each<[string, Partial<SendableCampaign>, string]>([
		['a call campaign', { channel: 'call' }, 'not_email'],
		['a visit campaign', { channel: 'visit' }, 'not_email'],
		['an event campaign', { channel: 'event' }, 'not_email'],
		['an ads campaign', { channel: 'ads' }, 'not_email'],
		['a campaign without a channel', { channel: null }, 'not_email'],
		['a finished campaign', { status: 'finished' }, 'closed'],
		['a cancelled campaign', { status: 'cancelled' }, 'closed'],
		['a campaign without a subject', { emailSubject: null }, 'no_template'],
		['a campaign with a blank subject', { emailSubject: ' \n\t ' }, 'no_template'],
		['a campaign without a text', { emailBody: null }, 'no_template'],
		['a campaign with an empty text', { emailBody: '' }, 'no_template'],
		['a campaign without a public URL', { hasPublicUrl: false }, 'no_public_url'],
		['a campaign nobody is waiting for', { pendingMembers: 0 }, 'no_members'],
		['a campaign whose budget is spent', { budgetSpent: true }, 'budget_spent'],
	])('refuses %s with CRM_CAMPAIGN_NOT_SENDABLE, reason %s', (_, overrides, reason) => {
		const error = thrown(() => assertCampaignSendable({ ...ready, ...overrides }));
		expect(error).toBeInstanceOf(CrmError);
		expect(error).toMatchObject({ code: 'CRM_CAMPAIGN_NOT_SENDABLE', details: { campaign: 'camp-1', reason } });
	});

	test.each<[string, Partial<SendableCampaign>, string, string[]]>([
		['subject', { emailSubject: 'Hi {{name}}' }, 'email_subject', ['name']],
		['text', { emailBody: 'Dear {{firstname}} of {{company}}' }, 'email_body', ['firstname', 'company']],
	])('refuses a %s naming an unknown merge field with CRM_CAMPAIGN_TEMPLATE_INVALID', (_, overrides, field, unknown) => {
		expectCrmError(() => assertCampaignSendable({ ...ready, ...overrides }), 'CRM_CAMPAIGN_TEMPLATE_INVALID', { field, unknown });
	});

	test.each<[string, Partial<SendableCampaign>, string]>([
		['not e-mail before closed', { channel: 'call', status: 'cancelled', emailSubject: null }, 'not_email'],
		['closed before no template', { status: 'finished', emailBody: null, pendingMembers: 0 }, 'closed'],
		['no template before no public URL', { emailSubject: '', hasPublicUrl: false }, 'no_template'],
		['no public URL before no members', { hasPublicUrl: false, pendingMembers: 0, budgetSpent: true }, 'no_public_url'],
		['no members before budget spent', { pendingMembers: 0, budgetSpent: true }, 'no_members'],
	])('names the first thing to change: %s', (_, overrides, reason) => {
		expectCrmError(() => assertCampaignSendable({ ...ready, ...overrides }), 'CRM_CAMPAIGN_NOT_SENDABLE', { reason });
	});

	test('checks the template before the public URL, members and budget', () => {
		expectCrmError(() => assertCampaignSendable({ ...ready, emailBody: '{{nope}}', hasPublicUrl: false, pendingMembers: 0, budgetSpent: true }), 'CRM_CAMPAIGN_TEMPLATE_INVALID', { field: 'email_body' });
	});

	test('tells which status closed the campaign', () => {
		expect(thrown(() => assertCampaignSendable({ ...ready, status: 'cancelled' }))).toMatchObject({ message: 'The campaign is cancelled: nothing more is sent.' });
	});
});
