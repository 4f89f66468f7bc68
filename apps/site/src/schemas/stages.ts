/**
 * A talk page's stage (docs/content-layout.md): `notes` is what the importer writes (frontmatter
 * and the verbatim notes), `explained` adds the team's explanations, `complete` adds demos.
 */
export const talkStages = ['notes', 'explained', 'complete'] as const;

export type TalkStage = (typeof talkStages)[number];

/** What a reader sees on the badge: "Notes only", "Explained", "Complete". */
export function stageLabel(stage: TalkStage): string {
  switch (stage) {
    case 'notes':
      return 'Notes only';
    case 'explained':
      return 'Explained';
    case 'complete':
      return 'Complete';
  }
}
