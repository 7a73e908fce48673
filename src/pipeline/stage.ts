import type { Article } from './article.js';

export type ArticleField = Exclude<keyof Article, 'text' | 'pack' | 'publishedAt' | 'diagnostics'>;

/** A pipeline component: what it reads, what it adds, and the pure function that does it. */
export interface Stage {
  name: string;
  needs: readonly ArticleField[];
  provides: readonly ArticleField[];
  run(article: Article): Partial<Article>;
}
