/** The current value of the input, select or textarea an event came from. */
export function eventValue(e: Event): string {
  return (e.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
}
