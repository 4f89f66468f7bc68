import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** Attributes a note may not set anywhere: they would steal keyboard focus order or shortcuts. */
const DROPPED_GLOBAL_ATTRIBUTES = new Set(['accessKey', 'tabIndex']);

/**
 * What raw HTML in notes may keep. It starts from rehype-sanitize's `defaultSchema` (GitHub's
 * rules), which already keeps `img`, `a`, `details`/`summary`, tables, `ins`/`del` with
 * `title`, GFM task-list checkboxes and `language-*` code classes, and already removes
 * `<script>`, `<iframe>`, event handlers (`onerror=`), `style=` and `javascript:` URLs.
 * Changes: `<style>` elements are dropped with their text (not shown as CSS soup), and
 * `accessKey`/`tabIndex` go.
 */
export const notesSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(
      (attribute) => typeof attribute !== 'string' || !DROPPED_GLOBAL_ATTRIBUTES.has(attribute),
    ),
  },
};
