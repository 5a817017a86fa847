import { describe, expect, it } from 'vitest';
import { renderEmail } from './enqueue-email';

const magicUrl = 'https://app.ninefold.example/magic?token=AbC_dEf-123';
const inviteUrl = 'https://app.ninefold.example/invite?token=XyZ_987-abc';

describe('email templates', () => {
  it('render the magic link with its expiry, in HTML and text', async () => {
    const email = await renderEmail('magic-link', { url: magicUrl, expiresInMinutes: 15 });
    expect(email.subject).toBe('Your Ninefold sign-in link');
    expect(email.html).toContain(`href="${magicUrl}"`);
    expect(email.text).toContain(magicUrl);
    expect(email.text).toContain('15 minutes');
    for (const part of [email.subject, email.html, email.text]) expect(part).not.toMatch(/undefined|null/);
  });

  it.each(['staff', 'client'] as const)(
    'render a %s invitation with practice, inviter and link',
    async (kind) => {
      const props = {
        url: inviteUrl,
        practiceName: 'Harbor Counseling',
        inviterName: 'Dana Whitfield',
        kind,
        expiresInDays: 7,
      };
      const email = await renderEmail('invitation', props);
      expect(email.subject).toBe("You're invited to Harbor Counseling on Ninefold");
      expect(email.html).toContain(`href="${inviteUrl}"`);
      expect(email.text).toContain(inviteUrl);
      expect(email.text).toContain('Dana Whitfield');
      expect(email.text).toContain('7 days');
      expect(email.text).toContain(kind === 'staff' ? 'join the team' : 'private space');
      for (const part of [email.subject, email.html, email.text]) expect(part).not.toMatch(/undefined|null/);
    },
  );

  it('escape a practice name instead of injecting it as markup', async () => {
    const email = await renderEmail('invitation', {
      url: inviteUrl,
      practiceName: '<script>alert(1)</script>',
      inviterName: 'Dana',
      kind: 'staff',
      expiresInDays: 7,
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
  });
});
