/** The props every labelled numeric control shares (NumberField, RangeSlider). */
export interface BoundedControlProps {
  /** Id of the input, unique on the page (the label, and any message or output, point at it). */
  id: string;
  /** Visible label, e.g. "Round-trip time". */
  label: string;
  /** Current (valid) value. */
  value: number;
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
}
