import { describe, expect, test } from 'vitest';
import { type MemberLinks, type MergeValues, renderCampaignEmail } from '../../../packages/crm-core/src/index.ts';

const values: MergeValues = { first_name: 'Ann', last_name: "O'Neil", customer: 'Berg & Co', offer: '10% "off"' };

const links: MemberLinks = {
	track: (url) => `https://crm.example/click?to=${url}`,
	openPixel: 'https://crm.example/open?m=1&t=2',
	unsubscribe: 'https://crm.example/unsubscribe?m=1&t=3',
};

const FOOTER = '<p style="font-size:12px;color:#666">No more e-mails like this? <a href="https://crm.example/unsubscribe?m=1&amp;t=3">Unsubscribe</a>.</p>';
const PIXEL = '<img src="https://crm.example/open?m=1&amp;t=2" width="1" height="1" alt="">';

/** The URLs `track` was asked for, in order. */
function trackedUrls(body: string): string[] {
	const urls: string[] = [];
	renderCampaignEmail({ subject: 's', body }, values, { ...links, track: (url) => (urls.push(url), url) });
	return urls;
}

describe('renderCampaignEmail', () => {
	test('renders the subject, the text part and the HTML part of one member\'s e-mail', () => {
		const body = '\r\nDear {{first_name}},\r\n\r\nOur {{offer}}: https://shop.example/spring?a=1&b=2.\r\nSee you!\r\n\r\n\r\n{{customer}}\r\n';
		expect(renderCampaignEmail({ subject: '  Spring for {{first_name}}\n  {{last_name}} ', body }, values, links)).toEqual({
			subject: "Spring for Ann O'Neil",
			text: 'Dear Ann,\n\nOur 10% "off": https://crm.example/click?to=https://shop.example/spring?a=1&b=2.\nSee you!\n\n\nBerg & Co\n\n--\nNo more e-mails like this: https://crm.example/unsubscribe?m=1&t=3\n',
			html: [
				'<p>Dear Ann,</p>',
				'<p>Our 10% &quot;off&quot;: <a href="https://crm.example/click?to=https://shop.example/spring?a=1&amp;b=2">https://shop.example/spring?a=1&amp;b=2</a>.<br>See you!</p>',
				'<p>Berg &amp; Co</p>',
				FOOTER,
				PIXEL,
			].join('\n'),
		});
	});

	test.each<[string, string]>([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
		["Ann' onmouseover='x", 'Ann&#39; onmouseover=&#39;x'],
		['Tom & Jerry', 'Tom &amp; Jerry'],
	])('escapes the name %j in the HTML part so it cannot inject markup', (name, escaped) => {
		const email = renderCampaignEmail({ subject: 'Hi {{first_name}}', body: 'Dear {{first_name}}, see https://shop.example/x' }, { ...values, first_name: name }, links);
		expect(email.html.split('\n')[0]).toBe(`<p>Dear ${escaped}, see <a href="https://crm.example/click?to=https://shop.example/x">https://shop.example/x</a></p>`);
		expect(email.html).not.toContain(name);
		expect(email.text.startsWith(`Dear ${name}, see`)).toBe(true);
		expect(email.subject).toBe(`Hi ${name}`);
	});

	test('escapes markup the template itself holds in the HTML part', () => {
		expect(renderCampaignEmail({ subject: 's', body: '<b>Bold</b> & more' }, values, links).html.split('\n')[0]).toBe('<p>&lt;b&gt;Bold&lt;/b&gt; &amp; more</p>');
	});

	test('collapses line breaks a merge value brings into the subject, so no header can be injected', () => {
		const email = renderCampaignEmail({ subject: 'Hi\t{{first_name}}', body: 'b' }, { ...values, first_name: 'Ann\r\nBcc: x@evil.example' }, links);
		expect(email.subject).toBe('Hi Ann Bcc: x@evil.example');
	});

	test.each<[string, string[]]>([
		['See https://shop.example/spring.', ['https://shop.example/spring']],
		['See https://shop.example/a, https://shop.example/b; or http://shop.example/c!', ['https://shop.example/a', 'https://shop.example/b', 'http://shop.example/c']],
		['(https://shop.example/page) and https://shop.example/q?', ['https://shop.example/page', 'https://shop.example/q']],
		['Ask: https://shop.example/path/?x=1#top: now', ['https://shop.example/path/?x=1#top']],
		['Quoted "https://shop.example/q" and <https://shop.example/a>', ['https://shop.example/q', 'https://shop.example/a']],
		['No address here, not even ftp://shop.example or shop.example', []],
	])('tracks the addresses in %j without the punctuation around them', (body, urls) => {
		// Once for the text part, once for the HTML part.
		expect(trackedUrls(body)).toEqual([...urls, ...urls]);
	});

	test('puts the tracked address in the text part and a tracked link showing the address in the HTML part', () => {
		const email = renderCampaignEmail({ subject: 's', body: 'Go to https://shop.example/x.' }, values, { ...links, track: () => 'https://crm.example/t/abc' });
		expect(email.text.split('\n')[0]).toBe('Go to https://crm.example/t/abc.');
		expect(email.html.split('\n')[0]).toBe('<p>Go to <a href="https://crm.example/t/abc">https://shop.example/x</a>.</p>');
	});

	test('ends the text part with the unsubscribe link and the HTML part with the unsubscribe link and the open pixel', () => {
		const email = renderCampaignEmail({ subject: 's', body: 'Hello' }, values, links);
		expect(email.text).toBe('Hello\n\n--\nNo more e-mails like this: https://crm.example/unsubscribe?m=1&t=3\n');
		expect(email.html).toBe(`<p>Hello</p>\n${FOOTER}\n${PIXEL}`);
	});

	test('does not track the unsubscribe link or the open pixel', () => {
		expect(trackedUrls('Hello')).toEqual([]);
	});

	test('fills a merge field inside an address in the HTML part as in the text part', () => {
		const urls: string[] = [];
		const email = renderCampaignEmail({ subject: 's', body: 'Yours: https://shop.example/?c={{customer}}' }, { ...values, customer: 'Berg' }, { ...links, track: (url) => (urls.push(url), url) });
		expect(urls).toEqual(['https://shop.example/?c=Berg', 'https://shop.example/?c=Berg']);
		expect(email.html).not.toContain('{{customer}}');
	});

	test('keeps a field that is not a merge field as written', () => {
		const email = renderCampaignEmail({ subject: '{{nope}}', body: '{{nope}}' }, values, links);
		expect([email.subject, email.text.split('\n')[0], email.html.split('\n')[0]]).toEqual(['{{nope}}', '{{nope}}', '<p>{{nope}}</p>']);
	});
});
