/** Ground rules after Welch, "How to Improve Your Service by Roasting It" (SREcon16 Europe). */
const RULES = [
  'A safe setting: we roast the service, never the people. What is said here stays blameless.',
  'An impartial moderator runs the session and keeps time; not the service owner.',
  'A fixed process: every box and every line gets its turn. For each: what can go wrong, how far does it reach, how likely is it?',
  'A fixed meeting structure: big picture first, then the roast, then owners for the backlog.',
];

/** The roast's four ground rules and where they come from. */
export function GroundRules() {
  return (
    <>
      <h4>Ground rules</h4>
      <ol>
        {RULES.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      <p class="rb-legend">
        After Jake Welch (Microsoft), "How to Improve Your Service by Roasting It", SREcon16 Europe, who warns it is
        high-risk: run it only after thinking carefully about the teams involved.
      </p>
    </>
  );
}
