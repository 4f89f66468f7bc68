// @ts-check
// Resident memory of a process and all its descendants, read from Linux's /proc.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The parent pid in a `/proc/<pid>/stat` line. The command name (field 2) is in parentheses and
 * may itself contain spaces or ")", so fields are counted from the last ")".
 * @param {string} stat  @returns {number}
 * @example parentPidOf('42 (node (x)) S 7 42 42') // 7
 */
export function parentPidOf(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/**
 * VmRSS of a `/proc/<pid>/status` text, in bytes (0 for a zombie or kernel thread without one).
 * @param {string} status  @returns {number}
 * @example rssBytesOf('Name:\tnode\nVmRSS:\t  2048 kB\n') // 2097152
 */
export function rssBytesOf(status) {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** @param {string} path  @returns {string | undefined} undefined when the process is gone */
function readOrUndefined(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The summed VmRSS of `rootPid` and every live descendant, now. Processes that end while the
 * tree is read are skipped.
 * @param {number} rootPid  @returns {number} bytes
 */
export function processTreeRss(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrUndefined(`/proc/${name}/stat`);
    if (stat === undefined) continue;
    const parent = parentPidOf(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = /** @type {number} */ (queue.pop());
    total += rssBytesOf(readOrUndefined(`/proc/${pid}/status`) ?? '');
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
