'use client';
// Setting up an authenticator: a QR code and the key to type by hand, then a code from the app
// to prove it works; only then is two-factor sign-in on, and the recovery codes are shown once.
// `replacing`: moving it to a new phone, which also asks for the old phone's code or the password.
// Setting up for the first time, it also says whether two-factor sign-in is on: the page's own line
// would still say "Off" while the codes are shown (it refreshes once they are saved).
import { useMutation } from '@tanstack/react-query';
import { Smartphone } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '@/app/_components/ui/button';
import { Field } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { Spinner } from '@/app/_components/ui/spinner';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import { ConfirmationField } from './confirmation-field';
import { RecoveryCodesList } from './recovery-codes-list';

export function TwoFactorSetup({ replacing }: { replacing: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const begin = useMutation(trpc.account.twoFactor.beginSetup.mutationOptions());
  const confirm = useMutation(trpc.account.twoFactor.confirmSetup.mutationOptions());
  const [codes, setCodes] = useState<string[] | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const started = begin.data;
  useEffect(() => {
    if (started) stepHeading.current?.focus();
  }, [started]);

  const status = replacing ? null : (
    <p className="m-0">
      {codes ? (
        <>
          <strong>On.</strong> From your next sign-in, Ninefold asks for a code from the app.
        </>
      ) : (
        <strong>Off.</strong>
      )}
    </p>
  );

  if (codes) {
    return (
      <>
        {status}
        <RecoveryCodesList
          codes={codes}
          onDone={() => {
            setCodes(null);
            begin.reset();
            router.refresh();
          }}
        />
      </>
    );
  }

  const failure = confirm.error ? describeError(confirm.error) : null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const confirmation = String(form.get('confirmation') ?? '');
    confirm.mutate(
      { code: String(form.get('code') ?? ''), ...(replacing ? { confirmation } : {}) },
      { onSuccess: ({ recoveryCodes }) => setCodes(recoveryCodes) },
    );
  }

  if (!started) {
    return (
      <>
        {status}
        <div>
          <FormMessage error={begin.error ? describeError(begin.error).message : null} />
          <Button
            variant={replacing ? 'secondary' : 'primary'}
            disabled={begin.isPending}
            onClick={() => begin.mutate()}
          >
            {begin.isPending ? <Spinner /> : <Smartphone aria-hidden />}
            {begin.isPending ? 'Preparing…' : replacing ? 'Move to a new phone' : 'Set up two-factor sign-in'}
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      {status}
      <section aria-labelledby="setup-heading" className="rounded-md border border-line bg-paper p-4 sm:p-5">
        <h3 id="setup-heading" ref={stepHeading} tabIndex={-1} className="m-0 mb-3 text-base font-semibold">
          {replacing ? 'Move to a new phone' : 'Set up your authenticator app'}
        </h3>
        <div className="mb-4 flex flex-col gap-4 sm:flex-row sm:items-start">
          {/* biome-ignore lint/performance/noImgElement: a generated data URL, nothing for next/image to optimise */}
          <img
            src={started.qrSvgDataUrl}
            alt="QR code for adding Ninefold to an authenticator app"
            width={200}
            height={200}
            className="shrink-0 self-center rounded-md border border-line bg-white p-2 sm:self-start"
          />
          <ol className="m-0 flex min-w-0 flex-col gap-2 pl-5">
            <li>In your authenticator app, add an account and scan this QR code.</li>
            <li>
              Or, if you cannot scan, type this key into the app (time-based):
              <code
                data-testid="manual-key"
                className="mt-1 block rounded-sm bg-surface px-2 py-1 font-mono text-sm break-all ring-1 ring-line"
              >
                {started.manualKey}
              </code>
            </li>
            <li>Then enter the six-digit code the app shows.</li>
          </ol>
        </div>
        <form onSubmit={submit} noValidate aria-label="Confirm your authenticator app">
          <FormMessage error={failure?.message} />
          <Field
            label="Code from the app"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            error={failure?.fields.code}
          />
          {replacing ? <ConfirmationField error={failure?.fields.confirmation} /> : null}
          <Button type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? <Spinner /> : null}
            {confirm.isPending ? 'Checking…' : 'Turn on'}
          </Button>
        </form>
      </section>
    </>
  );
}
