import type { CollectionEntry } from 'astro:content';
import { groupBySpeaker, type Speaker } from '../learning/speakers';
import { siteContent } from './conferences';

/** Every speaker named in talk frontmatter, with their talks in reading order. */
export async function siteSpeakers(): Promise<Speaker<CollectionEntry<'docs'>>[]> {
  const { talks } = await siteContent();
  return groupBySpeaker(talks, (talk) => talk.data.speakers);
}
