import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { authorize } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { auditRefusal } from '@/lib/server/audit/audit-refusal';
import { getRequestTranslator, getVisitorTranslator } from '@/lib/i18n/request-translator';
import { translatable } from '@/lib/i18n/translatable';
import { translatorFor } from '@/lib/i18n/translator';
import { DATABASE_OVERLOADED } from '@/lib/server/database-pool';
import { proxyRefusal } from '@/lib/server/request-id';
import { IDLE, type ActionState } from './action-state';
import { defineAction } from './define-action';

// The session, the audit log and the proxy's verdict come from the database and the request, which
// a unit test has neither of: it stands in for them and checks what the wrapper does with them.
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
vi.mock('@/lib/server/audit/audit-refusal', () => ({ auditRefusal: vi.fn(async () => undefined) }));
vi.mock('@/lib/i18n/request-translator', () => ({ getRequestTranslator: vi.fn(), getVisitorTranslator: vi.fn() }));
vi.mock('@/lib/server/request-id', () => ({
  currentRequestId: vi.fn(async () => null),
  proxyRefusal: vi.fn(async () => null),
}));

const doctor: Actor = { id: 'doctor-1', role: 'PAEDIATRICIAN', name: 'Dr Test', email: 'dr@clinic.test' };
const parent: Actor = { id: 'parent-1', role: 'PARENT', name: 'Parent', email: 'parent@clinic.test' };

const ZNote = z.object({
  title: z.string().min(3, 'At least 3 characters.'),
  count: z.coerce.number().int('A whole number.'),
  password: z.string().optional(),
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, one);
  return data;
}

const run = vi.fn(async (input: z.infer<typeof ZNote>, actor: Actor) => {
  authorize(actor, 'PRESCRIBE_COURSE');
  return { saved: input.title };
});
const noteAction = defineAction({
  schema: ZNote,
  secretFields: ['password'],
  run,
  onSuccess: ({ saved }) => ({ status: 'success', message: `Saved ${saved}.` }),
});

function errorOf(state: ActionState) {
  if (state.status !== 'error') throw new Error(`Expected an error state, got ${JSON.stringify(state)}`);
  return state;
}

beforeEach(() => {
  vi.mocked(getCurrentUser).mockClear().mockResolvedValue(doctor);
  vi.mocked(proxyRefusal).mockResolvedValue(null);
  vi.mocked(auditRefusal).mockClear();
  vi.mocked(getRequestTranslator).mockReset().mockResolvedValue(translatorFor('en'));
  vi.mocked(getVisitorTranslator).mockReset().mockResolvedValue(translatorFor('en'));
  run.mockClear();
});

const TROUBLE_MESSAGES = {
  BUSY: 'The record is busy; try again.',
  OVERLOADED:
    "The clinic's system is too busy right now, so your entry was not saved. It is still here: send it again in a minute.",
  DATABASE_DOWN:
    "The clinic's system cannot reach its database right now, so your entry was not saved. It is still here: send it again in a minute.",
} as const;

afterEach(() => vi.restoreAllMocks());

describe('defineAction', () => {
  it('runs the use case with the parsed input and the actor, then onSuccess', async () => {
    expect(await noteAction(IDLE, form({ title: 'Colic', count: '2' }))).toEqual({
      status: 'success',
      message: 'Saved Colic.',
    });
    expect(run).toHaveBeenCalledWith({ title: 'Colic', count: 2 }, doctor, []);
  });

  it('refuses a request without a session and runs nothing, keeping what was typed but the password', async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(null);
    const state = errorOf(await noteAction(IDLE, form({ title: 'Colic', count: '2', password: 'secret-secret' })));
    expect(state.message).toBe('You are not allowed to do this. Sign in again with the right account.');
    expect(state.values).toEqual({ title: 'Colic', count: '2' });
    expect(run).not.toHaveBeenCalled();
  });

  it("shows the use case's refusal of a role as a message, not a crash, and records the refusal", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(parent);
    const state = errorOf(await noteAction(IDLE, form({ title: 'Colic', count: '2' })));
    expect(state.message).toBe('You are not allowed to do this. Sign in again with the right account.');
    expect(state.fieldErrors).toEqual({});
    expect(auditRefusal).toHaveBeenCalledWith(parent, expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it("answers the proxy's refusal beside the form, with what was typed, before touching the database", async () => {
    for (const reason of ['OVERLOADED', 'DATABASE_DOWN'] as const) {
      vi.mocked(proxyRefusal).mockResolvedValue(reason);
      const state = errorOf(await noteAction(IDLE, form({ title: 'Colic', count: '2', password: 'secret-secret' })));
      expect(state.message).toBe(TROUBLE_MESSAGES[reason]);
      expect(state.values).toEqual({ title: 'Colic', count: '2' });
    }
    expect(getCurrentUser).not.toHaveBeenCalled();
    // The account's language is read from the database: the cookie's or the browser's answers instead.
    expect(getRequestTranslator).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it('says which database trouble failed an admitted action, and keeps what was typed', async () => {
    const failing = (error: unknown) =>
      defineAction({
        schema: ZNote,
        run: async () => {
          throw error;
        },
      });
    // As Prisma nests them: the pool's refusal, and a server it cannot reach (P1001).
    const overloaded = Object.assign(new Error('pool'), { cause: { code: DATABASE_OVERLOADED } });
    const unreachable = Object.assign(new Error("Can't reach database server"), { code: 'P1001' });
    const lockTimeout = Object.assign(new Error('lock'), {
      meta: { driverAdapterError: { cause: { originalCode: '55P03' } } },
    });
    for (const [caught, trouble] of [
      [overloaded, 'OVERLOADED'],
      [unreachable, 'DATABASE_DOWN'],
      [lockTimeout, 'BUSY'],
    ] as const) {
      const state = errorOf(await failing(caught)(IDLE, form({ title: 'Colic', count: '2' })));
      expect(state.message).toBe(TROUBLE_MESSAGES[trouble]);
      expect(state.values).toEqual({ title: 'Colic', count: '2' });
    }
  });

  it('gives every invalid field its messages, and does not run the use case', async () => {
    const state = errorOf(await noteAction(IDLE, form({ title: 'ab', count: '1.5', password: 'secret-secret' })));
    expect(state.message).toBe('Please correct the highlighted fields.');
    expect(state.fieldErrors).toEqual({ title: ['At least 3 characters.'], count: ['A whole number.'] });
    expect(state.values).toEqual({ title: 'ab', count: '1.5' });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers in the reader's language: field messages, its own messages and a refusal's", async () => {
    vi.mocked(getRequestTranslator).mockResolvedValue(translatorFor('ru'));
    const required = defineAction({
      schema: z.object({
        reason: z
          .string()
          .min(1, translatable('validation.field.required', { label: translatable('validation.labels.reason') })),
      }),
      run: async () => undefined,
    });
    expect(errorOf(await required(IDLE, form({ reason: '' })))).toMatchObject({
      message: 'Исправьте отмеченные поля.',
      fieldErrors: { reason: ['Заполните поле «Причина».'] },
    });
    const refused = defineAction({
      schema: ZNote,
      run: async () => {
        throw new AppError('CONFLICT', translatable('errors.action.outOfDate'), {
          title: [translatable('validation.choose.course')],
        });
      },
    });
    expect(errorOf(await refused(IDLE, form({ title: 'Colic', count: '2' })))).toMatchObject({
      message: 'Страница устарела. Обновите её и попробуйте ещё раз.',
      fieldErrors: { title: ['Выберите курс.'] },
    });
    expect(
      await defineAction({ schema: ZNote, run: async () => undefined })(IDLE, form({ title: 'Colic', count: '2' })),
    ).toEqual({
      status: 'success',
      message: 'Сохранено.',
    });
  });

  it('shows an expected error (AppError) with its field messages', async () => {
    const conflict = defineAction({
      schema: ZNote,
      run: async () => {
        throw new AppError('CONFLICT', 'Already there.', { title: ['Taken.'] });
      },
    });
    expect(await conflict(IDLE, form({ title: 'Colic', count: '2' }))).toEqual({
      status: 'error',
      message: 'Already there.',
      fieldErrors: { title: ['Taken.'] },
      values: { title: 'Colic', count: '2' },
    });
  });

  it('logs an unexpected error with a reference and shows only a generic message with it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = defineAction({
      schema: ZNote,
      run: async () => {
        throw new Error('connection reset by peer');
      },
    });
    const state = errorOf(await broken(IDLE, form({ title: 'Colic', count: '2' })));
    const reference = /\(reference ([0-9a-f]{8})\)\.$/.exec(state.message)?.[1];
    expect(state.message).toMatch(/^Something went wrong and nothing was saved \(reference [0-9a-f]{8}\)\.$/);
    expect(state.message).not.toContain('connection reset');
    expect(logged).toHaveBeenCalledWith(
      `[action ${reference}]`,
      expect.objectContaining({ message: 'connection reset by peer' }),
    );
  });

  it('answers malformed form data with an error state, never a throw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const notAForm = {
      keys: () => {
        throw new TypeError('not form data');
      },
    } as unknown as FormData;
    for (const formData of [notAForm, undefined as unknown as FormData]) {
      const state = errorOf(await noteAction(IDLE, formData));
      expect(state.message).toMatch(/^Something went wrong and nothing was saved/);
      expect(state.values).toEqual({});
    }
    expect(run).not.toHaveBeenCalled();
  });

  it('parses the arguments a page binds, and refuses ones that do not fit', async () => {
    const bound = vi.fn(async (_input: unknown, _actor: Actor, [patientId]: [string]) => patientId);
    const boundAction = defineAction({
      schema: ZNote,
      bind: z.tuple([z.string().min(1)]),
      run: bound,
      onSuccess: (patientId) => ({ status: 'success', message: patientId }),
    });
    expect(await boundAction('patient-7', IDLE, form({ title: 'Colic', count: '2' }))).toEqual({
      status: 'success',
      message: 'patient-7',
    });
    const tampered = boundAction as unknown as (
      id: unknown,
      state: ActionState,
      formData: FormData,
    ) => Promise<ActionState>;
    expect(errorOf(await tampered({ id: 'x' }, IDLE, form({ title: 'Colic', count: '2' }))).message).toBe(
      'This page is out of date. Reload it and try again.',
    );
    expect(bound).toHaveBeenCalledTimes(1);
  });

  it('builds a schema per request when given a function', async () => {
    let minimum = 1;
    const perRequest = defineAction({
      schema: () => z.object({ count: z.coerce.number().min(minimum, 'Too small.') }),
      run: async (input) => input.count,
    });
    expect(await perRequest(IDLE, form({ count: '2' }))).toEqual({ status: 'success', message: 'Saved.' });
    minimum = 3;
    expect(errorOf(await perRequest(IDLE, form({ count: '2' }))).fieldErrors).toEqual({ count: ['Too small.'] });
  });
});
