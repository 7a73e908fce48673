import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/parse-args.js';

describe('parseCliArgs: batch mode', () => {
  it.each([
    [['extract', '--jsonl'], { jsonl: true, file: null, workers: null }],
    [['extract', '--jsonl', 'archive.jsonl', '--workers', '4'], { jsonl: true, file: 'archive.jsonl', workers: 4 }],
    [['extract', '--workers=2', '--jsonl', '-'], { jsonl: true, file: '-', workers: 2 }],
    [['extract', 'article.txt'], { jsonl: false, file: 'article.txt', workers: null }],
  ])('reads %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['extract', '--jsonl', '--workers'], /--workers takes a whole number from 1 to 256, found nothing/],
    [['extract', '--jsonl', '--workers', '-1'], /found "-1"/],
    [['extract', '--jsonl', '--workers', '1.5'], /found "1.5"/],
    [['extract', '--jsonl', '--workers', '257'], /from 1 to 256/],
    [['extract', '--workers', '2', 'a.txt'], /--workers applies to batch mode/],
    [['extract', '--jsonl', '--pretty'], /--pretty cannot go with --jsonl/],
    [['validate', '--jsonl'], /--jsonl is an option of extract/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
