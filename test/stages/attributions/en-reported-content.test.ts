import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';

const reported = (text: string) => extractGraph(text, { language: 'en' }).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);

describe('English reported content', () => {
  it.each([
    // after the cue: that-clauses, bare clauses, infinitives, objects
    ['Farmers said the harvest would be late this year.', 'the harvest would be late this year'],
    ['The mayor said that the pool will reopen in June.', 'that the pool will reopen in June'],
    ['The coach said he wants to stay with the club.', 'he wants to stay with the club'],
    ['The union vowed to fight the closure.', 'to fight the closure'],
    ['The minister denied wrongdoing.', 'wrongdoing'],
    ['The council called for a ban on night flights.', 'a ban on night flights'],
    ['The tenants complained about the noise from the depot.', 'the noise from the depot'],
    ['Walter Grimes told reporters that the vote was rigged.', 'that the vote was rigged'],
    // before a cue that closes the sentence, and across a cue that interrupts it
    ['The tunnel will stay shut until spring, officials said.', 'The tunnel will stay shut until spring'],
    ['The ferry service is losing money, said Nora Blake, a spokeswoman for the port.', 'The ferry service is losing money'],
    ['The new rules, she said, would hurt small farms.', 'The new rules, she said, would hurt small farms'],
    ['Rents rose by a third last year, according to the police.', 'Rents rose by a third last year'],
  ])('%s -> %s', (text, content) => {
    expect(reported(text)).toContain(content);
  });

  it.each([
    // a cue with nothing to report, and a comma that opens an adjunct, not the content
    ['Asked about the strike, the manager said nothing.', 'Asked about the strike'],
    ['He said.', 'He'],
    ['Ruth Alvarez said the budget was sound, adding that taxes would not rise.', 'the budget was sound, adding that taxes would not rise'],
  ])('%s: not %s', (text, wrong) => {
    expect(reported(text)).not.toContain(wrong);
  });
});
