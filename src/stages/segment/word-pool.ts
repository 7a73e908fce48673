/**
 * One string per distinct word form of an article, shared by all its tokens: a megabyte of news
 * holds ~180,000 tokens but ~15,000 distinct forms, and the tokens are the largest state the
 * pipeline keeps. A form is found by its characters where they stand in the text, so a token of a
 * form already seen allocates no string at all (a hash table of its own: a `Map` needs the
 * substring made first). Also each form's lowercase, computed once per form: lowercasing every
 * capitalised or accented token was a fifth of the tokenizer's time.
 */
export class WordPool {
  private forms: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private hashes = new Int32Array(1024);
  private count = 0;
  private readonly lowercase = new Map<string, string>();

  /** The pool's copy of `word`. */
  shared(word: string): string {
    return this.sharedAt(word, 0, word.length);
  }

  /** The pool's copy of `source.slice(start, end)`, made only if the pool has none. */
  sharedAt(source: string, start: number, end: number): string {
    const length = end - start;
    let hash = 0x811c9dc5 ^ length; // FNV-1a over the UTF-16 code units
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
    const mask = this.forms.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const form = this.forms[slot];
      if (form === undefined) return this.add(slot, hash, source.slice(start, end));
      if (this.hashes[slot] === hash && form.length === length && source.startsWith(form, start)) return form;
    }
  }

  /** The pooled lowercase of a pooled word that has a character with a case (A-Z, or beyond ASCII). */
  lower(word: string): string {
    let lower = this.lowercase.get(word);
    if (lower === undefined) {
      const lowered = word.toLowerCase();
      lower = lowered === word ? word : this.shared(lowered);
      this.lowercase.set(word, lower);
    }
    return lower;
  }

  private add(slot: number, hash: number, form: string): string {
    this.forms[slot] = form;
    this.hashes[slot] = hash;
    if (++this.count * 2 > this.forms.length) this.grow();
    return form;
  }

  /** Twice the slots, every form placed again: the table stays at most half full. */
  private grow(): void {
    const forms = this.forms;
    const hashes = this.hashes;
    this.forms = new Array<string | undefined>(forms.length * 2).fill(undefined);
    this.hashes = new Int32Array(forms.length * 2);
    const mask = this.forms.length - 1;
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i];
      if (form === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.forms[slot] !== undefined) slot = (slot + 1) & mask;
      this.forms[slot] = form;
      this.hashes[slot] = hashes[i]!;
    }
  }
}
