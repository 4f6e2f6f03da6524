// What customers and reps talk about: each subject comes with the outcomes that fit it, and the system's
// own entries by customer status.

export type Topic = readonly [subject: string, outcomes: readonly string[]];

export const TOPICS: Record<string, readonly Topic[]> = {
	'call:outbound': [
		['Follow-up on quote {quote}', ['Customer will order next week.', 'Needs internal approval; call back in two weeks.', 'Price too high; revised quote promised.', 'Order placed by phone.', 'Left a voicemail.']],
		['Quarterly account review', ['Volume on track; no changes needed.', 'Customer expects lower volume next quarter.', 'Agreed to meet about a framework agreement.']],
		['Checking in after delivery {order}', ['Customer satisfied with the delivery.', 'One item missing; replacement sent.', 'Left a voicemail.']],
		['Offer: {product}', ['Customer interested; quote sent.', 'No demand at the moment.', 'Left a voicemail.']],
		['Reminder: open invoice {invoice}', ['Customer promised payment this week.', 'Invoice had not arrived; sent a copy.', 'Already paid; forwarded to accounting.']],
		['Introducing the new {group} range', ['Catalogue requested.', 'Agreed on a demo during the next visit.', 'Not interested at the moment.']],
		['Scheduling an on-site visit', ['Visit scheduled.', 'Customer asked to call again next month.']],
		['Price update {year}', ['Customer accepted the new prices.', 'Customer asked for a volume discount; to be checked.']],
		['Renewal of framework agreement', ['Renewal agreed in principle; contract to follow.', 'Customer wants to compare offers first.']],
		['Feedback on {product}', ['Very satisfied; wants to order more.', 'Quality issues reported; passed on to product management.']],
	],
	'call:inbound': [
		['Question about invoice {invoice}', ['Invoice explained; no further questions.', 'Credit note issued for a price difference.']],
		['Delivery status of order {order}', ['Delivery date confirmed.', 'Two-day delay explained; customer accepted.', 'Tracking link sent.']],
		['Request for quote: {product}', ['Quote sent the same day.', 'Quote to follow after checking availability.']],
		['Complaint: damaged delivery {order}', ['Complaint accepted; replacement shipped.', 'Photos requested for the carrier claim.']],
		['Availability of {product}', ['In stock; order taken by phone.', 'Back in stock in two weeks; alternative offered.']],
		['Change of delivery address', ['Address updated for future deliveries.']],
		['Technical question about {product}', ['Answered on the phone.', 'Passed on to technical support.']],
		['Request for a callback', ['Called back; question resolved.', 'Called back; meeting arranged.']],
	],
	'email:outbound': [
		['Quote {quote}: {product}', ['Customer confirmed receipt.', 'Customer asked for a delivery date.']],
		['Order confirmation {order}', []],
		['Price list {year}', []],
		['Documentation for {product}', ['Data sheet and manual sent.']],
		['Meeting summary and next steps', ['Customer confirmed the summary.']],
		['Payment reminder: invoice {invoice}', ['Customer replied: payment scheduled.', 'No reply yet.']],
		['Invitation to a product demo', ['Invitation accepted.', 'Declined; no time at the moment.']],
	],
	'email:inbound': [
		['RE: Quote {quote}', ['Quote accepted; order entered.', 'Customer asked for a better price.', 'Customer needs more time to decide.']],
		['Order {order}: change of quantity', ['Order changed and confirmed.', 'Too late to change; goods already shipped.']],
		['Data sheet request: {product}', ['Data sheet sent.']],
		['Invoice {invoice}: question', ['Forwarded to accounting.', 'Answered; no further questions.']],
		['Complaint about delivery {order}', ['Replacement shipped.', 'Credit note issued.']],
		['New contact person at our company', ['Contact data updated.']],
		['Request for samples: {product}', ['Samples sent.', 'Samples to be handed over at the next visit.']],
	],
	'meeting:outbound': [
		['Annual review meeting', ['Framework agreement extended by one year.', 'Agreed on quarterly reviews.', 'Customer plans a larger order volume next year.']],
		['Kick-off: framework agreement {year}', ['Conditions agreed; contract to be signed.', 'Open points to be clarified by purchasing.']],
		['Product demo: {product}', ['Customer wants a trial delivery.', 'Demo convinced; order expected.', 'Customer will decide next quarter.']],
		['Negotiation of annual conditions', ['5 % discount granted on the next order.', 'Agreed on a 3 % volume bonus.', 'No agreement yet; follow-up meeting planned.']],
		['Project meeting: site equipment', ['New project with an estimated volume of 20,000 EUR.', 'Customer will send an equipment list.']],
		['Video call: roll-out planning', ['Roll-out plan agreed.', 'Customer needs another internal round.']],
	],
	'meeting:inbound': [
		['Visit to our showroom', ['Customer ordered display items.', 'Samples handed over.']],
		['Customer workshop at our academy', ['Participants trained; feedback positive.']],
	],
	'visit:outbound': [
		['On-site visit in {city}', ['Stock checked; refill order taken.', 'Met the new site manager.', 'Customer plans to expand the workshop.']],
		['Visit with product samples', ['New products demonstrated; samples left.', 'Customer ordered on the spot.']],
		['Workshop inspection in {city}', ['Safety equipment needs replacing; quote to follow.', 'No issues found.']],
		['Trade fair follow-up visit', ['Customer interested in a framework agreement.', 'Catalogue handed over.']],
		['Stock check on site', ['Refill order taken.', 'Stock sufficient for another month.']],
	],
	'visit:inbound': [
		['Customer picked up order {order} in person', ['Handed over; delivery note signed.']],
		['Walk-in at trade counter', ['Bought from stock.', 'Advice given; customer will order online.']],
	],
	'letter:outbound': [
		['Annual price adjustment {year}', []],
		['Contract documents for signature', ['Signed copy returned.']],
		["Season's greetings", []],
		['Updated terms and conditions', []],
	],
	'letter:inbound': [
		['Signed framework agreement', ['Filed with the contract documents.']],
		['Formal complaint', ['Forwarded to quality management.']],
		['Notice of address change', ['Address updated.']],
		['Tender invitation', ['Tender documents forwarded to the sales manager.']],
	],
	'chat:inbound': [
		['Chat: delivery time for {product}', ['Delivery time given in chat.']],
		['Chat: tracking for order {order}', ['Tracking link sent.']],
		['Chat: login help for the customer portal', ['Password reset link sent.']],
		['Chat: quantity discount', ['Passed on to the account manager.']],
		['Chat: return of order {order}', ['Return label sent.']],
	],
	'chat:outbound': [
		['Chat: follow-up on open request', ['Question answered in chat.']],
		['Chat: confirmation of delivery date', ['Customer confirmed.']],
	],
	'portal:inbound': [
		['Portal order {order} placed', ['Processed automatically.']],
		['Portal: invoice {invoice} downloaded', []],
		['Portal: service request submitted', ['Checked by the back office.']],
		['Portal: address data updated', ['Checked by the back office.']],
		['Portal: return request for order {order}', ['Return label issued.']],
	],
};

export const SYSTEM_SUBJECTS: Record<string, readonly string[]> = {
	any: ['Credit limit changed to {credit}', 'Payment terms changed to {days} days', 'Owner reassigned', 'Category changed to {category}', 'Newsletter sent: {month} edition', 'Address data verified', 'Duplicate check passed'],
	prospect: ['Lead imported from trade fair list', 'Web form enquiry received'],
	key: ['Status changed to key account', 'Annual bonus agreement recorded'],
	blocked: ['Customer blocked: invoices overdue more than 60 days', 'Dunning level 3 reached'],
	lost: ['Status changed to lost', 'No orders for 12 months'],
};

/** Share of interactions of a type that record an outcome at all. */
export const OUTCOME_SHARE: Record<string, number> = { call: 0.9, meeting: 0.95, visit: 0.95, email: 0.5, letter: 0.4, chat: 0.7, portal: 0.5, system: 0 };

export const DIRECTIONS: Record<string, readonly (readonly [string, number])[]> = {
	call: [['outbound', 60], ['inbound', 40]],
	email: [['outbound', 55], ['inbound', 45]],
	meeting: [['outbound', 85], ['inbound', 15]],
	visit: [['outbound', 92], ['inbound', 8]],
	letter: [['outbound', 65], ['inbound', 35]],
	chat: [['inbound', 85], ['outbound', 15]],
	portal: [['inbound', 1]],
	system: [['internal', 1]],
};
