export { mergeGraphs, mergeCorpora, corpusOf, type CorpusItem, type MergeOptions } from './merge-corpora.js';
export {
  CORPUS_VERSION, type CorpusGraph, type CorpusActor, type CorpusMember, type CorpusDocument, type CorpusQuote, type CorpusClaim, type CorpusAttribution,
} from './corpus-types.js';
export { romanisationKey } from './romanise.js';
