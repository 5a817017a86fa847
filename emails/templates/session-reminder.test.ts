import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/server/email/enqueue-email';
import { previewProps } from './session-reminder';

describe('the session reminder', () => {
  it.each([
    ['America/New_York', 'Thursday, November 26 at 3:00 PM EST'],
    ['Europe/Berlin', 'Thursday, November 26 at 9:00 PM GMT+1'],
    ['Asia/Tokyo', 'Friday, November 27 at 5:00 AM GMT+9'],
  ])('tells the time as the clock reads in %s', async (timeZone, shown) => {
    const email = await renderEmail('session-reminder', { ...previewProps, timeZone });
    expect(email.text).toContain(shown);
  });
});

describe('the session reminder’s address', () => {
  it('is shown for an in-person session, in both versions, in HTML and text', async () => {
    for (const discreet of [false, true]) {
      const email = await renderEmail('session-reminder', previewProps, { discreet });
      expect(email.text).toContain(`Address: ${previewProps.address}`);
      expect(email.html).toContain(previewProps.address);
    }
  });

  it('is left out when there is none (a video session, or no office address set)', async () => {
    const email = await renderEmail('session-reminder', { ...previewProps, address: '' });
    expect(email.text).not.toContain('Address');
    expect(email.html).not.toContain('Address');
  });
});
