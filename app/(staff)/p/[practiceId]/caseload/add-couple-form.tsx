'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { toast } from '@/app/_components/ui/toast';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';

/** Two partners' names and emails; on success both are invited and the list refreshes. */
export function AddCoupleForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.couples.create.mutationOptions({
      onSuccess: (_data, input) => {
        toast.success(`Added ${input.partners[0].displayName} & ${input.partners[1].displayName}.`, {
          description: 'Both were emailed an invitation.',
        });
        router.refresh();
      },
    }),
  );
  const failure = create.error ? describeError(create.error) : null;
  // The server names the partners list, not which box: say what each box needs instead.
  const message = failure?.fields.partners
    ? 'Please give each partner a name and a valid email address.'
    : failure?.message;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const partner = (n: 1 | 2) => ({
      displayName: String(data.get(`name${n}`) ?? ''),
      email: String(data.get(`email${n}`) ?? ''),
    });
    create.mutate({ partners: [partner(1), partner(2)] }, { onSuccess: () => form.reset() });
  }

  return (
    <Card id="add-couple" className="mt-8 scroll-mt-6">
      <form onSubmit={submit} noValidate aria-labelledby="add-couple-heading">
        <CardHeader className="block">
          <CardTitle id="add-couple-heading">Add a couple</CardTitle>
          <CardDescription>
            Both partners get an email invitation to their own private portal. You are their counselor until
            you reassign them.
          </CardDescription>
        </CardHeader>
        <FormMessage error={message} />
        <div className="grid gap-x-6 sm:grid-cols-2">
          {([1, 2] as const).map((n) => (
            <fieldset key={n} className="m-0 min-w-0 border-0 p-0">
              <legend className="mb-2 p-0 font-semibold text-ink">Partner {n}</legend>
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
        <Button type="submit" disabled={create.isPending} className="max-sm:w-full">
          {create.isPending ? <Spinner /> : null}
          {create.isPending ? 'Adding…' : 'Add couple and send invitations'}
        </Button>
      </form>
    </Card>
  );
}
