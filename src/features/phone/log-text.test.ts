import { describe, expect, it } from 'vitest';
import { forPeople } from './log-text';

describe('device log text', () => {
  it('moves the spec note and key of an MPNS image line behind "why"', () => {
    expect(
      forPeople(
        'dropped: the image "/Assets/front.png" is not in the app\'s package or is not a readable image, so only the image was left out and the rest of the tile update is shown (SPEC gives no Windows Phone 7/8 rule; Tilecast drops only the image) [S12]',
      ),
    ).toEqual({
      text: 'dropped: the image "/Assets/front.png" is not in the app\'s package or is not a readable image, so only the image was left out and the rest of the tile update is shown',
      why: 'SPEC gives no Windows Phone 7/8 rule; Tilecast drops only the image. Source: SPEC.md S12.',
    });
  });

  it('keeps notes written for people, and takes out only the key', () => {
    expect(
      forPeople(
        'dropped: the image "x.png" could not be downloaded, so the whole toast was not shown (Windows 8 rule: a bad image drops the notification) [S19]',
      ),
    ).toEqual({
      text: 'dropped: the image "x.png" could not be downloaded, so the whole toast was not shown (Windows 8 rule: a bad image drops the notification)',
      why: 'Source: SPEC.md S19.',
    });
    expect(forPeople('dropped: <visual> missing [S19, S42–S44] at line 1, column 8')).toEqual({
      text: 'dropped: <visual> missing at line 1, column 8',
      why: 'Source: SPEC.md S19, S42–S44.',
    });
  });

  it('leaves a line with no key as it is', () => {
    expect(forPeople('dropped: the app is not running')).toEqual({
      text: 'dropped: the app is not running',
    });
  });
});
