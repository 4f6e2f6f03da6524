export { productGroupChain } from './product-group-chain.ts';
