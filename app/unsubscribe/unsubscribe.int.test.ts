// The unsubscribe link's two doors, on a real database: the landing page (a GET that only reads
// the token; its button's server action unsubscribes) and the RFC 8058 one-click POST endpoint.
import { eq } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { unsubscribeToken } from '@/server/email/unsubscribe-token';
import { makeUser } from '@/test/factories';
import { createTestDb } from '@/test/test-db';

let t: DbHandle;
// The app's database handle, pointed at this file's test database.
vi.mock('@/server/db', () => ({ getDb: async () => t.db }));

const { POST } = await import('../api/unsubscribe/route');
const { unsubscribe } = await import('./actions');
const { default: UnsubscribePage } = await import('./page');

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const rowOf = async (userId: string) =>
  (await t.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)))[0];

const oneClick = (token: string, body = 'List-Unsubscribe=One-Click') =>
  POST(
    new Request(`http://localhost:3000/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    }),
  );

const renderPage = async (searchParams: Record<string, string | undefined>) =>
  renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve(searchParams) }));

describe('one-click POST /api/unsubscribe', () => {
  it('unsubscribes the token’s category, answers 200, and a repeat changes nothing more', async () => {
    const user = await makeUser(t.db, 'One Click');
    const token = unsubscribeToken(user.id, 'homework');
    const first = await oneClick(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ unsubscribed: 'homework' });
    const after = await rowOf(user.id);
    expect(after).toMatchObject({ homeworkNudges: false, sessionReminders: true, dailyDigest: true });

    const again = await oneClick(token);
    expect(again.status).toBe(200);
    expect(await rowOf(user.id)).toMatchObject({
      homeworkNudges: false,
      sessionReminders: true,
      dailyDigest: true,
    });
  });

  it('accepts the body as multipart form data too', async () => {
    const user = await makeUser(t.db, 'Multi Part');
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const response = await POST(
      new Request(`http://localhost:3000/api/unsubscribe?token=${unsubscribeToken(user.id, 'sessions')}`, {
        method: 'POST',
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect((await rowOf(user.id))?.sessionReminders).toBe(false);
  });

  it('answers 400 to a bad token or a body that is not a one-click request, changing nothing', async () => {
    const user = await makeUser(t.db, 'Not Changed');
    const other = await makeUser(t.db, 'Other Person');
    const [, , mac] = unsubscribeToken(other.id, 'homework').split('.');
    const bad = [
      await oneClick(`${user.id}.homework.${mac}`),
      await oneClick(''),
      await oneClick(unsubscribeToken(user.id, 'homework'), ''),
      await oneClick(unsubscribeToken(user.id, 'homework'), 'List-Unsubscribe=Yes'),
    ];
    for (const response of bad) {
      expect(response.status).toBe(400);
      expect(await response.json()).toHaveProperty('error');
    }
    expect(await rowOf(user.id)).toBeUndefined();
  });
});

describe('the landing page', () => {
  it('says which emails the link stops and shows a button, changing nothing on GET', async () => {
    const user = await makeUser(t.db, 'Page Reader');
    const token = unsubscribeToken(user.id, 'sessions');
    const html = await renderPage({ token });
    expect(html).toContain('Unsubscribe from these emails?');
    expect(html).toContain('session reminders');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Stop session reminders<\/button>/);
    expect(html).toContain(`value="${token}"`);
    expect(await rowOf(user.id)).toBeUndefined();
  });

  it.each([{ token: 'forged.token.value' }, {}])(
    'explains a link that does not work (%o)',
    async (params) => {
      const html = await renderPage(params);
      expect(html).toContain('This unsubscribe link does not work');
      expect(html).toContain('Nothing was changed');
      expect(html).not.toContain('<form');
    },
  );

  it('its button’s action unsubscribes and can be pressed twice', async () => {
    const user = await makeUser(t.db, 'Button Presser');
    const form = new FormData();
    form.set('token', unsubscribeToken(user.id, 'digest'));
    expect(await unsubscribe({}, form)).toEqual({ done: 'digest' });
    expect(await unsubscribe({}, form)).toEqual({ done: 'digest' });
    expect(await rowOf(user.id)).toMatchObject({ dailyDigest: false, homeworkNudges: true });
  });

  it('its button’s action explains a forged token and changes nothing', async () => {
    const user = await makeUser(t.db, 'Forged Form');
    const form = new FormData();
    form.set('token', `${user.id}.digest.AAAA`);
    expect(await unsubscribe({}, form)).toEqual({ error: expect.stringMatching(/not valid/) });
    expect(await rowOf(user.id)).toBeUndefined();
  });

  it('confirms in words what stopped and how to turn it back on', async () => {
    const { Unsubscribed } = await import('./unsubscribe-form');
    const html = renderToStaticMarkup(createElement(Unsubscribed, { category: 'homework' }));
    expect(html).toContain('You are unsubscribed');
    expect(html).toContain('homework reminders');
    expect(html).toContain('Email notifications');
    expect(html).toContain('turn them back on');
  });
});
