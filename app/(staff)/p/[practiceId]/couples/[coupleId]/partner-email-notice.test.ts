import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PartnerEmailNotice } from './partner-email-notice';

const render = (reason: 'bounce' | 'complaint') =>
  renderToStaticMarkup(createElement(PartnerEmailNotice, { suppression: { reason, since: '2026-11-20' } }));

describe('PartnerEmailNotice', () => {
  it('says the address bounced, when, that sending stopped, and what to do', () => {
    const html = render('bounce');
    expect(html).toMatch(/^<div [^>]*role="note"/);
    expect(html).toContain(
      '<p>Emails to this address bounced on Nov 20, 2026, so Ninefold has stopped sending to it. Check the address with them.</p>',
    );
  });

  it('says a complaint stopped sending', () => {
    expect(render('complaint')).toContain(
      'reported as spam on Nov 20, 2026, so Ninefold has stopped sending to it',
    );
  });
});
