import { audit, collection, type CollectionDef, f, field, type FieldDef, labelled, m2o, type Opts, type RelationDef } from './model-helpers.ts';

const ro = { readonly: true } as const;
const STATUSES: [string, string][] = [['draft', 'Draft'], ['planned', 'Planned'], ['done', 'Done']];

/** Millionths of a degree in one degree: coordinates are stored as whole numbers of them (about 11 cm). */
const E6 = 1_000_000;

/**
 * A coordinate in millionths of a degree (48.137154° = 48137154), within ±`limit` degrees: exact on every
 * database (SQLite keeps a decimal column as a float). The Studio shows and takes degrees with 6 decimals.
 */
const coordinate = (name: string, label: string, limit: number, o: Opts = {}): FieldDef =>
	labelled(
		field(
			name,
			'integer',
			{
				interface: 'crm-quantity',
				display: 'crm-quantity-display',
				width: 'half',
				validation: { _and: [{ [name]: { _gte: -limit * E6 } }, { [name]: { _lte: limit * E6 } }] },
				validationMessage: `Degrees between -${limit} and ${limit}, with at most 6 decimals.`,
				options: { unitField: null, unit: '°', digits: 6, allowNegative: true, min: -limit * E6, max: limit * E6 },
				displayOptions: { unit: '°', digits: 6 },
				...o,
			},
			{},
		),
		label,
	);

/** A count per week (calls, visits, proposals): a whole number from 0 to 1000. */
const perWeek = (name: string, note: string): FieldDef =>
	f.integer(name, { required: true, default: 0, width: 'half', note, validation: { _and: [{ [name]: { _gte: 0 } }, { [name]: { _lte: 1000 } }] }, validationMessage: 'A whole number from 0 to 1000 a week.', options: { min: 0, max: 1000 } });

/** Where a customer is (S6.2): the visit plans order stops by the straight-line distance between these. */
export const customerCoordinateFields: FieldDef[] = [
	coordinate('latitude_e6', 'Latitude', 90, { note: 'Degrees, north positive (e.g. 48.137154). Give both or neither: visit plans order stops by distance.' }),
	coordinate('longitude_e6', 'Longitude', 180, { note: 'Degrees, east positive (e.g. 11.576124).' }),
];

/**
 * Sales reps' days and weeks (S6.2): visit plans, a rep's stops of a day in route order with the distance the
 * CRM computed, and activity targets (calls, visits, proposals a week) whose attainment the Sales management
 * dashboard shows.
 */
export const visitsCollections: CollectionDef[] = [
	collection('crm_visit_plans', { icon: 'route', note: 'Visit plans (S6.2): a rep\'s visits of a day with the order of the stops; "Order by distance" sorts them by the shortest route the CRM finds.', display_template: '{{rep.name}} · {{day}}', sort_field: null }, [
		f.m2o('rep', { required: true, template: '{{name}}', note: 'Whose day it is. A rep plans their own days; a manager the days of the team\'s reps.' }),
		f.date('day', { required: true, indexed: true, note: 'One plan per rep and day.' }),
		f.choice('status', STATUSES, { required: true, default: 'draft', indexed: true }),
		f.string('slot', { ...ro, hidden: true, unique: true, max: 64, note: 'Rep and day: one plan each, however many servers write at once.' }),
		coordinate('start_latitude_e6', 'Start latitude', 90, { note: 'Where the day starts (e.g. the office), in degrees; empty: at the first stop.' }),
		coordinate('start_longitude_e6', 'Start longitude', 180),
		labelled(f.integer('total_distance_m', { ...ro, hidden: true, note: 'Straight-line distance of the route in metres, computed by the CRM when the stops are ordered.', display: 'formatted-value', displayOptions: { suffix: ' m' } }), 'Total distance (m)'),
		f.string('route_explanation', { ...ro, hidden: true, max: 255, width: 'full', note: 'What the last ordering did, e.g. "Ordered by distance: 42.3 km instead of 67.0 km."' }),
		f.presentation('route', 'crm-visit-route', { note: 'The stops in order with the distance between them and the total; "Order by distance" sorts them by the shortest route.' }),
		f.o2m('stops', { template: '{{sort}}. {{customer.name}} {{planned_time}}', note: 'The customers to visit; drag to reorder by hand.' }),
		f.text('notes'),
		...audit(),
	]),
	collection('crm_visit_plan_stops', { icon: 'pin_drop', note: 'A stop of a visit plan: a customer to visit, in route order; marking it done logs the visit in the contact history.', display_template: '{{sort}}. {{customer.name}}', sort_field: 'sort', group: 'crm_visit_plans' }, [
		f.m2o('plan', { required: true, template: '{{rep.name}} · {{day}}' }),
		f.m2o('customer', { required: true, template: '{{name}}', note: 'A customer of the plan\'s rep (a manager may plan any customer); once per plan.' }),
		f.integer('sort', { note: 'Position in the day\'s route.', hidden: true }),
		field('planned_time', 'time', { interface: 'datetime', display: 'datetime', width: 'half', note: 'When the visit is planned (HH:MM).' }, {}),
		labelled(f.integer('distance_m', { ...ro, note: 'From the previous stop (or the start) in metres, as ordered; empty for a customer without coordinates.', display: 'formatted-value', displayOptions: { suffix: ' m' } }), 'Distance from previous (m)'),
		f.boolean('done', { note: 'Visited: the CRM logs a visit in the customer\'s contact history, once.' }),
		f.text('outcome', { note: 'What was agreed or learned; goes into the logged visit.' }),
		f.m2o('interaction', { ...ro, template: '{{type}} · {{subject}}', note: 'The visit logged in the contact history when the stop was marked done.' }),
	]),
	collection('crm_activity_targets', { icon: 'track_changes', note: 'Activity targets (S6.2): calls, visits and proposals a week for a rep or for each rep of a team; attainment in the Sales management dashboard.', display_template: '{{rep.name}}{{team.name}} · from {{valid_from}}', sort_field: null }, [
		f.m2o('rep', { template: '{{name}}', note: 'The rep it applies to (a rep\'s own target wins over the team\'s). Leave empty for a team.' }),
		f.m2o('team', { template: '{{name}}', note: 'Each rep of this team gets this target. Leave empty for one rep.' }),
		perWeek('calls', 'Calls a week (interactions of type call by the rep).'),
		perWeek('visits', 'Visits a week (interactions of type visit by the rep).'),
		perWeek('proposals', 'Proposals a week (quotes the rep owns, created in the week).'),
		f.date('valid_from', { required: true, indexed: true, width: 'half' }),
		f.date('valid_to', { indexed: true, width: 'half', note: 'The last day; empty = open-ended.' }),
		f.text('notes'),
		...audit(),
	]),
];

export const visitsRelations: RelationDef[] = [
	m2o('crm_visit_plans', 'rep', 'crm_sales_reps', 'CASCADE'),
	m2o('crm_visit_plans', 'user_created', 'directus_users'),
	m2o('crm_visit_plan_stops', 'plan', 'crm_visit_plans', 'CASCADE', 'stops', 'sort'),
	m2o('crm_visit_plan_stops', 'customer', 'crm_customers', 'CASCADE'),
	m2o('crm_visit_plan_stops', 'interaction', 'crm_interactions', 'SET NULL'),
	m2o('crm_activity_targets', 'rep', 'crm_sales_reps', 'CASCADE'),
	m2o('crm_activity_targets', 'team', 'crm_teams', 'CASCADE'),
	m2o('crm_activity_targets', 'user_created', 'directus_users'),
];
