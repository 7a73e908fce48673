import { ClaimgraphError } from './errors.js';
import { detectLanguage } from './lang/detect-language.js';
import { LANGUAGE_NAMES } from './lang/function-word-profiles.js';
import { english } from './lang/en/index.js';
import { italian } from './lang/it/index.js';
import type { LanguagePack } from './lang/types.js';
import { checkArguments, type ExtractOptions } from './options.js';
import type { Article } from './pipeline/article.js';
import { runPipeline } from './pipeline/pipeline.js';
import type { ArticleGraph, Diagnostic } from './schema/graph-schema.js';
import { buildGraph } from './stages/graph/index.js';

const packs: Record<'it' | 'en', LanguagePack> = { it: italian, en: english };

/**
 * Reads a news article and returns its graph: actors, quotes, numeric claims and who said them,
 * every node with offsets into `text`. Pure and deterministic; never throws on content (problems
 * become `diagnostics`), only on a caller's misuse (`ClaimgraphError`).
 *
 * @example
 * const graph = extractGraph('«Resteremo», ha detto il ministro Mario Rossi.');
 * graph.quotes[0].text;                 // 'Resteremo'
 * graph.attributions[0].sourceId;       // 'mario-rossi'
 */
export function extractGraph(text: string, options?: ExtractOptions): ArticleGraph {
  checkArguments(text, options);
  const requested = options?.language ?? 'auto';
  const { language, diagnostics } = requested === 'auto' ? autoLanguage(text, options?.onUnsupportedLanguage ?? 'diagnose') : { language: requested, diagnostics: [] };
  return buildGraph(withoutTokens(runPipeline({ text, pack: packs[language], publishedAt: options?.publishedAt ?? null, diagnostics })));
}

/** The language 'auto' reads the text as, and the diagnostic that says when it is not one claimgraph reads. */
function autoLanguage(text: string, onUnsupported: 'diagnose' | 'throw'): { language: 'it' | 'en'; diagnostics: Diagnostic[] } {
  const detected = detectLanguage(text);
  if (detected.language === 'it' || detected.language === 'en') return { language: detected.language, diagnostics: [] };
  const name = LANGUAGE_NAMES[detected.language];
  if (onUnsupported === 'throw') {
    throw new ClaimgraphError('UNSUPPORTED_LANGUAGE', `the text reads as ${name} (${detected.language}); claimgraph reads Italian and English (pass language: 'it' or 'en' to read it anyway)`);
  }
  return {
    language: detected.readAs,
    diagnostics: [{
      code: 'language/unsupported',
      severity: 'warning',
      message: `the text reads as ${name} (${detected.language}), which claimgraph does not read: read as ${LANGUAGE_NAMES[detected.readAs]}, expect few and wrong nodes`,
      start: 0,
      end: detected.end,
    }],
  };
}

// The graph is built from what the stages found, not from the tokens: the tokens (the largest
// state, ~100 bytes each, ~180,000 per MB of text) and the folded copy are let go before it is,
// so the two never stand in memory together.
function withoutTokens(article: Article): Article {
  return { ...article, tokens: undefined, folded: undefined };
}
