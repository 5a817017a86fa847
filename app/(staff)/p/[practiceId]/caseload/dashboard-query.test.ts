import { describe, expect, it } from 'vitest';
import { dashboardHref, readDashboardQuery } from './dashboard-query';

const BASE = '/p/x/caseload';

describe('readDashboardQuery', () => {
  it('defaults to the automatic scope (own couples, or everyone’s for an owner with none) and no search', () => {
    expect(readDashboardQuery({})).toMatchObject({ counselor: 'auto', search: '', page: 1 });
  });

  it('keeps a chosen scope and ignores one it does not know', () => {
    expect(readDashboardQuery({ counselor: 'mine' }).counselor).toBe('mine');
    expect(readDashboardQuery({ counselor: 'all' }).counselor).toBe('all');
    const id = '0b6f6c1e-8a43-4c63-9a59-2f0a4b1f5d10';
    expect(readDashboardQuery({ counselor: id }).counselor).toBe(id);
    expect(readDashboardQuery({ counselor: 'drop table' }).counselor).toBe('auto');
  });

  it('reads the search, trimmed, and drops one longer than the procedure accepts', () => {
    expect(readDashboardQuery({ q: '  Avery ' }).search).toBe('Avery');
    expect(readDashboardQuery({ q: ['Lee', 'Avery'] }).search).toBe('Lee');
    expect(readDashboardQuery({ q: 'x'.repeat(101) }).search).toBe('');
  });
});

describe('the measure alert filter', () => {
  it('reads a known alert and drops anything else', () => {
    expect(readDashboardQuery({}).measureAlert).toBeNull();
    expect(readDashboardQuery({ alert: 'worse' }).measureAlert).toBe('worse');
    expect(readDashboardQuery({ alert: '' }).measureAlert).toBeNull();
    expect(readDashboardQuery({ alert: 'panic' }).measureAlert).toBeNull();
    expect(dashboardHref(BASE, readDashboardQuery({ alert: 'any' }), { page: 2 })).toBe(
      `${BASE}?alert=any&page=2`,
    );
  });
});

describe('dashboardHref', () => {
  it('leaves defaults out and keeps the search across sorting and paging', () => {
    const query = readDashboardQuery({ q: 'Avery' });
    expect(dashboardHref(BASE, readDashboardQuery({}), {})).toBe(BASE);
    expect(dashboardHref(BASE, query, { sort: 'name', direction: 'asc', page: 2 })).toBe(
      `${BASE}?q=Avery&sort=name&page=2`,
    );
    expect(dashboardHref(BASE, query, { counselor: 'mine', search: '' })).toBe(`${BASE}?counselor=mine`);
  });

  it('round-trips through the URL', () => {
    const query = readDashboardQuery({
      counselor: 'all',
      q: 'Sam Lee',
      status: 'closed',
      overdue: '1',
      alert: 'alliance-split',
    });
    expect(query.measureAlert).toBe('alliance-split');
    const search = new URL(dashboardHref(BASE, query, {}), 'http://x').searchParams;
    expect(readDashboardQuery(Object.fromEntries(search))).toEqual(query);
  });
});
