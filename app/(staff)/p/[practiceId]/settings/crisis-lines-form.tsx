'use client';
// The crisis lines every partner sees on the portal's Support page. Until the practice saves its
// own, the defaults are shown, marked for review.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

type Line = { name: string; contact: string; url: string | null; description: string };
const MAX_LINES = 12;
const blank: Line = { name: '', contact: '', url: null, description: '' };

export function CrisisLinesForm({ current }: { current: { usingDefaults: boolean; lines: Line[] } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [lines, setLines] = useState<Line[]>(current.lines);
  const save = useMutation(
    trpc.safety.updateCrisisLines.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const edit = (index: number, change: Partial<Line>) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...change } : line)));
  return (
    <section aria-labelledby="crisis-lines-heading" className="card">
      <h2 id="crisis-lines-heading">Crisis lines</h2>
      <p>
        Shown to every client on the portal’s Support page, and next to the note they see during a safety
        hold.
      </p>
      {current.usingDefaults ? (
        <p className="alert alert-warn" role="status">
          These are defaults (United States lines). Review them and save the lines right for your clients.
        </p>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ lines: lines.map((l) => ({ ...l, url: l.url?.trim() ? l.url.trim() : null })) });
        }}
      >
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; order is the identity
          <fieldset key={index}>
            <legend>Line {index + 1}</legend>
            <div className="field">
              <label htmlFor={`line-${index}-name`}>Name</label>
              <input
                id={`line-${index}-name`}
                required
                maxLength={120}
                value={line.name}
                onChange={(e) => edit(index, { name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`line-${index}-contact`}>How to reach it</label>
              <input
                id={`line-${index}-contact`}
                required
                maxLength={200}
                value={line.contact}
                onChange={(e) => edit(index, { contact: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`line-${index}-url`}>Website (https://, optional)</label>
              <input
                id={`line-${index}-url`}
                type="url"
                maxLength={500}
                value={line.url ?? ''}
                onChange={(e) => edit(index, { url: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`line-${index}-description`}>Description (optional)</label>
              <input
                id={`line-${index}-description`}
                maxLength={500}
                value={line.description}
                onChange={(e) => edit(index, { description: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
            >
              Remove line {index + 1}
            </button>
          </fieldset>
        ))}
        {lines.length < MAX_LINES ? (
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => setLines((all) => [...all, blank])}
            >
              Add a line
            </button>
          </p>
        ) : null}
        <FormMessage
          error={save.error ? describeError(save.error).message : null}
          success={save.isSuccess ? 'Crisis lines saved.' : null}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save crisis lines'}
        </button>
      </form>
    </section>
  );
}
