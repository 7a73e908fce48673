import { countBefore } from '../text/count-before.js';
import type { Token } from './article.js';

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return countBefore(tokens, (t) => t.start < offset);
}
