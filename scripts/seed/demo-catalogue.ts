// The demo product catalogue: a tree of product groups whose leaves list items with their variants and price
// ranges, and the words product names and descriptions are made of.

export type Unit = 'pcs' | 'kg' | 'm' | 'l' | 'h' | 'day' | 'month' | 'pack' | 'set';
/** A variant label, optionally with the unit it implies (a 5 l canister is sold by the litre). */
export type Variant = string | readonly [string, Unit];

export interface ItemSpec {
	name: string;
	/** Ordered from cheapest to dearest: the price rises with the variant's position. */
	variants: readonly Variant[];
	/** List price range in minor units. */
	price: readonly [number, number];
}

export interface LeafSpec {
	kind: 'goods' | 'service';
	unit: Unit;
	items: readonly ItemSpec[];
	vat: readonly (readonly [number, number])[];
	weight: number;
}

export interface GroupSpec {
	code: string;
	name: string;
	leaf?: LeafSpec;
	children?: readonly GroupSpec[];
}

export const VAT_GOODS: readonly (readonly [number, number])[] = [[2000, 85], [1000, 10], [700, 5]];
export const VAT_SERVICE: readonly (readonly [number, number])[] = [[2000, 1]];
// Education is VAT-exempt in much of Europe, so most trainings carry 0 %.
export const VAT_TRAINING: readonly (readonly [number, number])[] = [[0, 70], [2000, 30]];
export const item = (name: string, variants: Variant[], price: [number, number]): ItemSpec => ({ name, variants, price });
export const goods = (unit: Unit, items: ItemSpec[], weight = 1): LeafSpec => ({ kind: 'goods', unit, items, vat: VAT_GOODS, weight });
export const service = (unit: Unit, items: ItemSpec[], weight = 0.4, vat = VAT_SERVICE): LeafSpec => ({ kind: 'service', unit, items, vat, weight });

export const PRODUCT_TREE: readonly GroupSpec[] = [
	{
		code: 'TOOLS',
		name: 'Tools',
		children: [
			{
				code: 'TOOLS-HAND',
				name: 'Hand tools',
				children: [
					{
						code: 'TOOLS-HAND-SD',
						name: 'Screwdrivers',
						leaf: goods('pcs', [
							item('Slotted screwdriver', ['3.5 × 75 mm', '5.5 × 125 mm', '8 × 150 mm'], [490, 1290]),
							item('Phillips screwdriver', ['PH0 × 60 mm', 'PH1 × 80 mm', 'PH2 × 100 mm', 'PH3 × 150 mm'], [490, 1390]),
							item('Torx screwdriver', ['TX20 × 100 mm', 'TX25 × 100 mm', 'TX30 × 115 mm'], [590, 1490]),
							item('VDE insulated screwdriver set', [['6-piece', 'set'], ['12-piece', 'set']], [2990, 8990]),
							item('Ratchet screwdriver', ['with 12 bits', 'with 24 bits'], [1990, 4490]),
						]),
					},
					{
						code: 'TOOLS-HAND-PL',
						name: 'Pliers & wrenches',
						leaf: goods('pcs', [
							item('Combination pliers', ['160 mm', '180 mm', '200 mm'], [1290, 3490]),
							item('Diagonal cutter', ['140 mm', '160 mm', '180 mm'], [1190, 3290]),
							item('Water pump pliers', ['180 mm', '250 mm', '300 mm'], [1490, 3990]),
							item('Adjustable wrench', ['150 mm', '200 mm', '250 mm', '300 mm'], [1290, 4290]),
							item('Torque wrench', ['1/4", 5–25 Nm', '1/2", 40–200 Nm'], [6990, 18990]),
						]),
					},
					{
						code: 'TOOLS-HAND-SET',
						name: 'Tool sets & cases',
						leaf: goods(
							'set',
							[
								item('Bit set', ['32-piece', '62-piece', '100-piece'], [1490, 5990]),
								item('Socket set', ['1/4", 46-piece', '1/2", 24-piece', '1/4" + 1/2", 94-piece'], [4990, 24900]),
								item('Electrician tool case', ['28-piece', '45-piece'], [14900, 39900]),
								item('Tool trolley', ['5 drawers, 150 tools', '7 drawers, 262 tools'], [59900, 149900]),
							],
							0.6,
						),
					},
				],
			},
			{
				code: 'TOOLS-POWER',
				name: 'Power tools',
				children: [
					{
						code: 'TOOLS-POWER-DR',
						name: 'Drills & drivers',
						leaf: goods('pcs', [
							item('Cordless drill driver', ['12 V, 2 × 2.0 Ah', '18 V brushless, body only', '18 V, 2 × 4.0 Ah'], [8990, 32900]),
							item('Cordless impact driver', ['18 V, body only', '18 V, 2 × 5.0 Ah'], [12900, 38900]),
							item('Cordless combi drill', ['18 V, 2 × 5.0 Ah', '36 V, 2 × 4.0 Ah'], [19900, 54900]),
							item('Rotary hammer SDS-plus', ['800 W', '1100 W', '18 V cordless'], [14900, 44900]),
						]),
					},
					{
						code: 'TOOLS-POWER-SAW',
						name: 'Saws',
						leaf: goods('pcs', [
							item('Jigsaw', ['650 W', '800 W', '18 V cordless'], [8990, 32900]),
							item('Circular saw', ['165 mm, 1200 W', '190 mm, 1400 W', '18 V cordless'], [12900, 44900]),
							item('Reciprocating saw', ['1100 W', '18 V cordless'], [11900, 34900]),
							item('Mitre saw', ['216 mm', '254 mm'], [29900, 89900]),
							item('Plunge-cut saw', ['160 mm, with guide rail'], [39900, 69900]),
						]),
					},
					{
						code: 'TOOLS-POWER-GR',
						name: 'Grinders & sanders',
						leaf: goods('pcs', [
							item('Angle grinder', ['115 mm, 900 W', '125 mm, 1200 W', '125 mm, 18 V cordless', '230 mm, 2400 W'], [6990, 29900]),
							item('Random orbit sander', ['125 mm', '150 mm'], [9990, 44900]),
							item('Belt sander', ['75 × 533 mm'], [14900, 29900]),
							item('Bench grinder', ['150 mm', '200 mm'], [9990, 24900]),
						]),
					},
				],
			},
			{
				code: 'TOOLS-MEAS',
				name: 'Measuring tools',
				leaf: goods('pcs', [
					item('Folding rule', ['2 m, wood', '2 m, fibreglass'], [590, 1990]),
					item('Tape measure', ['3 m', '5 m', '8 m'], [690, 2490]),
					item('Spirit level', ['40 cm', '60 cm', '100 cm', '200 cm'], [1490, 8990]),
					item('Digital caliper', ['150 mm', '200 mm'], [2490, 8990]),
					item('Laser distance meter', ['30 m range', '50 m range', '100 m range'], [6990, 24900]),
					item('Cross-line laser', ['red beam', 'green beam, with tripod'], [14900, 49900]),
				]),
			},
		],
	},
	{
		code: 'FAST',
		name: 'Fasteners',
		children: [
			{
				code: 'FAST-SCR',
				name: 'Screws',
				leaf: goods(
					'pack',
					[
						item('Wood screws', ['3.5 × 30 mm, box of 500', '4 × 40 mm, box of 500', '5 × 60 mm, box of 200', '6 × 100 mm, box of 100'], [890, 2990]),
						item('Drywall screws', ['3.5 × 25 mm, box of 1000', '3.5 × 35 mm, box of 1000'], [1290, 2490]),
						item('Decking screws, stainless A2', ['5 × 50 mm, box of 200', '5 × 60 mm, box of 200'], [2490, 4990]),
						item('Self-tapping screws', ['4.2 × 13 mm, box of 500', '4.8 × 19 mm, box of 500'], [990, 2490]),
						item('Screw assortment', [['1,000 pieces in a case', 'set']], [2990, 4990]),
					],
					1.5,
				),
			},
			{
				code: 'FAST-BOLT',
				name: 'Bolts & nuts',
				leaf: goods(
					'pack',
					[
						item('Washers DIN 125', ['M6, box of 1000', 'M8, box of 500', 'M10, box of 500'], [390, 1490]),
						item('Hex nuts DIN 934, zinc-plated', ['M6, box of 500', 'M8, box of 200', 'M10, box of 100', 'M12, box of 100'], [490, 1990]),
						item('Hex bolts DIN 933, zinc-plated', ['M6 × 20, box of 200', 'M8 × 30, box of 100', 'M10 × 40, box of 100', 'M12 × 50, box of 50'], [890, 3490]),
						item('Threaded rod DIN 976', [['M8 × 1 m', 'pcs'], ['M10 × 1 m', 'pcs'], ['M12 × 1 m', 'pcs']], [190, 690]),
						item('Steel wire rope', [['4 mm, sold by the metre', 'm'], ['6 mm, sold by the metre', 'm']], [90, 290]),
					],
					1.3,
				),
			},
			{
				code: 'FAST-ANCH',
				name: 'Anchors & plugs',
				leaf: goods('pack', [
					item('Nylon wall plugs', ['6 mm, box of 100', '8 mm, box of 100', '10 mm, box of 50'], [390, 1290]),
					item('Cavity anchors', ['M5, box of 50', 'M6, box of 50'], [990, 2490]),
					item('Frame fixings', ['10 × 100 mm, box of 50', '10 × 140 mm, box of 50'], [1490, 3490]),
					item('Heavy-duty anchors, zinc-plated', ['M8, box of 50', 'M10, box of 25', 'M12, box of 25'], [1990, 5990]),
					item('Chemical anchor cartridge', [['300 ml', 'pcs'], ['410 ml', 'pcs']], [1290, 2990]),
				]),
			},
		],
	},
	{
		code: 'SAFETY',
		name: 'Safety equipment',
		children: [
			{
				code: 'SAFETY-GLV',
				name: 'Gloves',
				leaf: goods('pack', [
					item('Disposable nitrile gloves', ['size M, box of 100', 'size L, box of 100', 'size XL, box of 100'], [690, 1490]),
					item('Nitrile-coated work gloves', ['size 8, 12 pairs', 'size 9, 12 pairs', 'size 10, 12 pairs'], [1490, 3490]),
					item('Cut-resistant gloves, level C', ['size 8, 6 pairs', 'size 9, 6 pairs', 'size 10, 6 pairs'], [2490, 5990]),
					item('Leather work gloves', ['size 9, 12 pairs', 'size 10, 12 pairs'], [2990, 5990]),
					item('Winter work gloves', [['size 9, one pair', 'pcs'], ['size 10, one pair', 'pcs']], [690, 1490]),
				]),
			},
			{
				code: 'SAFETY-EYE',
				name: 'Eye & ear protection',
				leaf: goods('pcs', [
					item('Safety glasses', ['clear', 'tinted', 'anti-fog'], [390, 1490]),
					item('Safety goggles', ['indirect ventilation', 'for spectacle wearers'], [690, 1990]),
					item('Ear defenders', ['SNR 27 dB', 'SNR 33 dB', 'with helmet mount'], [1490, 3990]),
					item('Ear plugs', [['box of 200 pairs', 'pack'], ['dispenser, 500 pairs', 'pack']], [2490, 8990]),
					item('Face shield', ['polycarbonate, with headgear'], [1490, 3490]),
				]),
			},
			{
				code: 'SAFETY-WEAR',
				name: 'Workwear & shoes',
				leaf: goods(
					'pcs',
					[
						item('Hi-vis vest', ['size L', 'size XL', 'size XXL'], [390, 1290]),
						item('Work trousers', ['size 48', 'size 50', 'size 52', 'size 54'], [3990, 8990]),
						item('Work jacket', ['size M', 'size L', 'size XL'], [4990, 11900]),
						item('Softshell jacket', ['size M', 'size L', 'size XL'], [4990, 9990]),
						item('Safety shoes S3', ['size 41', 'size 42', 'size 43', 'size 44', 'size 45'], [5990, 14900]),
					],
					1.2,
				),
			},
		],
	},
	{
		code: 'CONS',
		name: 'Consumables',
		children: [
			{
				code: 'CONS-LUB',
				name: 'Lubricants',
				leaf: goods('pcs', [
					item('Multi-purpose oil spray', ['400 ml'], [490, 990]),
					item('Silicone spray', ['400 ml'], [590, 1190]),
					item('Chain lubricant', ['400 ml spray', ['1 l can', 'l']], [690, 1990]),
					item('Lithium grease', ['400 g cartridge', ['1 kg tin', 'kg']], [490, 1990]),
					item('Cutting oil', ['400 ml spray', ['5 l canister', 'l']], [790, 4990]),
				]),
			},
			{
				code: 'CONS-ADH',
				name: 'Adhesives & sealants',
				leaf: goods('pcs', [
					item('Acrylic sealant', ['310 ml, white'], [290, 690]),
					item('Silicone sealant', ['310 ml, white', '310 ml, transparent', '310 ml, grey'], [490, 990]),
					item('Construction adhesive', ['290 ml cartridge', '310 ml cartridge'], [590, 1290]),
					item('PU foam', ['500 ml', '750 ml, gun grade'], [690, 1490]),
					item('Two-component epoxy', ['25 ml syringe', '50 ml cartridge'], [490, 1990]),
				]),
			},
			{
				code: 'CONS-CLN',
				name: 'Cleaning',
				leaf: goods('pcs', [
					item('Hand cleaner', ['500 ml tube', ['3 l dispenser bottle', 'l']], [490, 2990]),
					item('Industrial degreaser', [['1 l bottle', 'l'], ['5 l canister', 'l'], ['10 l canister', 'l']], [990, 5990]),
					item('Floor cleaner concentrate', [['10 l canister', 'l']], [2990, 5990]),
					item('Cleaning wipes', [['bucket of 80', 'pack'], ['bucket of 150', 'pack']], [1290, 2990]),
					item('Absorbent granules', [['20 kg bag', 'kg']], [1490, 2990]),
				]),
			},
			{
				code: 'CONS-ABR',
				name: 'Abrasives',
				leaf: goods('pack', [
					item('Sanding sheets', ['P80, pack of 50', 'P120, pack of 50', 'P240, pack of 50'], [990, 2490]),
					item('Flap discs', ['125 mm, P40, pack of 10', '125 mm, P80, pack of 10'], [1990, 4490]),
					item('Cutting discs for steel', ['115 × 1.0 mm, pack of 25', '125 × 1.0 mm, pack of 25', '230 × 1.9 mm, pack of 25'], [1990, 5990]),
					item('Sanding roll', [['115 mm × 50 m, P120', 'pcs']], [1990, 3990]),
				]),
			},
		],
	},
	{
		code: 'SERV',
		name: 'Services',
		children: [
			{
				code: 'SERV-INST',
				name: 'Installation & assembly',
				leaf: service('h', [
					item('Assembly service', ['standard rate', 'weekend rate'], [5500, 8500]),
					item('Shelving installation', ['standard rate', 'weekend rate'], [6500, 9500]),
					item('Machine installation', ['standard rate', 'weekend rate'], [8500, 12500]),
					item('Emergency call-out', ['24/7'], [11000, 15000]),
				]),
			},
			{
				code: 'SERV-MAINT',
				name: 'Maintenance contracts',
				leaf: service('month', [
					item('Calibration service for measuring tools', ['annual inspection', 'quarterly inspection'], [1900, 4900]),
					item('Power tool service flat rate', ['up to 20 tools', 'up to 50 tools'], [2900, 7900]),
					item('Maintenance contract Basic', ['12-month term', '24-month term'], [4900, 9900]),
					item('Maintenance contract Plus', ['12-month term', '24-month term'], [9900, 19900]),
					item('Maintenance contract Premium', ['12-month term', '36-month term'], [19900, 49000]),
				]),
			},
			{
				code: 'SERV-TRAIN',
				name: 'Training',
				leaf: service(
					'day',
					[
						item('Power tool training', ['online', 'at our academy'], [29000, 59000]),
						item('Workplace safety training', ['at our academy', 'on site'], [39000, 89000]),
						item('First aid course', ['up to 12 participants'], [39000, 69000]),
						item('Forklift licence course', ['two days, at our academy'], [49000, 79000]),
						item('Fall protection training', ['on site'], [59000, 99000]),
					],
					0.4,
					VAT_TRAINING,
				),
			},
			{
				code: 'SERV-CONS',
				name: 'Consulting',
				leaf: service(
					'day',
					[
						item('Workplace safety consulting', [['per hour', 'h']], [9500, 14500]),
						item('Procurement consulting', ['per day'], [95000, 140000]),
						item('Warehouse layout planning', ['per day'], [90000, 160000]),
						item('Energy audit', ['per day, including report'], [110000, 160000]),
					],
					0.3,
				),
			},
		],
	},
];

export const BRANDS = ['Ferrox', 'Norvik', 'Stahlmann', 'Baltec', 'Proline', 'Kronberg', 'Alpwerk', 'Tecora'];
export const GOODS_FEATURES = [
	'Robust design for daily use on site.',
	'Meets the relevant EN standards.',
	'Usually available from stock within 24 hours.',
	'Bulk discounts on request.',
	'Tested by our quality assurance.',
	'Ergonomic design for fatigue-free work.',
	'Delivered in recyclable packaging.',
];
export const SERVICE_FEATURES = [
	'Carried out by certified technicians.',
	'Travel costs are charged separately.',
	'Includes a written report.',
	'Scheduling within five working days.',
	'Available throughout DACH, UK and North America.',
];
