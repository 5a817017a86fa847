import type { Metadata } from 'next';
import { DeletePrivateAnswers } from './delete-private-answers';

export const metadata: Metadata = { title: 'Your data' };

export default async function YourDataPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  return (
    <main id="main" className="narrow">
      <h1>Your data</h1>
      <section className="card" aria-labelledby="download-heading">
        <h2 id="download-heading">Download a copy</h2>
        <p>
          One file (JSON) with your answers, whoever could see them, the answers your partner shared with you,
          your homework, your sessions’ times and your email settings. Your partner’s private answers and your
          counselor’s notes are not in it.
        </p>
        <a className="button" href={`/portal/${practiceId}/your-data/download`} download>
          Download your data
        </a>
      </section>
      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your private answers</h2>
        <p>
          Answers you marked <strong>Just me</strong> can be deleted for good, for example when you stop
          counseling. Answers you shared, answers you wrote together, your partner’s answers and your
          counselor’s records stay.
        </p>
        <DeletePrivateAnswers />
      </section>
    </main>
  );
}
