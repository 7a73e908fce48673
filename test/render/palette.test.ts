import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/render/contrast.js';
import { DARK, LIGHT } from '../../src/render/palette.js';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0000ff', '#ffffff', 8.59],
  ])('%s on %s is %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});

describe.each([['light', LIGHT], ['dark', DARK]] as const)('the %s palette passes WCAG AA', (_, c) => {
  const tints = [...c.speakers, c.unknown];
  it('body, muted and claim-label text on the page, the panel and every speaker tint: 4.5:1', () => {
    for (const bg of [c.page, c.panel, ...tints.map((s) => s.tint)]) {
      expect(contrastRatio(c.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c.claim, bg)).toBeGreaterThanOrEqual(4.5);
    }
    for (const bg of [c.page, c.panel]) {
      expect(contrastRatio(c.muted, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c.warning, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c.focus, bg)).toBeGreaterThanOrEqual(4.5); // links are text
    }
  });
  it('badge numbers on each accent: 4.5:1', () => {
    for (const s of tints) expect(contrastRatio(c.badgeText, s.accent)).toBeGreaterThanOrEqual(4.5);
  });
  it('underlines, borders and the focus ring on the page and on tints: 3:1', () => {
    for (const s of tints) {
      expect(contrastRatio(s.accent, c.page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.accent, s.tint)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.focus, s.tint)).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(c.focus, c.page)).toBeGreaterThanOrEqual(3);
  });
  it('gives speakers colours a reader can tell apart from the no-speaker grey', () => {
    expect(new Set(c.speakers.map((s) => s.tint)).size).toBe(c.speakers.length);
    expect(c.speakers.map((s) => s.tint)).not.toContain(c.unknown.tint);
  });
});
