import { MetricReadout, MetricTerm } from '../shared/MetricReadout';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { HOOKS, LAYERS } from './hooks';
import { PROJECT_NOTES, QUESTIONS, questionById } from './questions';
import { HOOK_EXPLORER_PREFIX, hookExplorerSpec } from './state';

export interface EbpfHookExplorerProps {
  /** Element id and URL anchor. Default: "ebpf-hook-explorer". */
  id?: string;
  /** Visible title. Default: "eBPF hook explorer". */
  title?: string;
}

/** A question an SRE has → the eBPF hook type that answers it, its context, a command and projects. */
export function EbpfHookExplorer({ id = 'ebpf-hook-explorer', title = 'eBPF hook explorer' }: EbpfHookExplorerProps) {
  const { state, setState, notices, link } = useUrlState(hookExplorerSpec, HOOK_EXPLORER_PREFIX, id);
  const question = questionById(state.q);
  const hook = HOOKS[question.hook];
  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Pick a question; see which kind of hook answers it, where it runs and what it can read. General eBPF background, not a summary of the keynote."
      notices={notices}
      link={link}
    >
      <div class="he-layout">
        <fieldset class="he-questions">
          <legend>Your question</legend>
          {QUESTIONS.map((q) => (
            <label key={q.id}>
              <input
                type="radio"
                name={`${id}-q`}
                value={q.id}
                checked={q.id === question.id}
                onChange={() => setState({ q: q.id })}
              />
              {q.text}
            </label>
          ))}
        </fieldset>
        <div class="he-answer">
          <dl>
            <MetricTerm label="Hook type" name="he-hook" value={hook.id}>
              {hook.name}
            </MetricTerm>
            <dt>What it can read</dt>
            <dd>{hook.context}</dd>
            <dt>Observe or act</dt>
            <dd>{hook.effect}</dd>
            <dt>Good to know</dt>
            <dd>{hook.caveat}</dd>
          </dl>
          <p class="he-layer-title" id={`${id}-layers`}>
            Where it runs (top: user space, bottom: network driver)
          </p>
          <ol class="he-layers" aria-labelledby={`${id}-layers`}>
            {LAYERS.map((layer) => (
              <li key={layer} aria-current={layer === hook.layer ? 'true' : undefined}>
                {layer}
                {layer === hook.layer && <strong> ← {hook.name}</strong>}
              </li>
            ))}
          </ol>
          <p class="he-command-title">Try it</p>
          <pre class="he-command">
            <MetricReadout as="code" name="he-command" value={question.command}>
              {question.command}
            </MetricReadout>
          </pre>
          <p class="he-note">{question.commandNote} Run as root on a test machine first.</p>
          <p class="he-command-title">Projects that build on this (background)</p>
          <ul class="he-projects">
            {question.projects.map((p) => (
              <li key={p}>
                <strong>{p}</strong>: {PROJECT_NOTES[p]}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </WidgetFrame>
  );
}
