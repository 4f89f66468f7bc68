import { existsSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isPublishedImage } from './notes-image-files';

/** Options of {@link rehypeNotesImages}. */
export interface NotesImagesOptions {
  /** The notes file's folder, relative to the conference's `notes/` folder ("" for the top). */
  fileFolder: string;
  /** Whether a path relative to the conference's `notes/` folder is an existing file. */
  fileExists: (pathInNotes: string) => boolean;
  /** URL prefix the site serves the conference's notes files under, ending in "/". */
  urlPrefix: string;
  /** Collects the paths (relative to `notes/`) of the images that exist, for the build to copy. */
  found: Set<string>;
}

/** A path like "images/x.png" or "./x.png": no scheme, not root-relative, not protocol-relative. */
function isRelativePath(src: string): boolean {
  return src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.startsWith('#');
}

function decodeOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Where a relative image path in notes points inside the conference's `notes/` folder, or null
 * when it leaves that folder ("../../secret.png") and so can never be served.
 * @example resolveNotesPath('day1', './img/a%20b.png') // 'day1/img/a b.png'
 */
export function resolveNotesPath(fileFolder: string, src: string): string | null {
  const withoutQuery = src.split(/[?#]/, 1)[0] ?? '';
  const joined = posix.normalize(posix.join(fileFolder, decodeOrRaw(withoutQuery)));
  if (joined === '.' || joined.startsWith('../') || joined === '..' || posix.isAbsolute(joined)) return null;
  return joined;
}

function missingImage(src: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['notes-missing-image'] },
    children: [{ type: 'text', value: `image not found: ${src}` }],
  };
}

function notAnImage(src: string): Element {
  // Only image types are copied: any other file served from this origin could run code here.
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['notes-missing-image'] },
    children: [{ type: 'text', value: `not an image file, so not published: ${src}` }],
  };
}

function externalImage(src: string, alt: string): Element {
  // The strict CSP loads images from this site only: show a link to the picture instead.
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: src, className: ['notes-external-image'] },
    children: [{ type: 'text', value: `image: ${alt || src}` }],
  };
}

/**
 * Points each relative `<img src>` in notes at the copy the site serves, when the file exists
 * beside the notes; replaces it with the visible text `image not found: <path>` otherwise.
 * Images from other sites become links (the CSP would block them); a file that is not an image
 * (see {@link isPublishedImage}) is named but not published. Never throws.
 */
export function rehypeNotesImages(options: NotesImagesOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = typeof node.properties?.src === 'string' ? node.properties.src : '';
      const alt = typeof node.properties?.alt === 'string' ? node.properties.alt : '';
      let replacement: ElementContent | null = null;
      if (/^https?:/i.test(src)) replacement = externalImage(src, alt);
      else if (!isRelativePath(src)) replacement = missingImage(src);
      else {
        const path = resolveNotesPath(options.fileFolder, src);
        if (path === null || !options.fileExists(path)) replacement = missingImage(src);
        else if (!isPublishedImage(path)) replacement = notAnImage(src);
        else {
          options.found.add(path);
          node.properties = {
            ...node.properties,
            src: `${options.urlPrefix}${path.split('/').map(encodeURIComponent).join('/')}`,
          };
        }
      }
      if (replacement) {
        parent.children[index] = replacement;
        return SKIP;
      }
      return undefined;
    });
  };
}

/** A {@link NotesImagesOptions.fileExists} that looks on disk below `notesDir`. */
export function filesBelow(notesDir: string): (pathInNotes: string) => boolean {
  return (pathInNotes) => {
    const full = posix.join(notesDir, pathInNotes);
    return existsSync(full) && statSync(full).isFile();
  };
}
