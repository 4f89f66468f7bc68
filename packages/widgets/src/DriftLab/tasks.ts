import { ksTwoSample, type SortedSample, sortedSample } from '@confnotes/stats';
import { type AnalysisOptions, type AnalysisView, analyse, fitSample } from './analysis';
import { type FalseAlarmParams, type FalseAlarmResult, falseAlarmRates } from './false-alarms';
import { type ParsedColumn, rawColumn } from './parse';
import { currentSample, referenceSample, type SampleParams } from './samples';

/** Work the Drift Lab hands to its Web Worker (or runs in place where workers do not exist). */
export type Task =
  | { type: 'preset'; params: SampleParams; options: AnalysisOptions }
  | { type: 'data'; reference: ParsedColumn; current: ParsedColumn; options: AnalysisOptions }
  | { type: 'ks-auto'; params: SampleParams }
  | { type: 'false-alarms'; params: FalseAlarmParams };

export type TaskResult =
  | { type: 'analysis'; view: AnalysisView }
  | { type: 'ks-auto'; pValue: number; method: 'exact' | 'asymp' }
  | { type: 'false-alarms'; result: FalseAlarmResult };

/**
 * A parsed column as the drift report's input: its numbers sorted once with the blank and
 * unreadable cells as a tally (the same report as the raw cells, without an array of a million
 * boxed values); a column without any number stays raw cells.
 */
function columnSample(col: ParsedColumn): SortedSample | (number | null | string)[] {
  if (col.numbers.length === 0) return rawColumn(col);
  return sortedSample(col.numbers, { empty: col.empty, unreadable: col.bad });
}

/** Runs one task; errors propagate to the caller (the view turns them into an alert). */
export async function runTask(task: Task): Promise<TaskResult> {
  switch (task.type) {
    case 'preset':
      return {
        type: 'analysis',
        view: analyse(
          fitSample(referenceSample(task.params.nReference, task.params.seed), 0),
          currentSample(task.params),
          task.options,
        ),
      };
    case 'data':
      return {
        type: 'analysis',
        view: analyse(columnSample(task.reference), columnSample(task.current), task.options),
      };
    case 'ks-auto': {
      const ref = referenceSample(task.params.nReference, task.params.seed).filter((v): v is number => v !== null);
      const cur = currentSample(task.params).filter((v): v is number => v !== null);
      const ks = ksTwoSample(ref, cur, { method: 'auto' });
      return { type: 'ks-auto', pValue: ks.pValue, method: ks.method };
    }
    case 'false-alarms':
      return { type: 'false-alarms', result: falseAlarmRates(task.params) };
  }
}
