import { describe, expect, it } from 'vitest';
import { gallery } from './gallery';
import { defaultOptions, type Draft } from './request';
import { loadLibrary } from './library';
import { encodeDraft, readShareLink } from './share';

const draft: Draft = {
  template: gallery[0]!.id,
  service: 'wns',
  type: 'wns/toast',
  xml: gallery[0]!.xml,
  options: defaultOptions,
};
/** A link with any JSON in it, as an attacker would make one. */
const link = (value: unknown) => encodeDraft(value as Draft);

describe('share links are checked before the composer sees them', () => {
  it('reads a link Tilecast made', () => {
    expect(readShareLink(encodeDraft(draft))).toEqual({ draft });
  });

  it('fills options a link made before them lacks', () => {
    const { options: _, ...old } = draft;
    void _;
    expect(readShareLink(link(old))).toEqual({ draft });
  });

  it.each<[string, unknown, RegExp]>([
    ['a type no service sends', { ...draft, type: 'wns/nonsense' }, /`type`/],
    ['an MPNS type under WNS', { ...draft, type: 'token' }, /`type`/],
    ['an unknown service', { ...draft, service: 'apns' }, /`service`/],
    ['xml that is not text', { ...draft, xml: { toString: 1 } }, /`xml`/],
    [
      'a batch interval the form has not',
      { ...draft, options: { batch: 1e300 } },
      /`options.batch`/,
    ],
    ['a priority that is an object', { ...draft, options: { priority: {} } }, /`options.priority`/],
    ['no object at all', 'toast', /not a draft/],
  ])('refuses %s, and says which field', (_, value, problem) => {
    expect(readShareLink(link(value))).toEqual({ problem: expect.stringMatching(problem) });
  });

  it('refuses a fragment that is not base64 JSON', () => {
    expect(readShareLink('#compose=!!!')).toEqual({ problem: expect.stringMatching(/encoded/) });
  });

  it('ignores fragments that are no share link', () => {
    expect(readShareLink('#other')).toBeUndefined();
  });
});

describe('the saved library in localStorage is checked too', () => {
  it('keeps good payloads and leaves out the rest', () => {
    const good = { id: 'p1', name: 'Good', draft };
    const stored = [
      good,
      null,
      { id: 'p2', name: 'Bad', draft: { ...draft, type: 'x' } },
      { id: 3 },
    ];
    const storage = { getItem: () => JSON.stringify(stored) };
    expect(loadLibrary(storage)).toEqual([good]);
  });
});
