import { Notices } from '../shared/Notices';
import { FileDrop } from './FileDrop';
import { LoadedSummary } from './LoadedSummary';
import { PasteBox } from './PasteBox';
import { defaultColumn, type ParsedData } from './parse';
import { ReadingProgress } from './ReadingProgress';
import { useSideLoader } from './useSideLoader';

/** One side's loaded data and the picked column. */
export interface LoadedSide {
  name: string;
  data: ParsedData;
  column: number | null;
}

type SideKey = 'reference' | 'current';

export interface DataInputProps {
  /** Element id prefix. */
  id: string;
  /** Loaded reference and current data (null: not loaded). */
  reference: LoadedSide | null;
  current: LoadedSide | null;
  /** A side was loaded, re-picked or cleared. */
  onChange: (side: SideKey, value: LoadedSide | null) => void;
}

const SIDES = [
  { key: 'reference', label: 'Reference data', legend: 'Reference window' },
  { key: 'current', label: 'Current data', legend: 'Current window' },
] as const;

interface SideProps {
  id: string;
  side: (typeof SIDES)[number];
  loaded: LoadedSide | null;
  onChange: DataInputProps['onChange'];
}

/** One side: file picker and drop zone, paste box, reading progress, errors and what was read. */
function Side({ id, side, loaded, onChange }: SideProps) {
  const { reading, error, setError, load } = useSideLoader(side.label);
  const prefix = `${id}-${side.key}`;
  const use = async (name: string, source: Blob | string) => {
    const data = await load(name, source);
    if (!data) return;
    const column = defaultColumn(data);
    if (data.errors.length > 0 && data.columns.length === 0) setError(`${side.label}: ${data.errors.join(' ')}`);
    else if (column === null) setError(`${side.label}: ${name} has no column with numbers.`);
    onChange(side.key, { name, data, column });
  };
  return (
    <FileDrop id={prefix} legend={side.legend} label={side.label} onFile={(file) => void use(file.name, file)}>
      <PasteBox id={prefix} side={side.key} label={side.label} onUse={(text) => void use('pasted text', text)} />
      <ReadingProgress id={prefix} reading={reading} />
      <Notices errors={error ? [error] : []} />
      {loaded && (
        <LoadedSummary id={prefix} side={side.key} loaded={loaded} onChange={(value) => onChange(side.key, value)} />
      )}
    </FileDrop>
  );
}

/** Two file inputs (also paste and drop) for the user's own reference and current data. */
export function DataInput({ id, reference, current, onChange }: DataInputProps) {
  return (
    <div class="dl-data">
      <p>
        <strong>Your data never leaves this browser:</strong> files are read and analysed on this device, in background
        threads; nothing is uploaded and links do not carry the data.
      </p>
      <div class="dl-sides">
        {SIDES.map((s) => (
          <Side key={s.key} id={id} side={s} loaded={s.key === 'reference' ? reference : current} onChange={onChange} />
        ))}
      </div>
    </div>
  );
}
