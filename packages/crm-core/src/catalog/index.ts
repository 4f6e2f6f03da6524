export { productGroupChain } from './product-group-chain.ts';
export { productGroupSubtree } from './product-group-subtree.ts';
