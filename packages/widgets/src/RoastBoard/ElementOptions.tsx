import type { BoardElement } from './schema';

/** The `<option>`s of a box-or-line drop-down, one per element, in board order. */
export function ElementOptions({ elements }: { elements: readonly BoardElement[] }) {
  return (
    <>
      {elements.map((e) => (
        <option key={e.id} value={e.id}>
          {e.name}
        </option>
      ))}
    </>
  );
}
