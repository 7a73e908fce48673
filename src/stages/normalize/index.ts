import type { Diagnostic } from '../../schema/graph-schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { foldText } from './fold-text.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Folds typography for matching and reports text that was damaged before it reached us. */
export const normalizeStage: Stage = {
  name: 'normalize',
  needs: [],
  provides: ['folded'],
  run(article) {
    const diagnostics: Diagnostic[] = [];
    const control = CONTROL.exec(article.text);
    if (control) {
      diagnostics.push({
        code: 'text/control-character',
        severity: 'info',
        message: 'the text holds control characters; they are read as spaces',
        start: control.index,
        end: control.index + 1,
      });
    }
    return { folded: foldText(article.text), diagnostics: [...article.diagnostics, ...diagnostics] };
  },
};
