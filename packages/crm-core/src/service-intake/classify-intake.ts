import { CrmError } from '../errors/crm-error.ts';
import type { ClassificationResult } from '../service-routing/classification-result.ts';
import type { ClassificationRule } from '../service-routing/classification-rule.ts';
import { classifyRequest } from '../service-routing/classify-request.ts';
import type { SkillRequirement } from '../service-routing/skill-requirement.ts';
import type { IntakeRequest } from './intake-request.ts';
import { assertSkillsKnown, parseRequiredSkills } from './required-skills.ts';

/** What intake loads for a request: its customer and the records it links, the product's groups, the rules. */
export interface IntakeFacts {
	customer: { status: string | null; dedicatedSpecialistId: string | null } | null;
	/** The customer of the linked contact and order; undefined when the request links none, null when it does not exist. */
	contactCustomerId?: string | null;
	orderCustomerId?: string | null;
	productGroupIds: string[];
	rules: ClassificationRule[];
	/** The team each rule routes to. */
	ruleTeams: ReadonlyMap<string, string | null>;
	knownSkills: ReadonlySet<string>;
}

export interface ClassifiedIntake {
	classified: ClassificationResult;
	/** What the request asked for, else what the rules require. */
	requiredSkills: SkillRequirement[];
	teamId: string | null;
	/** Who chose the team: 'request', or the code of the rule. */
	teamSource: string | null;
	customerStatus: string | null;
}

function assertLinksBelong(request: IntakeRequest, facts: IntakeFacts): void {
	if (!facts.customer) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Customer "${request.customerId}" does not exist.`, { field: 'customer' });
	if (request.contactId && !facts.contactCustomerId) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Contact "${request.contactId}" does not exist.`, { field: 'contact' });
	if (request.contactId && facts.contactCustomerId !== request.customerId) throw new CrmError('CRM_CONTACT_CUSTOMER_MISMATCH', 'The contact works for another customer; choose a contact of this customer.', { field: 'contact' });
	if (request.orderId && !facts.orderCustomerId) throw new CrmError('CRM_REFERENCE_NOT_FOUND', `Order "${request.orderId}" does not exist.`, { field: 'order' });
	if (request.orderId && facts.orderCustomerId !== request.customerId) throw new CrmError('CRM_DOCUMENT_MISMATCH', 'The order belongs to another customer; link an order of this customer.', { field: 'order' });
}

/**
 * A5.9 — checks what a new request links and classifies it: what the client sent wins over the rules;
 * the team is the request's, else that of the first rule that matched and names one.
 */
export function classifyIntake(request: IntakeRequest, facts: IntakeFacts): ClassifiedIntake {
	assertLinksBelong(request, facts);
	const skills = parseRequiredSkills(request.skillsGiven);
	assertSkillsKnown(skills, facts.knownSkills);
	const customerStatus = facts.customer!.status;
	const classified = classifyRequest(
		{ subject: request.subject, description: request.description, channel: request.channel, productId: request.productId, productGroupIds: facts.productGroupIds, categoryId: request.categoryId, customerStatus, typeId: request.typeId, priority: request.priority },
		facts.rules,
	);
	const ruleTeam = classified.trace.find((t) => (t.outcome === 'applied' || t.outcome === 'overridden' || t.outcome === 'no_effect') && facts.ruleTeams.get(t.ruleId));
	return {
		classified,
		requiredSkills: skills.length > 0 ? skills : classified.requiredSkills,
		teamId: request.teamId ?? (ruleTeam ? facts.ruleTeams.get(ruleTeam.ruleId)! : null),
		teamSource: request.teamId ? 'request' : (ruleTeam?.code ?? null),
		customerStatus,
	};
}
