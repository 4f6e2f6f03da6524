/** Pure data shaping of the ROI chart: the attribution answers of the five models, as one bar group per campaign. */
import { ATTRIBUTION_MODELS, type AttributionModel, isCurrencyCode } from '@crm/core';
import { ATTRIBUTION_MODEL_LABELS } from '@crm/studio';
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

export interface CampaignReturn {
	campaign: string;
	code: string | null;
	name: string | null;
	orders: number;
	/** Minor units of the answer's currency. */
	revenue: number;
	margin: number;
	spend: number;
	/** Basis points; null when the campaign booked no spend. */
	roiBp: number | null;
}

export interface AttributionView {
	model: AttributionModel;
	currency: string;
	byCampaign: CampaignReturn[];
}

/** Reads one answer of GET /crm/campaigns/attribution; null when its shape is not that. */
export function fromAttributionResponse(body: unknown, model: AttributionModel): AttributionView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || !isCurrencyCode(data['currency']) || !Array.isArray(data['by_campaign'])) return null;
	const byCampaign = objectsOf(data['by_campaign']).flatMap((row): CampaignReturn[] => {
		const campaign = textOrNull(row['campaign']);
		if (campaign === null) return [];
		const returns = { orders: int(row['orders']), revenue: int(row['revenue']), margin: int(row['margin']), spend: int(row['spend']), roiBp: intOrNull(row['roi_bp']) };
		return [{ campaign, code: textOrNull(row['code']), name: textOrNull(row['name']), ...returns }];
	});
	return { model, currency: data['currency'], byCampaign };
}

export interface RoiCampaign {
	id: string;
	/** Its code, else its name: what the axis shows first. */
	label: string;
	/** Its name when the label is its code: the axis' second line. */
	name: string | null;
	/** "CODE · Name": what the tooltip shows. */
	title: string;
	/** Minor units; the same under every model (spend is booked to the campaign, not shared). */
	spend: number;
}

export interface RoiSeries {
	model: AttributionModel;
	name: string;
	/** ROI in percent per campaign (in `campaigns` order); null where there is no spend: no bar. */
	data: (number | null)[];
	/** The figures behind each bar, for the tooltip. */
	returns: (CampaignReturn | null)[];
}

export interface RoiMatrix {
	currency: string;
	campaigns: RoiCampaign[];
	series: RoiSeries[];
	/** Labels of the campaigns shown without a bar: no spend booked in the period. */
	withoutSpend: string[];
	/** Campaigns left out (beyond the ones with the most spend). */
	leftOut: number;
}

/** Campaigns are named, never shown by id; one without code and name is still not its id. */
function campaignOf(row: CampaignReturn): RoiCampaign {
	const label = row.code ?? row.name ?? 'Unnamed campaign';
	const title = row.code && row.name ? `${row.code} · ${row.name}` : label;
	return { id: row.campaign, label, name: row.code && row.name ? row.name : null, title, spend: row.spend };
}

/** Every campaign of any answer, most spend first (then by label). */
function campaignsOf(views: readonly AttributionView[]): RoiCampaign[] {
	const byId = new Map<string, RoiCampaign>();
	for (const row of views.flatMap((v) => v.byCampaign)) {
		const known = byId.get(row.campaign);
		if (!known || row.spend > known.spend) byId.set(row.campaign, campaignOf(row));
	}
	return [...byId.values()].sort((a, b) => b.spend - a.spend || a.label.localeCompare(b.label));
}

/**
 * One bar group per campaign, one bar per attribution model (in ATTRIBUTION_MODELS order, the models
 * the answers cover): ROI in percent (roi_bp / 100). The `limit` campaigns with the most spend.
 */
export function roiMatrix(views: readonly AttributionView[], limit = 10): RoiMatrix {
	const all = campaignsOf(views);
	const campaigns = all.slice(0, limit);
	const series = ATTRIBUTION_MODELS.flatMap((model): RoiSeries[] => {
		const view = views.find((v) => v.model === model);
		if (!view) return [];
		const returns = campaigns.map((c) => view.byCampaign.find((r) => r.campaign === c.id) ?? null);
		return [{ model, name: ATTRIBUTION_MODEL_LABELS[model], data: returns.map((r) => (r?.roiBp === null || r?.roiBp === undefined ? null : r.roiBp / 100)), returns }];
	});
	const withoutSpend = campaigns.filter((_, i) => series.every((s) => s.data[i] === null)).map((c) => c.label);
	return { currency: views[0]?.currency ?? 'EUR', campaigns, series, withoutSpend, leftOut: all.length - campaigns.length };
}

/** True when no campaign has a bar to draw. */
export function hasRoiBars(matrix: RoiMatrix): boolean {
	return matrix.series.some((s) => s.data.some((v) => v !== null));
}
