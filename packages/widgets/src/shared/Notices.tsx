export interface NoticesProps {
  /** Sentences about input that was adjusted (clamped URL params, dropped rows). Default: none. */
  notices?: readonly string[];
  /** Sentences about input that could not be used. Shown with role="alert". Default: none. */
  errors?: readonly string[];
}

/** Visible, announced messages about the user's input. Renders nothing when both lists are empty. */
export function Notices({ notices = [], errors = [] }: NoticesProps) {
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" class="cn-notice cn-notice-error">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {notices.length > 0 && (
        <div role="status" class="cn-notice">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
