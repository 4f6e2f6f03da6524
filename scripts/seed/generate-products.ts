// Product groups (parents before children) and products: names from the catalogue's items and variants,
// prices between the item's range by variant size, costs by margin, and the market segments they belong to.
import type { MarketSegmentRow, ProductGroupRow, ProductRow, ProductSegmentLinkRow, Uuid } from './demo-rows.ts';
import { BRANDS, GOODS_FEATURES, type GroupSpec, type ItemSpec, type LeafSpec, PRODUCT_TREE, SERVICE_FEATURES, type Unit } from './demo-catalogue.ts';
import type { DemoContext } from './demo-context.ts';
import { at, clip } from './demo-text.ts';
import { DAY, iso } from './moments.ts';
import { pickDistinct } from './random.ts';

type Leaf = { id: Uuid; code: string; spec: LeafSpec };

/** Breadth-first so that every parent row precedes its children in insert order. */
function generateProductGroups(ctx: DemoContext): { productGroups: ProductGroupRow[]; leaves: Leaf[] } {
	const productGroups: ProductGroupRow[] = [];
	const leaves: Leaf[] = [];
	let level: { spec: GroupSpec; parent: Uuid | null }[] = PRODUCT_TREE.map((spec) => ({ spec, parent: null }));
	while (level.length > 0) {
		const next: typeof level = [];
		for (const { spec, parent } of level) {
			const id = ctx.rng.uuid();
			productGroups.push({ id, code: spec.code, name: spec.name, parent });
			if (spec.leaf) leaves.push({ id, code: spec.code, spec: spec.leaf });
			for (const child of spec.children ?? []) next.push({ spec: child, parent: id });
		}
		level = next;
	}
	return { productGroups, leaves };
}

/** The i-th product's leaf, item and name; retries avoid duplicate names (at large scales duplicates are allowed: the SKU differs). */
function nameProduct(ctx: DemoContext, i: number, leaves: readonly Leaf[], productNames: ReadonlySet<string>) {
	const { rng } = ctx;
	const leafWeights = leaves.map((l) => [l, l.spec.weight] as const);
	let leaf = at(leaves, 0);
	let name = '';
	let unit: Unit = leaf.spec.unit;
	let chosen: ItemSpec = at(leaf.spec.items, 0);
	let position = 0;
	for (let attempt = 0; attempt < 12; attempt++) {
		// Walk the leaves first so that every group has products even at small scales.
		leaf = i < leaves.length && attempt === 0 ? at(leaves, i) : rng.weighted(leafWeights);
		const spec = leaf.spec;
		chosen = rng.pick(spec.items);
		const variantIndex = rng.int(0, chosen.variants.length - 1);
		const rawVariant = at(chosen.variants, variantIndex);
		const [variant, variantUnit] = typeof rawVariant === 'string' ? [rawVariant, undefined] : rawVariant;
		const brand = spec.kind === 'goods' && rng.chance(0.6) ? `${rng.pick(BRANDS)} ` : '';
		name = clip(`${brand}${chosen.name}, ${variant}`, 200);
		unit = variantUnit ?? spec.unit;
		position = (variantIndex + rng.float()) / chosen.variants.length;
		if (!productNames.has(name)) break;
	}
	return { leaf, name, unit, chosen, position };
}

function productRow(ctx: DemoContext, named: ReturnType<typeof nameProduct>, sku: string): ProductRow {
	const { rng, nowMs } = ctx;
	const { leaf, chosen, position } = named;
	const spec = leaf.spec;
	const [lo, hi] = chosen.price;
	// Geometric interpolation: bigger variants cost more, by ratios rather than fixed steps.
	const raw = Math.exp(Math.log(lo) + position * (Math.log(hi) - Math.log(lo)));
	const listPrice = spec.kind === 'goods' ? Math.max(90, Math.round(raw / 100) * 100 - 10) : Math.max(500, Math.round(raw / 500) * 500);
	const margin = spec.kind === 'goods' ? 0.45 + rng.float() * 0.3 : 0.4 + rng.float() * 0.25;
	const costPrice = Math.min(listPrice - 1, Math.max(0, Math.round(listPrice * margin)));
	const features = spec.kind === 'goods' ? GOODS_FEATURES : SERVICE_FEATURES;
	return {
		id: rng.uuid(),
		sku,
		name: named.name,
		kind: spec.kind,
		unit: named.unit,
		group: leaf.id,
		cost_price: costPrice,
		list_price: listPrice,
		currency: 'EUR',
		vat_rate_bp: rng.weighted(spec.vat),
		active: rng.chance(0.93),
		description: `${chosen.name}. ${rng.pick(features)}`,
		date_created: iso(ctx.businessMoment(nowMs - 4 * 365 * DAY, nowMs - 7 * DAY, 1)),
		date_updated: null,
		user_created: null,
	};
}

export function generateProducts(ctx: DemoContext, count: number, segments: readonly MarketSegmentRow[]) {
	const { productGroups, leaves } = generateProductGroups(ctx);
	const productSegments = segments.filter((s) => s.applies_to !== 'customers');
	const products: ProductRow[] = [];
	const productSegmentLinks: ProductSegmentLinkRow[] = [];
	const productNames = new Set<string>();
	const skuCounter = new Map<string, number>();
	for (let i = 0; i < count; i++) {
		const named = nameProduct(ctx, i, leaves, productNames);
		productNames.add(named.name);
		const seq = (skuCounter.get(named.leaf.code) ?? 0) + 1;
		skuCounter.set(named.leaf.code, seq);
		const product = productRow(ctx, named, `${named.leaf.code}-${String(1000 + seq).padStart(5, '0')}`);
		products.push(product);
		const segs = pickDistinct(ctx.rng, productSegments, ctx.rng.chance(0.3) ? 2 : 1);
		for (const s of segs) productSegmentLinks.push({ crm_products_id: product.id, crm_market_segments_id: s.id });
	}
	return { productGroups, products, productSegmentLinks };
}
