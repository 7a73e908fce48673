export { renderHtml, type RenderOptions } from './render-html.js';
export { renderCorpusHtml, type CorpusInput, type CorpusDocument, type CorpusActorLike } from './render-corpus.js';
