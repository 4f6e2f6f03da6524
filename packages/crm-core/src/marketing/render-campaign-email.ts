import { fillMergeFields, type MergeValues } from './merge-fields.ts';

export interface CampaignEmailTemplate {
	subject: string;
	body: string;
}

/** The member's own links: every address in the text goes through `track`, the pixel and the unsubscribe page are theirs. */
export interface MemberLinks {
	track: (url: string) => string;
	openPixel: string;
	unsubscribe: string;
}

export interface CampaignEmail {
	subject: string;
	text: string;
	html: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

const escapeHtml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** A paragraph with its merge fields filled in (as in the text part), then escaped, its addresses made tracked links. */
function htmlParagraph(paragraph: string, track: (url: string) => string): string {
	const pieces: string[] = [];
	let from = 0;
	for (const match of paragraph.matchAll(URL_PATTERN)) {
		pieces.push(escapeHtml(paragraph.slice(from, match.index)));
		pieces.push(`<a href="${escapeHtml(track(match[0]))}">${escapeHtml(match[0])}</a>`);
		from = match.index + match[0].length;
	}
	pieces.push(escapeHtml(paragraph.slice(from)));
	return `<p>${pieces.join('').replaceAll('\n', '<br>')}</p>`;
}

/**
 * One member's e-mail (M3.3): merge fields filled in (escaped in the HTML, so a contact's name can never
 * inject markup), every web address a tracked link, the open pixel, and an unsubscribe link at the end of
 * both the text and the HTML part.
 */
export function renderCampaignEmail(template: CampaignEmailTemplate, values: MergeValues, links: MemberLinks): CampaignEmail {
	const subject = fillMergeFields(template.subject, values).replace(/\s+/g, ' ').trim();
	const body = template.body.replace(/\r\n?/g, '\n').trim();
	const filled = fillMergeFields(body, values);
	const text = `${filled.replace(URL_PATTERN, (url) => links.track(url))}\n\n--\nNo more e-mails like this: ${links.unsubscribe}\n`;
	const paragraphs = filled.split(/\n{2,}/).map((p) => htmlParagraph(p, links.track));
	const footer = `<p style="font-size:12px;color:#666">No more e-mails like this? <a href="${escapeHtml(links.unsubscribe)}">Unsubscribe</a>.</p>`;
	const html = `${paragraphs.join('\n')}\n${footer}\n<img src="${escapeHtml(links.openPixel)}" width="1" height="1" alt="">`;
	return { subject, text, html };
}
