import type { TalkStage } from '@confnotes/content/stages';

export type { TalkStage };

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
