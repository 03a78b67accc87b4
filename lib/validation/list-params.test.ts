import { describe, expect, it } from 'vitest';
import { ZListParams } from './list-params';

describe('list page addresses', () => {
  it('reads the search and the page, the first of repeated values', () => {
    expect(ZListParams.parse({ q: '  Petrov ', page: '3' })).toEqual({ q: 'Petrov', page: 3 });
    expect(ZListParams.parse({ q: ['Leo', 'Mia'], page: ['2', '5'] })).toEqual({ q: 'Leo', page: 2 });
  });

  it('starts at the first page of everything when the address says nothing useful', () => {
    expect(ZListParams.parse({})).toEqual({ q: '', page: 1 });
    for (const page of ['0', '-2', '1.5', 'two', '99999999']) expect(ZListParams.parse({ page }).page).toBe(1);
    expect(ZListParams.parse({ q: 'x'.repeat(101) }).q).toBe('');
  });
});
