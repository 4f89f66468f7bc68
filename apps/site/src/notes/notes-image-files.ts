import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/**
 * The image formats the site publishes from a notes folder. Anything else a notes file points
 * at with `<img>` (an `.html` page, a script) is not copied: served from the site's own origin
 * it could run code there.
 */
export const PUBLISHED_IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** The lower-cased extension of a path ("" when it has none). */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Whether a notes path names a file the site publishes as an image. */
export function isPublishedImage(path: string): boolean {
  return Object.hasOwn(PUBLISHED_IMAGE_TYPES, extensionOf(path));
}

/** Whether a notes path is an SVG, which is served sanitised (see {@link sanitizeSvg}). */
export function isSvg(path: string): boolean {
  return extensionOf(path) === 'svg';
}

/** A reference that stays inside the SVG: `#id`. */
const LOCAL_REFERENCE = /^#[^\s]*$/;

const SHAPE_ATTRIBUTES = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy'];
const SIZE_ATTRIBUTES = ['width', 'height', 'viewBox', 'preserveAspectRatio', 'transform', 'd', 'points'];
const PAINT_ATTRIBUTES = [
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeOpacity',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeDasharray',
  'strokeDashoffset',
  'strokeMiterlimit',
  'opacity',
  'color',
  'visibility',
  'display',
  'clipPath',
  'clipRule',
  'mask',
  'filter',
  'markerStart',
  'markerMid',
  'markerEnd',
  'vectorEffect',
  'shapeRendering',
];
const TEXT_ATTRIBUTES = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'textAnchor',
  'dominantBaseline',
  'alignmentBaseline',
  'letterSpacing',
  'textDecoration',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
];
const DEFINITION_ATTRIBUTES = [
  'offset',
  'stopColor',
  'stopOpacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'filterUnits',
  'primitiveUnits',
  'stdDeviation',
  'in',
  'in2',
  'result',
  'mode',
  'operator',
  'values',
  'type',
  'floodColor',
  'floodOpacity',
  'colorInterpolationFilters',
];

/** Elements that draw, group or define paint; no script, no foreign HTML, no external images. */
const SVG_ELEMENTS = [
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'style',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComposite',
  'feDropShadow',
  'feFlood',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
];

/**
 * What a published SVG may contain: drawing elements and presentation attributes only. Every
 * `href` must point inside the file (`#id`), so nothing is fetched and nothing is linked; ids are
 * kept as written because gradients and clip paths refer to them.
 */
export const SVG_SCHEMA: Schema = {
  tagNames: SVG_ELEMENTS,
  attributes: {
    '*': [
      'id',
      'className',
      'style',
      'role',
      'ariaLabel',
      'ariaHidden',
      ...SHAPE_ATTRIBUTES,
      ...SIZE_ATTRIBUTES,
      ...PAINT_ATTRIBUTES,
      ...TEXT_ATTRIBUTES,
      ...DEFINITION_ATTRIBUTES,
      ['href', LOCAL_REFERENCE],
      ['xLinkHref', LOCAL_REFERENCE],
    ],
    svg: ['xmlns', 'xmlnsXLink', 'version'],
  },
  clobber: [],
  protocols: {},
  strip: ['script', 'foreignObject', 'iframe', 'object', 'embed', 'image', 'audio', 'video', 'animate', 'set'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * An SVG file's text reduced to what draws: scripts, event handlers, embedded HTML, external
 * references and animation (which can rewrite `href`) are removed, so the file cannot run code
 * when someone opens it directly on the site's origin. The result is always a standalone SVG
 * document, empty when the input holds no `<svg>`.
 * @example sanitizeSvg('<svg onload="alert(1)"><script>alert(2)</script><rect width="1"/></svg>')
 * // '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"/></svg>'
 */
export function sanitizeSvg(text: string): string {
  const parsed = fromHtml(text, { fragment: true });
  const svg = parsed.children.find((node) => node.type === 'element' && node.tagName === 'svg');
  const root: Root = { type: 'root', children: svg ? [svg] : [] };
  const clean = sanitize(root, SVG_SCHEMA) as Root;
  const outer = clean.children.find((node) => node.type === 'element' && node.tagName === 'svg');
  if (outer?.type !== 'element') return '<svg xmlns="http://www.w3.org/2000/svg"/>';
  outer.properties = { xmlns: 'http://www.w3.org/2000/svg', ...outer.properties };
  defuseStyleText(outer);
  if (usesXLink(outer)) outer.properties.xmlnsXLink = 'http://www.w3.org/1999/xlink';
  return toHtml(clean, { space: 'svg', closeEmptyElements: true });
}

/**
 * The serialiser writes `<style>` text as it is (HTML's raw-text rule), but an SVG file is read as
 * XML, where a `<` in that text would open an element again: drop `<` and `&` from it (CSS needs
 * neither) so style text stays text.
 */
function defuseStyleText(node: Root['children'][number]): void {
  if (node.type !== 'element') return;
  for (const child of node.children) {
    if (node.tagName === 'style' && child.type === 'text') child.value = child.value.replace(/[<&]/g, '');
    else defuseStyleText(child);
  }
}

/** Whether any element below keeps an `xlink:href`, which needs the xlink namespace declared. */
function usesXLink(node: Root['children'][number]): boolean {
  if (node.type !== 'element') return false;
  return node.properties.xLinkHref !== undefined || node.children.some(usesXLink);
}
