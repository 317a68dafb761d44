import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../components/common/newest-only';

describe('newestOnly', () => {
  it('counts only the newest load, and none once dropped', () => {
    const answers = newestOnly();
    const first = answers.next();
    expect(first()).toBe(true);
    const second = answers.next();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
    answers.drop();
    expect(second()).toBe(false);
  });
});
