import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditFilterForm } from './audit-filter-form';
import { auditSearchString, parseAuditSearchParams } from './audit-search-params';
import { ChainStatus } from './chain-status';

const PERSON = '0f9b8a1e-5c8d-4b6e-9a77-2d3f4c5b6a7e';

describe('parseAuditSearchParams', () => {
  it('turns the query string into the service filter, "to" including its whole UTC day', () => {
    expect(
      parseAuditSearchParams(
        new URLSearchParams({
          person: PERSON,
          action: 'note.read',
          couple: '',
          from: '2026-03-02',
          to: '2026-03-03',
          before: '51',
        }),
      ),
    ).toEqual({
      ok: true,
      value: {
        filter: {
          actorUserId: PERSON,
          action: 'note.read',
          coupleId: undefined,
          from: new Date('2026-03-02T00:00:00Z'),
          to: new Date('2026-03-04T00:00:00Z'),
        },
        beforeSeq: 51,
      },
    });
  });

  it.each([
    ['person', 'not-a-uuid'],
    ['from', '2026-02-30'],
    ['to', '3/4/2026'],
    ['before', '-1'],
  ])('refuses an invalid %s', (key, value) => {
    expect(parseAuditSearchParams({ [key]: value })).toEqual({ ok: false, invalid: [key] });
  });

  it('writes a filter back without its empty fields', () => {
    expect(auditSearchString({ person: PERSON, action: '', before: 3 })).toBe(`?person=${PERSON}&before=3`);
    expect(auditSearchString({})).toBe('');
  });
});

describe('AuditFilterForm', () => {
  const html = renderToStaticMarkup(
    createElement(AuditFilterForm, {
      values: { person: PERSON, from: '2026-03-02' },
      people: [{ value: PERSON, label: 'Robin Owner' }],
      actions: [{ value: 'note.read', label: 'Read a session note' }],
      couples: [{ value: 'c1', label: 'Alex & Sam' }],
    }),
  );

  it('labels every control and submits by GET', () => {
    expect(html).toContain('method="get"');
    for (const id of ['audit-person', 'audit-action', 'audit-couple', 'audit-from', 'audit-to']) {
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toMatch(/<button [^>]*type="submit"[^>]*>Show events<\/button>/);
  });

  it('names each action in plain words, filtering by its code', () => {
    expect(html).toContain('<option value="note.read">Read a session note</option>');
  });

  it('shows the current filter', () => {
    expect(html).toMatch(new RegExp(`<option value="${PERSON}" selected="">Robin Owner</option>`));
    expect(html).toContain('value="2026-03-02"');
  });
});

describe('ChainStatus', () => {
  const newestCheckpoint = { n: 3, seq: 6, createdAt: new Date('2026-03-02T09:00:00Z') };

  it('says the chain is verified against its checkpoints, as a status, and shows the newest', () => {
    const html = renderToStaticMarkup(
      createElement(ChainStatus, { status: { verified: true, events: 7, checkpoints: 3, newestCheckpoint } }),
    );
    expect(html).toContain('role="status"');
    expect(html).toContain('Chain verified: all 7 events are intact and match all 3 checkpoints.');
    expect(html).toContain('Newest checkpoint: #3 at event #6, 2026-03-02 09:00:00 UTC');
  });

  it('says when there is no checkpoint yet', () => {
    const html = renderToStaticMarkup(
      createElement(ChainStatus, {
        status: { verified: true, events: 1, checkpoints: 0, newestCheckpoint: null },
      }),
    );
    expect(html).toContain('No checkpoint yet');
  });

  it('says where the chain breaks, as an alert', () => {
    const html = renderToStaticMarkup(
      createElement(ChainStatus, {
        status: {
          verified: false,
          events: 7,
          checkpoints: 3,
          newestCheckpoint,
          seq: 4,
          createdAt: new Date('2026-03-02T10:00:00Z'),
          problem: 'missing',
        },
      }),
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Chain broken at event #4');
    expect(html).toContain('2026-03-02 10:00:00 UTC');
    expect(html).toContain('events before it are missing');
  });

  it('says that the newest events are gone when a checkpoint saw more of them', () => {
    const html = renderToStaticMarkup(
      createElement(ChainStatus, {
        status: {
          verified: false,
          events: 4,
          checkpoints: 3,
          newestCheckpoint,
          seq: 5,
          createdAt: null,
          problem: 'truncated',
        },
      }),
    );
    expect(html).toContain('Chain broken at event #5</strong>: this event and every later one');
  });
});
