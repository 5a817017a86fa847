// Real ids for every dynamic segment, and real tokens for the pages an emailed link opens: read
// from the demo data through the app's own API, or made the way a person would make them (a
// practice exercise, an invitation, a homework email, a paid checkout). A step that fails leaves
// its pages on an id of nothing (they show as failed, with the reason listed), so one broken step
// never hides the rest. Steps that do not depend on each other run side by side.
import type { Browser, Page } from '@playwright/test';
import { z } from 'zod';
import { fillSignUpForm, SIGN_UP_SENT, unique } from '../support';
import { billingSample } from './billing-sample';
import { mailedLinkQuery } from './mail-link';
import { DEMO_PARTNER, type Person, type Role } from './people';
import { trpcMutation, trpcQuery } from './trpc';
import { unsubscribeSample } from './unsubscribe-sample';

export type SampleIds = {
  /** Route segment values by name, plus the local Stripe ids (their routes name them all `sessionId`). */
  params: Record<string, string>;
  /** `?token=…` for the pages an emailed link opens, by route. */
  search: Record<string, string>;
  /** What could not be set up, and why. */
  missing: string[];
};

const ZId = z.object({ id: z.uuid() });

export async function sampleIds(
  browser: Browser,
  baseURL: string,
  practiceId: string,
  people: Record<Role, Person>,
): Promise<SampleIds> {
  // A questionnaire's page is named by its measure, which is data of the app, not of the demo.
  const ids: SampleIds = { params: { practiceId, measure: 'phq-9' }, search: {}, missing: [] };
  const { params, search } = ids;
  const step = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      ids.missing.push(`${what}: ${String(error).split('\n')[0]}`);
    }
  };
  const owner = people.owner.page.request;
  const partner = people.partner.page.request;
  /** A tab of the visitor's for one step, so steps side by side do not share a page. */
  const inVisitorTab = async <T>(run: (tab: Page) => Promise<T>) => {
    const tab = await people.visitor.context.newPage();
    try {
      return await run(tab);
    } finally {
      await tab.close();
    }
  };

  await Promise.all([
    step('couple, session and homework', async () => {
      const home = await trpcQuery(partner, {
        practiceId,
        path: 'portal.home',
        output: z.object({ coupleId: z.uuid() }),
      });
      params.coupleId = home.coupleId;
      const list = await trpcQuery(partner, {
        practiceId,
        path: 'portal.homework.list',
        output: z.object({ items: z.array(ZId) }),
      });
      params.assignmentId = list.items[0]?.id ?? '';
      const sessions = await trpcQuery(owner, {
        practiceId,
        path: 'sessions.forCouple',
        input: { coupleId: home.coupleId },
        output: z.object({ past: z.array(ZId), upcoming: z.array(ZId) }),
      });
      params.sessionId = (sessions.past[0] ?? sessions.upcoming[0])?.id ?? '';
    }),
    step('exercises', async () => {
      const found = await trpcQuery(owner, {
        practiceId,
        path: 'exercises.find',
        input: { source: 'library' },
        output: z.array(ZId.extend({ content: z.record(z.string(), z.unknown()) })),
      });
      const library = found[0];
      if (!library) throw new Error('the library is empty');
      params.libraryExerciseId = library.id;
      const copy = await trpcMutation(owner, {
        practiceId,
        path: 'exercises.create',
        input: { content: library.content, copiedFromExerciseId: library.id },
        output: z.object({ exerciseId: z.uuid() }),
      });
      params.exerciseId = copy.exerciseId;
    }),
    step('a measure of the practice', async () => {
      const saved = await trpcMutation(owner, {
        practiceId,
        path: 'practiceMeasures.create',
        input: {
          measure: {
            title: 'Gallery measure',
            clientTitle: 'A few questions',
            about: 'relationship',
            instructions: 'Over the last week:',
            items: [{ text: 'We talked each day.' }],
            choices: [
              { value: 0, label: 'No' },
              { value: 1, label: 'Yes' },
            ],
            choiceLayout: 'list',
            scoring: 'sum',
            better: 'higher',
            bands: [{ from: 0, label: 'Any', tone: 'calm' }],
            reliableChange: null,
            clinicalCutOff: null,
            licence: 'Our own words.',
          },
        },
        output: ZId,
      });
      params.measureId = saved.id;
    }),
    step('invitation link', async () => {
      const email = `gallery.${unique()}@e2e.example`;
      await trpcMutation(owner, {
        practiceId,
        path: 'team.invite',
        input: { email, role: 'counselor' },
        output: z.unknown(),
      });
      search['/invite'] = await inVisitorTab((tab) => mailedLinkQuery(tab, email, '/invite'));
    }),
    step('sign-in link', async () => {
      search['/magic'] = await inVisitorTab(async (tab) => {
        await tab.goto('/sign-in/link');
        await tab.getByLabel('Email').fill(DEMO_PARTNER.email);
        await tab.getByRole('button', { name: 'Email me a sign-in link' }).click();
        await tab.getByText('a sign-in link is on its way').waitFor();
        return mailedLinkQuery(tab, DEMO_PARTNER.email, '/magic');
      });
    }),
    step('sign-up link', async () => {
      const email = `gallery.${unique()}@e2e.example`;
      search['/sign-up/confirm'] = await inVisitorTab(async (tab) => {
        await fillSignUpForm(tab, {
          practiceName: 'Gallery Practice',
          email,
          password: 'correct horse battery',
        });
        await tab.getByText(SIGN_UP_SENT).waitFor();
        return mailedLinkQuery(tab, email, '/sign-up/confirm');
      });
    }),
    step('local Stripe checkout, portal and invoice', async () => {
      Object.assign(params, await billingSample(browser, baseURL));
    }),
  ]);
  // Needs the couple and a library exercise from above.
  await step('unsubscribe link (a homework email)', async () => {
    search['/unsubscribe'] = await inVisitorTab((mailbox) =>
      unsubscribeSample(
        { owner: people.owner.page, partner: people.partner.page, mailbox },
        {
          practiceId,
          coupleId: params.coupleId ?? '',
          exerciseId: params.libraryExerciseId ?? '',
          partnerEmail: DEMO_PARTNER.email,
        },
      ),
    );
  });
  return ids;
}
