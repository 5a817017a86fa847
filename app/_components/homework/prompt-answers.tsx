/** A reflection or joint reveal answer: each prompt with what was written for it. */
export function PromptAnswers({ prompts, answers }: { prompts: string[]; answers: string[] }) {
  return (
    <dl className="prompt-answers">
      {prompts.map((prompt, i) => (
        // Prompts are identified by their position; the answers line up with them.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={i}>
          <dt>{prompt}</dt>
          <dd>{answers[i]?.trim() || <span className="muted">No answer</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
