import type { CollectionEntry } from 'astro:content';
import { siteContent } from '../talks/conferences';
import { groupBySpeaker, type Speaker } from './group-by-speaker';

/** Every speaker named in talk frontmatter, with their talks in reading order. */
export async function siteSpeakers(): Promise<Speaker<CollectionEntry<'docs'>>[]> {
  const { talks } = await siteContent();
  return groupBySpeaker(talks, (talk) => talk.data.speakers);
}
