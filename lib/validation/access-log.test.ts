import { describe, expect, it } from 'vitest';
import { ZAccessLogParams } from './access-log';

describe("the access log's address", () => {
  it('reads each filter and the page', () => {
    expect(
      ZAccessLogParams.parse({ child: 'ckpatient1', user: 'ckuser1', from: '2026-12-01', to: '2026-12-02', page: '3' }),
    ).toEqual({ child: 'ckpatient1', user: 'ckuser1', from: '2026-12-01', to: '2026-12-02', page: 3 });
  });

  it('drops what makes no sense instead of failing the page', () => {
    expect(
      ZAccessLogParams.parse({
        child: 'not an id!',
        user: ['ckuser1', 'other'],
        from: '2026-02-30',
        to: '',
        page: '0',
      }),
    ).toEqual({ child: undefined, user: 'ckuser1', from: undefined, to: undefined, page: 1 });
    expect(ZAccessLogParams.parse({})).toEqual({ page: 1 });
  });
});
