import { describe, expect, it } from 'vitest';
import { summarize, wilsonInterval } from '@/src/score/summarize';
import type { Classification } from '@/src/model/post';

const post = (tag: Classification['tag'], invitesResponse = false, perspective: Classification['perspective'] = null) => ({
  classification: { tag, perspective, invitesResponse },
});

describe('the sending score as the codebook defines it', () => {
  it('counts broadcast, promotion and brand experience that invite no response, over tagged posts', () => {
    const summary = summarize([
      post('broadcast'),
      post('broadcast', true),
      post('promotion'),
      post('experience', false, 'brand'),
      post('experience', false, 'user'),
      post('webcare', true),
      post('co-creation', true),
      post('service'),
      post('commerce'),
      post('unknown'),
    ]);
    // Sending: broadcast, promotion, experience/brand = 3 of 9 tagged (the unknown post is seen, not counted).
    expect(summary.sendingOnly).toBe(3);
    expect(summary.tagged).toBe(9);
    expect(summary.seen).toBe(10);
    expect(summary.sendingScore).toBeCloseTo((100 * 3) / 9);
    expect(summary.replies).toBe(1);
    expect(summary.questions).toBe(2);
  });
  it('is 100 when the brand only sends and 0 when every post is dialogue', () => {
    expect(summarize([post('broadcast'), post('promotion')]).sendingScore).toBe(100);
    expect(summarize([post('webcare', true), post('co-creation', true)]).sendingScore).toBe(0);
  });
  it('has no score, not a zero, when nothing is tagged', () => {
    expect(summarize([post('unknown')]).sendingScore).toBeNull();
  });
  it('places posts in the eight cells, experience by perspective', () => {
    const summary = summarize([post('experience', false, 'user'), post('experience', false, 'brand'), post('commerce')]);
    expect(summary.byCell['user-experience']).toBe(1);
    expect(summary.byCell['brand-experience']).toBe(1);
    expect(summary.byCell['user-sales']).toBe(1);
    expect(Object.keys(summary.byCell)).toHaveLength(8);
  });
  it('warns about thin coverage: few posts, and no replies seen', () => {
    expect(summarize([post('broadcast')]).warnings).toEqual(['few-posts', 'no-replies-seen']);
    const many = [...Array.from({ length: 20 }, () => post('broadcast')), post('webcare', true)];
    expect(summarize(many).warnings).toEqual([]);
  });
});

describe('how sure the sending score is for the posts seen', () => {
  it('gives a 1-post brand a wide 90% interval and a 26-post brand a narrow one, as a Wilson interval does', () => {
    const sends = { classification: { tag: 'broadcast', perspective: null, invitesResponse: false } } as const;
    const one = summarize([sends]).sendingInterval!.map(Math.round);
    const many = summarize(Array.from({ length: 26 }, () => sends)).sendingInterval!.map(Math.round);
    expect(one).toEqual([27, 100]);
    expect(many).toEqual([91, 100]);
    expect(wilsonInterval(13, 26).map(Math.round)).toEqual([35, 65]);
    expect(summarize([]).sendingInterval).toBeNull();
  });
});
