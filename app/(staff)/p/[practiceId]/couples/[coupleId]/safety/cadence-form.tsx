'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { SelectField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
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
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ coupleId, cadenceDays: days });
      }}
    >
      <SelectField
        label="How often each partner is asked"
        name="cadence"
        id="cadence"
        value={days}
        onChange={(event) => setDays(Number(event.target.value))}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {cadenceLabel(choice)}
          </option>
        ))}
      </SelectField>
      <FormMessage
        error={save.error ? describeError(save.error).message : null}
        success={save.isSuccess ? 'Saved.' : null}
      />
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {save.isPending ? <Spinner /> : null}
        {save.isPending ? 'Saving…' : 'Save schedule'}
      </Button>
    </form>
  );
}
