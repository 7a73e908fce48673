export { renderHtml, type RenderOptions } from './render-html.js';
export { renderCorpusHtml, type CorpusPageInput, type CorpusPageDocument, type CorpusActorLike } from './render-corpus.js';
