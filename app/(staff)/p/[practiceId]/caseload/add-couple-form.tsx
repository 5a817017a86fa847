'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../_components/ui/field';
import { FormMessage } from '../../../../_components/ui/form-message';
import { describeError } from '../../../../_lib/error-message';
import { useTRPC } from '../../../../_lib/trpc-client';

export function AddCoupleForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const create = useMutation(
    trpc.couples.create.mutationOptions({
      onSuccess: (_data, input) => {
        setSuccess(
          `Added ${input.partners[0].displayName} & ${input.partners[1].displayName}. Both were emailed an invitation.`,
        );
        router.refresh();
      },
    }),
  );
  const failure = create.error ? describeError(create.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSuccess(null);
    const form = new FormData(event.currentTarget);
    const partner = (n: 1 | 2) => ({
      displayName: String(form.get(`name${n}`) ?? ''),
      email: String(form.get(`email${n}`) ?? ''),
    });
    create.mutate(
      { partners: [partner(1), partner(2)] },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  }

  return (
    <form onSubmit={submit} className="card" noValidate aria-labelledby="add-couple-heading">
      <h2 id="add-couple-heading">Add a couple</h2>
      <FormMessage error={failure?.message} success={success} />
      <div className="grid-2">
        {([1, 2] as const).map((n) => (
          <fieldset key={n}>
            <legend>Partner {n}</legend>
            <Field label="Name" name={`name${n}`} id={`partner${n}-name`} autoComplete="off" required />
            <Field
              label="Email"
              name={`email${n}`}
              id={`partner${n}-email`}
              type="email"
              autoComplete="off"
              required
            />
          </fieldset>
        ))}
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add couple and send invitations'}
      </button>
    </form>
  );
}
