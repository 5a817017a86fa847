'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormMessage } from '../../../../../../_components/ui/form-message';
import { describeError } from '../../../../../../_lib/error-message';
import { useTRPC } from '../../../../../../_lib/trpc-client';
import { cadenceLabel } from '../_safety/cadence-label';

export function CadenceForm({
  coupleId,
  current,
  choices,
}: {
  coupleId: string;
  current: number;
  choices: number[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [days, setDays] = useState(current);
  const save = useMutation(trpc.safety.setCadence.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ coupleId, cadenceDays: days });
      }}
    >
      <div className="field">
        <label htmlFor="cadence">How often each partner is asked</label>
        <select id="cadence" value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {cadenceLabel(choice)}
            </option>
          ))}
        </select>
      </div>
      <FormMessage
        error={save.error ? describeError(save.error).message : null}
        success={save.isSuccess ? 'Saved.' : null}
      />
      <button type="submit" className="button secondary" disabled={save.isPending}>
        Save
      </button>
    </form>
  );
}
