import { ClaimgraphError } from '../errors.js';
import type { ArticleField, Stage } from './stage.js';

/** Checks once, when a pipeline is assembled, that every stage's needs are provided before it runs. */
export function checkStages(stages: readonly Stage[]): void {
  const provided = new Set<ArticleField>();
  for (const stage of stages) {
    const missing = stage.needs.filter((field) => !provided.has(field));
    if (missing.length > 0) {
      throw new ClaimgraphError(
        'PIPELINE_MISCONFIGURED',
        `stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage provides; move it after the stage that provides them`,
      );
    }
    for (const field of stage.provides) provided.add(field);
  }
}
