import { CrmError } from '../errors/crm-error.ts';
import { describeValue } from './assert-field.ts';
import { assertValidClassificationRequest } from './assert-valid-classification-request.ts';
import type { ClassificationRequest } from './classification-request.ts';
import type { ClassificationResult, ClassificationSources, ClassificationTraceEntry, ClassifiedField } from './classification-result.ts';
import type { ClassificationRule } from './classification-rule.ts';
import { type ClassificationRuleSet, compileClassificationRules, isClassificationRuleSet } from './compile-classification-rules.ts';
import { foldText } from './fold-text.ts';
import { matchClassificationRule } from './match-classification-rule.ts';
import { isServicePriority, SERVICE_PRIORITIES, type ServicePriority } from './service-priority.ts';
import type { SkillRequirement } from './skill-requirement.ts';

export interface ClassifyOptions {
	/** The priority when neither the request nor a rule gives one; 'normal' unless told. */
	defaultPriority?: ServicePriority;
}

const FIELD_LABELS: Readonly<Record<Exclude<ClassifiedField, 'requiredSkills'>, string>> = { typeId: 'type', categoryId: 'category', priority: 'priority' };

function describeSkills(skills: readonly SkillRequirement[]): string {
	return skills.map((s) => `${s.skillId} ≥ ${s.minLevel}`).join(', ');
}

/**
 * Classifies a service request: its type, category, priority and the skills it needs.
 *
 * 1. The request is checked (details.field like `request.channel`); rules are checked when compiled
 *    (pass a ClassificationRuleSet to do that once for many requests).
 * 2. Rules are considered by priority ascending, then code, then id, whatever order they came in.
 *    Inactive rules are skipped. A rule matches when each of its conditions holds (see
 *    ClassificationMatch); conditions look at the request as it arrived, never at what earlier rules
 *    set, so the order of the rules decides who wins but not who matches.
 * 3. For type, category and priority the first matching rule that sets the field wins; later rules may
 *    still fill the fields it left open. A value the request itself carries (a category or priority
 *    chosen by the client) wins over every rule: the trace says which rule it overrode.
 * 4. Required skills add up over all matching rules; a skill asked by several keeps its highest level.
 * 5. No priority from the request or a rule → `defaultPriority` ('normal').
 * Every rule gets a trace entry: applied / overridden / no_effect / not_matched / inactive, with why.
 */
export function classifyRequest(request: ClassificationRequest, rules: readonly ClassificationRule[] | ClassificationRuleSet, options: ClassifyOptions = {}): ClassificationResult {
	assertValidClassificationRequest(request);
	if (options.defaultPriority !== undefined && !isServicePriority(options.defaultPriority)) {
		throw new CrmError('CRM_INVALID_CHOICE', `"defaultPriority" must be one of ${SERVICE_PRIORITIES.join(', ')}; got ${describeValue(options.defaultPriority)}.`, { field: 'defaultPriority' });
	}
	const ruleSet = isClassificationRuleSet(rules) ? rules : compileClassificationRules(rules);
	const text = foldText(`${request.subject}\n${request.description ?? ''}`);

	// Each field's value and who decided it so far: 'request', a rule, or nobody yet (null).
	const values: Record<'typeId' | 'categoryId' | 'priority', string | null> = { typeId: request.typeId ?? null, categoryId: request.categoryId, priority: request.priority ?? null };
	const decided: Record<'typeId' | 'categoryId' | 'priority', ClassificationRule | 'request' | null> = {
		typeId: values.typeId !== null ? 'request' : null,
		categoryId: values.categoryId !== null ? 'request' : null,
		priority: values.priority !== null ? 'request' : null,
	};
	const skills = new Map<string, number>();
	const trace: ClassificationTraceEntry[] = [];

	for (const compiled of ruleSet.compiled) {
		const { rule } = compiled;
		const entry: ClassificationTraceEntry = { ruleId: rule.id, code: rule.code, name: rule.name, outcome: 'inactive', set: [], overridden: [], detail: 'inactive' };
		trace.push(entry);
		if (!rule.active) continue;
		const match = matchClassificationRule(compiled, request, text);
		if (!match.matched) {
			entry.outcome = 'not_matched';
			entry.detail = `not matched: ${match.reason}`;
			continue;
		}

		const parts: string[] = [];
		const effect = rule.set;
		for (const field of ['typeId', 'categoryId', 'priority'] as const) {
			const value = effect[field];
			if (value === undefined) continue;
			const label = FIELD_LABELS[field];
			const by = decided[field];
			if (by === null) {
				decided[field] = rule;
				values[field] = value;
				entry.set.push(field);
				parts.push(`sets ${label} ${value}`);
			} else if (by === 'request') {
				entry.overridden.push({ field, by: 'request' });
				parts.push(`${label} ${value} not set: the request's own ${label} ${values[field]} wins`);
			} else {
				entry.overridden.push({ field, by: by.code });
				parts.push(`${label} ${value} not set: ${by.code} set ${label} first`);
			}
		}
		const required = effect.requiredSkills ?? [];
		if (required.length > 0) {
			for (const { skillId, minLevel } of required) skills.set(skillId, Math.max(skills.get(skillId) ?? 0, minLevel));
			entry.set.push('requiredSkills');
			parts.push(`requires ${describeSkills(required)}`);
		}

		if (entry.set.length > 0) entry.outcome = 'applied';
		else entry.outcome = entry.overridden.length > 0 ? 'overridden' : 'no_effect';
		const because = match.because.length > 0 ? `matched ${match.because.join(', ')}` : 'matched (no conditions)';
		entry.detail = `${because}; ${parts.length > 0 ? parts.join('; ') : 'sets nothing'}`;
	}

	const requiredSkills = [...skills].map(([skillId, minLevel]) => ({ skillId, minLevel })).sort((a, b) => (a.skillId < b.skillId ? -1 : Number(a.skillId > b.skillId)));
	const sourceOf = (by: ClassificationRule | 'request' | null): string | null => (by === null || by === 'request' ? by : by.id);
	const sources: ClassificationSources = { typeId: sourceOf(decided.typeId), categoryId: sourceOf(decided.categoryId), priority: sourceOf(decided.priority) ?? 'default' };
	const priority = (values.priority as ServicePriority | null) ?? options.defaultPriority ?? 'normal';
	return { typeId: values.typeId, categoryId: values.categoryId, priority, requiredSkills, sources, trace };
}
