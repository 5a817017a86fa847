import { describe, expect, it } from 'vitest';
import { chooseVersion, DEFAULT_DISCREET_SENDER_NAME } from './message-version';

const twoVersions = {
  subject: 'New homework from Harbor Counseling',
  html: '<p>named</p>',
  text: 'named',
  senderName: 'Harbor Counseling',
  discreetSubject: 'You have something new waiting',
  discreetHtml: '<p>discreet</p>',
  discreetText: 'discreet',
};
const named = {
  subject: twoVersions.subject,
  html: '<p>named</p>',
  text: 'named',
  senderName: 'Harbor Counseling',
};
const discreetAs = (senderName: string) => ({
  subject: 'You have something new waiting',
  html: '<p>discreet</p>',
  text: 'discreet',
  senderName,
});
const practice = (discreetClientEmail: boolean) => ({
  discreetClientEmail,
  discreetSenderName: 'HC notices',
});

describe('choosing the version of a message that goes out', () => {
  it('follows the practice when the client has not chosen', () => {
    expect(chooseVersion({ message: twoVersions, clientChoice: null, practice: practice(true) })).toEqual(
      discreetAs('HC notices'),
    );
    expect(
      chooseVersion({ message: twoVersions, clientChoice: undefined, practice: practice(false) }),
    ).toEqual(named);
  });

  it("puts the client's own choice first, either way", () => {
    expect(chooseVersion({ message: twoVersions, clientChoice: false, practice: practice(true) })).toEqual(
      named,
    );
    expect(chooseVersion({ message: twoVersions, clientChoice: true, practice: practice(false) })).toEqual(
      discreetAs('HC notices'),
    );
  });

  it('is discreet, under the neutral name, when the practice is gone', () => {
    expect(chooseVersion({ message: twoVersions, clientChoice: null, practice: undefined })).toEqual(
      discreetAs(DEFAULT_DISCREET_SENDER_NAME),
    );
  });

  it('sends staff mail, and a message an earlier attempt fixed, as it stands', () => {
    const fixed = { ...named, discreetSubject: null, discreetHtml: null, discreetText: null };
    expect(chooseVersion({ message: fixed, clientChoice: true, practice: practice(true) })).toEqual(named);
  });
});
