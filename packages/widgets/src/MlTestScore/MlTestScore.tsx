import { useMemo } from 'preact/hooks';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber } from '../shared/format';
import { MetricReadout } from '../shared/MetricReadout';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { LEVEL_LABELS, LEVELS, SECTIONS, TEST_COUNT, type TestLevel } from './config';
import { decodeBoard, encodeBoard, scoreBoard } from './model';
import { EXAMPLE_BOARD, ML_TEST_SCORE_PREFIX, mlTestScoreSpec } from './state';

export interface MlTestScoreProps {
  /** Element id and URL anchor of the widget. Default: "ml-test-score". */
  id?: string;
  /** Visible title. Default: "ML Test Score calculator". */
  title?: string;
}

const EMPTY_BOARD = '0'.repeat(TEST_COUNT);

/** The 28-test ML Test Score (2017 scoring): section sums, final = minimum, and its band. */
export function MlTestScore({ id = 'ml-test-score', title = 'ML Test Score calculator' }: MlTestScoreProps) {
  const { state, setState, notices, link } = useUrlState(mlTestScoreSpec, ML_TEST_SCORE_PREFIX, id);
  const levels = useMemo(() => decodeBoard(state.board) ?? (decodeBoard(EXAMPLE_BOARD) as TestLevel[]), [state.board]);
  const score = useMemo(() => scoreBoard(levels), [levels]);

  const setLevel = (index: number, level: TestLevel) => {
    const next = [...levels];
    next[index] = level;
    setState({ board: encodeBoard(next) });
  };

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="Mark how each of the 28 tests is done today. Each section adds up to at most 7; the final score is the lowest section, so one weak area caps the whole system."
      notices={notices}
      link={link}
    >
      <div class="mts-summary" aria-live="polite">
        <p class="mts-final">
          Final score:{' '}
          <MetricReadout as="strong" name="mts-final" value={score.final}>
            {formatNumber(score.final)}
          </MetricReadout>{' '}
          of 7 — <MetricReadout name="mts-band">{score.band}</MetricReadout>
        </p>
        <p>
          {score.weakest.length === 4
            ? 'All four sections score the same, so each one sets the final score.'
            : `The weakest section (${score.weakest.join(', ')}) sets the final score. Raising it to the next-lowest section's ${formatNumber(score.nextCap)} would lift the final score to ${formatNumber(score.nextCap)}; the average of the sections (${formatNumber(score.average)}) does not count.`}
        </p>
      </div>
      <table class="mts-table">
        <caption>Points per section (0.5 manual, 1 automated)</caption>
        <ColumnHeads columns={['Section', 'Sum (automated, manual)']} />
        <tbody>
          {score.sections.map((s) => (
            <tr key={s.id} class={s.sum === score.final ? 'mts-weakest' : undefined}>
              <th scope="row">
                {s.title}
                {s.sum === score.final && <span class="mts-tag"> (caps the score)</span>}
              </th>
              <MetricReadout as="td" name={`mts-sum-${s.id}`} value={s.sum}>
                <span class="mts-bar" style={{ inlineSize: `${(s.sum / 7) * 100}%` }} aria-hidden="true" />
                {formatNumber(s.sum)}{' '}
                <span class="mts-tag">
                  ({s.automated} automated, {s.manual} manual)
                </span>
              </MetricReadout>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="mts-actions">
        <button type="button" class="cn-button" onClick={() => setState({ board: EXAMPLE_BOARD })}>
          Load the page's example
        </button>
        <button type="button" class="cn-button" onClick={() => setState({ board: EMPTY_BOARD })}>
          Clear all
        </button>
      </div>
      {SECTIONS.map((section, s) => (
        <fieldset key={section.id} class="mts-section">
          <legend>
            {section.title}: {formatNumber(score.sections[s]?.sum ?? 0)} of 7
          </legend>
          <ol>
            {section.tests.map((test, t) => {
              const index = s * 7 + t;
              const selectId = `${id}-t${index}`;
              return (
                <li key={test} class="mts-row">
                  <label for={selectId}>{test}</label>
                  <select
                    id={selectId}
                    value={levels[index]}
                    onChange={(e) => setLevel(index, e.currentTarget.value as TestLevel)}
                  >
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {LEVEL_LABELS[level]}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ol>
        </fieldset>
      ))}
      <p class="mts-note">
        Scoring as in Breck et al., "The ML Test Score" (IEEE Big Data 2017). Test wording is a short paraphrase. The
        2016 workshop version scored differently.
      </p>
    </WidgetFrame>
  );
}
