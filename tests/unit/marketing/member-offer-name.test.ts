import { describe, expect, test } from 'vitest';
import { fillMergeFields, memberOfferName, type StoredBestOffer } from '../../../packages/crm-core/src/index.ts';

describe('memberOfferName', () => {
	test.each<[string, StoredBestOffer | null, string, string]>([
		['the member\'s best offer', { name: 'Tools 5 %', active: true }, 'Spring sale', 'Tools 5 %'],
		['none stored: the campaign\'s offer', null, 'Spring sale', 'Spring sale'],
		['stored but switched off since: the campaign\'s offer', { name: 'Tools 5 %', active: false }, 'Spring sale', 'Spring sale'],
		['neither: nothing', null, '', ''],
	])('%s', (_, best, campaignOffer, expected) => {
		expect(memberOfferName(best, campaignOffer)).toBe(expected);
	});

	test('{{offer}} in an e-mail names the member\'s best offer', () => {
		const values = { first_name: 'Ann', last_name: 'Berg', customer: 'Berg & Co', offer: memberOfferName({ name: 'Tools 5 %', active: true }, 'Spring sale') };
		expect(fillMergeFields('Dear {{first_name}}, for you: {{offer}}.', values)).toBe('Dear Ann, for you: Tools 5 %.');
	});
});
