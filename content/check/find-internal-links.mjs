/**
 * Root-relative link targets in Markdown links and href attributes, outside code.
 * @param {string} source
 * @returns {{ href: string, line: number }[]}
 * @example
 * findInternalLinks('See [SLOs](/conf/talk/#slos).'); // [{ href: '/conf/talk/#slos', line: 1 }]
 */
export function findInternalLinks(source) {
  /** @type {{ href: string, line: number }[]} */
  const links = [];
  let inFence = false;
  source.split(/\r\n?|\n/).forEach((line, index) => {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const visible = line.replace(/(`+)[^`]*?\1/g, ' ');
    for (const m of visible.matchAll(/\]\((\/(?!\/)[^)\s]*)\)|href=["'](\/(?!\/)[^"']*)["']/g)) {
      links.push({ href: m[1] ?? m[2], line: index + 1 });
    }
  });
  return links;
}
