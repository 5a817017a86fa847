'use client';
// The crisis lines every partner sees on the portal's Support page. Until the practice saves its
// own, the defaults are shown, marked for review.
import { useMutation } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { SECTION_CLASS } from './settings-sections';

type Line = { name: string; contact: string; url: string | null; description: string };
const MAX_LINES = 12;
const LINE_CLASS = 'm-0 min-w-0 rounded-md border border-line bg-paper/60 px-4 pt-3 pb-1';
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
    <Card id="crisis-lines" aria-labelledby="crisis-lines-heading" className={SECTION_CLASS}>
      <CardTitle id="crisis-lines-heading">Crisis lines</CardTitle>
      <CardDescription className="mb-4">
        Shown to every client on the portal’s Support page, and next to the note they see during a safety
        hold.
      </CardDescription>
      {current.usingDefaults ? (
        <Alert tone="warning" role="status" className="mb-4">
          <p>
            These are defaults (United States lines). Review them and save the lines right for your clients.
          </p>
        </Alert>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ lines: lines.map((l) => ({ ...l, url: l.url?.trim() ? l.url.trim() : null })) });
        }}
      >
        <div className="flex flex-col gap-4">
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; order is the identity
            <fieldset key={index} className={LINE_CLASS}>
              <legend className="float-left mt-2 p-0 text-sm font-semibold text-ink">Line {index + 1}</legend>
              <Button
                variant="ghost"
                size="sm"
                className="float-right text-danger-700 hover:bg-danger-50"
                onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
              >
                <Trash2 aria-hidden />
                Remove line {index + 1}
              </Button>
              <div className="clear-both mt-2 grid gap-x-4 md:grid-cols-2">
                <Field
                  id={`line-${index}-name`}
                  label="Name"
                  name={`line-${index}-name`}
                  required
                  maxLength={120}
                  value={line.name}
                  onChange={(e) => edit(index, { name: e.target.value })}
                />
                <Field
                  id={`line-${index}-contact`}
                  label="How to reach it"
                  name={`line-${index}-contact`}
                  required
                  maxLength={200}
                  value={line.contact}
                  onChange={(e) => edit(index, { contact: e.target.value })}
                />
                <Field
                  id={`line-${index}-url`}
                  label="Website (https://, optional)"
                  name={`line-${index}-url`}
                  type="url"
                  maxLength={500}
                  value={line.url ?? ''}
                  onChange={(e) => edit(index, { url: e.target.value })}
                />
                <Field
                  id={`line-${index}-description`}
                  label="Description (optional)"
                  name={`line-${index}-description`}
                  maxLength={500}
                  value={line.description}
                  onChange={(e) => edit(index, { description: e.target.value })}
                />
              </div>
            </fieldset>
          ))}
        </div>
        {lines.length === 0 ? (
          <p className="m-0 text-sm text-muted">
            No lines: clients see none on their Support page. Add at least one they can call or text.
          </p>
        ) : null}
        {lines.length < MAX_LINES ? (
          <Button variant="secondary" className="mt-4" onClick={() => setLines((all) => [...all, blank])}>
            <Plus aria-hidden />
            Add a line
          </Button>
        ) : null}
        <div className="mt-6 border-t border-line pt-5">
          <FormMessage
            error={save.error ? describeError(save.error).message : null}
            success={save.isSuccess ? 'Crisis lines saved.' : null}
          />
          <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
            Save crisis lines
          </PendingButton>
        </div>
      </form>
    </Card>
  );
}
