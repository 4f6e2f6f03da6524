import { createItem, createItems, readItem, readItems } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFreePort } from '../../scripts/lib/free-port.ts';
import { type RunningDirectus, startDirectus } from '../../scripts/lib/directus-process.ts';
import { isPgReachable, pgTargetFromEnv } from '../../scripts/lib/pg-database.ts';
import { type PreparedTestDatabase, prepareTestDatabase, seedTestAccess, testInstanceOf } from '../support/boot-instance.ts';
import { type Client, failureOf, http, loginAs, loginAsAdmin } from '../support/clients.ts';
import { linksIn, type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import type { TestInstance } from '../support/test-instance.ts';

type Row = Record<string, any>;
const uid = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const MEMBERS = 50;
/** The message at which the server sending is killed: it has arrived, the sender never hears the 250. */
const KILL_AT = 20;

const pg = pgTargetFromEnv();
const databases: TestInstance['name'][] = ['sqlite', ...((await isPgReachable(pg)) ? (['postgres'] as const) : [])];

/** A server on the prepared database that sends through the sink and knows its public address. */
async function serve(prepared: PreparedTestDatabase, sink: SmtpSink): Promise<RunningDirectus> {
	const port = await findFreePort();
	return startDirectus({ ...prepared.env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, EMAIL_TRANSPORT: 'smtp', EMAIL_SMTP_HOST: '127.0.0.1', EMAIL_SMTP_PORT: String(sink.port), EMAIL_SMTP_SECURE: 'false', EMAIL_SMTP_IGNORE_TLS: 'true', EMAIL_FROM: 'crm@example.com', EMAIL_VERIFY_SETUP: 'false' });
}

const poll = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> => {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (done(value) || Date.now() > deadline) return value;
		await new Promise((r) => setTimeout(r, 250));
	}
};

describe.concurrent.each(databases)('e-mail campaigns on %s', (name) => {
	describe.sequential('a marketer sends to a segment', () => {
		let prepared: PreparedTestDatabase;
		let sink: SmtpSink;
		let directus: RunningDirectus;
		let instance: TestInstance;
		let admin: Client;
		let marketing: string;
		let segment: Row;
		let campaign: Row;
		let customers: Row[];
		let withoutConsent: Row;

		const funnel = async (token = marketing, id = campaign['id']) => (await http(instance, token, 'GET', `/crm/campaigns/${id}/funnel`)).json.data;
		const members = async () => (await admin.request(readItems('crm_campaign_members', { filter: { campaign: { _eq: campaign['id'] } }, fields: ['id', 'contact', 'email', 'send_state'], limit: -1 }))) as Row[];

		beforeAll(async () => {
			sink = await startSmtpSink();
			prepared = await prepareTestDatabase(name, name === 'postgres' ? pg : null);
			directus = await serve(prepared, sink);
			await seedTestAccess(directus.url, prepared);
			instance = testInstanceOf(prepared, directus.url);
			admin = await loginAsAdmin(instance);
			marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
			segment = (await admin.request(createItem('crm_market_segments', { code: `MAIL-${uid()}`, name: 'Mailing list', applies_to: 'customers' }))) as Row;
			const created = (await admin.request(createItems('crm_customers', Array.from({ length: MEMBERS + 1 }, (_, i) => ({ name: `Mail customer ${i} ${uid()}`, currency: 'EUR', status: 'active' }))))) as Row[];
			// A batch create does not answer in the order it was sent: customer i is the one named so.
			customers = Array.from({ length: MEMBERS + 1 }, (_, i) => created.find((c) => String(c['name']).startsWith(`Mail customer ${i} `))!);
			const contacts = customers.map((c, i) => ({ customer: c['id'], first_name: `Reader${i}`, last_name: 'Test', email: `reader${i}@example.test`, marketing_consent: i < MEMBERS }));
			await admin.request(createItems('crm_contacts', contacts));
			withoutConsent = contacts[MEMBERS]!;
			await admin.request(createItems('crm_customers_market_segments', customers.map((c) => ({ crm_customers_id: c['id'], crm_market_segments_id: segment['id'] }))));
		}, 240_000);

		afterAll(async () => {
			await directus?.stop();
			await sink?.close();
			await prepared?.remove();
		});

		test('an e-mail names only merge fields that exist', async () => {
			const res = await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `BAD-${uid()}`, name: 'Typo', channel: 'email', email_subject: 'Hi {{firstname}}' });
			expect([res.status, res.json.errors?.[0]?.extensions?.code]).toEqual([400, 'CRM_CAMPAIGN_TEMPLATE_INVALID']);
			expect(res.json.errors[0].message).toContain('{{first_name}}');
		});

		test('each member gets the e-mail exactly once, even when the server sending is killed and another resumes', async () => {
			const created = await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `MAIL-${uid()}`, name: 'Autumn mailing', channel: 'email', email_subject: 'Hello {{first_name}}', email_body: 'Dear {{first_name}} {{last_name}} of {{customer}},\n\nour autumn range: https://example.com/autumn\n\nYour sales team', send_rate_per_minute: 3000, segments: { create: [{ crm_market_segments_id: segment['id'] }] } });
			expect(created.status, JSON.stringify(created.json)).toBe(200);
			campaign = created.json.data;
			const killed = new Promise<void>((resolve) => {
				sink.onMessage = async (_mail, count) => {
					if (count !== KILL_AT) return;
					directus.process.kill('SIGKILL');
					await new Promise((r) => directus.process.once('exit', r));
					resolve();
				};
			});
			const started = await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/send`);
			expect(started.status, JSON.stringify(started.json)).toBe(202);
			expect(started.json.data).toMatchObject({ members_added: MEMBERS, waiting: MEMBERS, send_status: 'sending' });
			await killed;
			sink.onMessage = null;

			directus = await serve(prepared, sink);
			instance = { ...instance, url: directus.url };
			admin = await loginAsAdmin(instance);
			marketing = (await (await loginAs(instance, 'marketing@example.com')).getToken())!;
			const resumed = await http(instance, marketing, 'POST', `/crm/campaigns/${campaign['id']}/resume`);
			expect(resumed.status, JSON.stringify(resumed.json)).toBe(202);
			const done = await poll(() => funnel(), (f) => f.send_status === 'sent');
			// The member whose e-mail was going out when the server died stays claimed: it arrived, and is never sent again.
			expect(done.by_send_state).toEqual({ pending: 0, sending: 1, sent: MEMBERS - 1, failed: 0, skipped: 0 });
			const recipients = sink.received.flatMap((m) => m.to).sort();
			expect(recipients).toEqual(Array.from({ length: MEMBERS }, (_, i) => `reader${i}@example.test`).sort());
			expect(recipients).not.toContain(`reader${MEMBERS}@example.test`);
			const mail = sink.received.find((m) => m.to[0] === 'reader3@example.test')!;
			expect(mail.body).toContain('Dear Reader3 Test of Mail customer 3');
			expect(mail.body).toMatch(/List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:\d+\/crm\/track\/unsubscribe\//);
		}, 180_000);

		test('opens and clicks count once per link; a forged or reused token is refused', async () => {
			const mail = sink.received.find((m) => m.to[0] === 'reader5@example.test')!;
			const links = linksIn(mail);
			const local = (url: string) => url.replace(/^http:\/\/127\.0\.0\.1:\d+/, directus.url);
			const open = await fetch(local(links.open));
			expect([open.status, open.headers.get('content-type')]).toEqual([200, 'image/gif']);
			const again = await fetch(local(links.open));
			expect([again.status, ((await again.json()) as Row)['errors'][0].extensions.code]).toEqual([409, 'CRM_TRACKING_TOKEN_USED']);
			const forged = await fetch(local(links.open).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
			expect([forged.status, ((await forged.json()) as Row)['errors'][0].extensions.code]).toEqual([403, 'CRM_TRACKING_TOKEN_INVALID']);
			// Another member's token under this one's signature.
			const other = linksIn(sink.received.find((m) => m.to[0] === 'reader6@example.test')!).open;
			const swapped = await fetch(`${local(other).split('.').slice(0, -1).join('.')}.${links.open.split('.').at(-1)}`);
			expect(swapped.status).toBe(403);

			for (let i = 0; i < 2; i++) {
				const click = await fetch(local(links.clicks[0]!), { redirect: 'manual' });
				expect([click.status, click.headers.get('location')]).toEqual([302, 'https://example.com/autumn']);
			}
			expect((await funnel()).by_touch).toMatchObject({ sent: MEMBERS - 1, opened: 1, clicked: 1 });
			const touches = (await admin.request(readItems('crm_campaign_touches', { filter: { campaign: { _eq: campaign['id'] }, kind: { _eq: 'clicked' } }, fields: ['link'] }))) as Row[];
			expect(touches).toEqual([{ link: 'https://example.com/autumn' }]);
		});

		test('unsubscribing withdraws consent, is on the timeline, and later campaigns leave the contact out', async () => {
			// A member whose send was confirmed (the one in flight when the server died has no "sent" touch).
			const member = (await members()).find((m) => m['send_state'] === 'sent' && m['email'] !== 'reader5@example.test')!;
			const reader = String(member['email']);
			const mail = sink.received.find((m) => m.to[0] === reader)!;
			const url = linksIn(mail).unsubscribe.replace(/^http:\/\/127\.0\.0\.1:\d+/, directus.url);
			const page = await fetch(url);
			expect([page.status, await page.text()]).toEqual([200, expect.stringContaining('<form method="post">')]);
			const posted = await fetch(url, { method: 'POST' });
			expect([posted.status, await posted.text()]).toEqual([200, expect.stringContaining('no more marketing e-mails')]);
			expect((await fetch(url, { method: 'POST' })).status).toBe(200);
			const contact = (await admin.request(readItem('crm_contacts', member['contact'], { fields: ['marketing_consent', 'marketing_consent_at', 'customer'] }))) as Row;
			expect(contact['marketing_consent']).toBe(false);
			expect(contact['marketing_consent_at']).not.toBeNull();
			const timeline = (await http(instance, marketing, 'GET', `/crm/customers/${contact['customer']}/timeline?limit=20`)).json.data as Row[];
			const subjects = timeline.map((e) => e['subject']);
			expect(subjects).toEqual(expect.arrayContaining([`Campaign ${campaign['code']}: e-mail sent`, `Campaign ${campaign['code']}: unsubscribed from marketing`]));
			expect((await funnel()).by_touch.unsubscribed).toBe(1);

			const next = (await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `NEXT-${uid()}`, name: 'Winter mailing', channel: 'email', email_subject: 'Winter', email_body: 'Hello {{first_name}}', send_rate_per_minute: 6000, segments: { create: [{ crm_market_segments_id: segment['id'] }] } })).json.data as Row;
			const before = sink.received.length;
			const added = await http(instance, marketing, 'POST', `/crm/campaigns/${next['id']}/members`);
			expect(added.json.data).toMatchObject({ added: MEMBERS - 1, left_out: { no_consent: 2 } });
			expect((await http(instance, marketing, 'POST', `/crm/campaigns/${next['id']}/send`)).status).toBe(202);
			await poll(() => funnel(marketing, next['id']), (f) => f.send_status === 'sent');
			const sent = sink.received.slice(before).flatMap((m) => m.to);
			expect(sent).toHaveLength(MEMBERS - 1);
			expect(sent).not.toContain(reader);
			expect(sent).not.toContain(withoutConsent['email']);
		}, 120_000);

		test('a rep sees only their own customers\' members and cannot send; members and touches are the CRM\'s', async () => {
			const rita = ((await admin.request(readItems('crm_sales_reps', { filter: { email: { _eq: 'rita.rep@example.com' } } }))) as Row[])[0]!;
			for (const c of customers.slice(0, 3)) await http(instance, (await admin.getToken())!, 'PATCH', `/items/crm_customers/${c['id']}`, { owner: rita['id'] });
			const rep = (await (await loginAs(instance, 'rita.rep@example.com')).getToken())!;
			expect((await funnel(rep)).members).toBe(3);
			expect((await funnel()).members).toBe(MEMBERS);
			const refused = await http(instance, rep, 'POST', `/crm/campaigns/${campaign['id']}/resume`);
			expect(refused.status).toBe(403);
			const touch = await failureOf(admin.request(createItem('crm_campaign_touches', { campaign: campaign['id'], member: (await members())[0]!['id'], customer: customers[0]!['id'], kind: 'opened', occurred_at: new Date().toISOString() })));
			expect(touch.status).toBeGreaterThanOrEqual(400);
			const visit = (await http(instance, marketing, 'POST', '/items/crm_campaigns', { code: `VISIT-${uid()}`, name: 'Site visits', channel: 'visit' })).json.data as Row;
			const notEmail = await http(instance, marketing, 'POST', `/crm/campaigns/${visit['id']}/send`);
			expect([notEmail.status, notEmail.json.errors[0].extensions]).toEqual([409, expect.objectContaining({ code: 'CRM_CAMPAIGN_NOT_SENDABLE', reason: 'not_email' })]);
		});
	});
});
