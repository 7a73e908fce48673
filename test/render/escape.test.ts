import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/render/escape.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['</textarea><b>', '&lt;/textarea&gt;&lt;b&gt;'],
    ['Tom & "Jerry" l\'altro', 'Tom &amp; &quot;Jerry&quot; l&#39;altro'],
    ['&amp; already', '&amp;amp; already'],
    ['plain «testo» – è', 'plain «testo» – è'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('keeps the length of text that needs no escape, so offsets are untouched', () => {
    const text = 'Ha detto: “basta così”.\n\tNuova riga 😀';
    expect(escapeHtml(text)).toBe(text);
  });
});

describe('jsonForScript', () => {
  it('leaves no character that could end or change a script element', () => {
    const value = { a: '</script><script>window.x=1</script>', b: '<!-- x -->', c: 'a & b > c', d: '\u2028\u2029' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
