export { findQuantities } from './find-quantities.js';
export type { Quantity, TextSpan } from './quantity.js';
