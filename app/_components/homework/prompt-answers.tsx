/** A reflection or joint reveal answer: each prompt with what was written for it. */
export function PromptAnswers({ prompts, answers }: { prompts: string[]; answers: string[] }) {
  return (
    <dl className="m-0 mt-2 space-y-3">
      {prompts.map((prompt, i) => (
        // Prompts are identified by their position; the answers line up with them.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={i}>
          <dt className="font-semibold">{prompt}</dt>
          <dd className="m-0 mt-0.5 whitespace-pre-line">
            {answers[i]?.trim() || <span className="text-muted">No answer</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
