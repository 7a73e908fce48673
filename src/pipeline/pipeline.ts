import type { Article } from './article.js';
import { checkStages } from './check-stages.js';
import type { Stage } from './stage.js';
import { normalizeStage } from '../stages/normalize/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { quoteMarksStage } from '../stages/quotes/index.js';
import { mentionsStage } from '../stages/mentions/index.js';
import { actorsStage } from '../stages/actors/index.js';
import { attributionsStage } from '../stages/attributions/index.js';
import { joinSplitQuotesStage } from '../stages/attributions/en-join-split-quotes.js';
import { quantitiesStage } from '../stages/quantities/claims-stage.js';
import { timeStage } from '../stages/time/time-stage.js';
import { claimSettingsStage } from '../stages/claim-settings/claim-settings-stage.js';

/**
 * The stages in the order data flows. Quote marks come before mentions because a name inside a
 * quote is not a speaker; actors before attributions because a cue's subject is resolved to an
 * actor; quantities after them because a claim takes the source of the quote or speech that holds it.
 * Times need only the segmentation and come before quantities, which leave the numbers of dates
 * out; claim settings last, since a claim's time and place are read from the times and mentions.
 */
export const pipeline: readonly Stage[] = [
  normalizeStage,
  segmentStage,
  timeStage,
  quoteMarksStage,
  mentionsStage,
  actorsStage,
  attributionsStage,
  joinSplitQuotesStage,
  quantitiesStage,
  claimSettingsStage,
];
checkStages(pipeline);

/** Runs every stage over the article, each adding its fields. */
export function runPipeline(article: Article, stages: readonly Stage[] = pipeline): Article {
  let state = article;
  for (const stage of stages) state = { ...state, ...stage.run(state) };
  return state;
}
