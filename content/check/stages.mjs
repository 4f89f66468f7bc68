/**
 * A talk page's stages, in order (docs/content-layout.md): `notes` is what the importer writes
 * (frontmatter and the verbatim notes), `explained` adds the team's explanations, `complete`
 * adds demos. The one list: the content check's rules and the site's frontmatter schema use it.
 */
export const talkStages = Object.freeze(/** @type {const} */ (['notes', 'explained', 'complete']));

/** @typedef {(typeof talkStages)[number]} TalkStage */
