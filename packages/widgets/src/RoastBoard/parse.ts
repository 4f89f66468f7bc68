/**
 * Reads a roast board from untrusted JSON (imported file, shared link, localStorage). Never
 * throws: the result is a board or one specific sentence saying what is wrong and where.
 * Version 1 boards (the first format: names instead of ids) are migrated to version 2.
 */
import type { DecodeResult } from '../shared/compressed-json';
import { type Board, type Box, type FailureMode, LIMITS, type Line, STATUSES, type Status } from './schema';

/** A board read from untrusted JSON, with a note when it was migrated from an older schema. */
export interface ParsedBoard {
  board: Board;
  /** Set when an older schema was upgraded (say so to the user). */
  migratedFrom: number | null;
}

class BoardError extends Error {}
const fail = (message: string): never => {
  throw new BoardError(message);
};
const ID = /^[a-z][a-z0-9-]{0,15}$/;

function obj(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${where} is not an object`);
  return value as Record<string, unknown>;
}
function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(`${where} is missing or not a list`);
  const items = value as unknown[];
  if (items.length > max) fail(`${where} has ${items.length} entries (limit ${max})`);
  return items;
}
function text(value: unknown, where: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string') fail(`${where} must be text`);
  const s = value as string;
  if (s.length > max) fail(`${where} is longer than ${max} characters`);
  return s;
}
function id(value: unknown, where: string, seen: Set<string>): string {
  const s = text(value, where, 16);
  if (!ID.test(s)) fail(`${where} "${s}" is not a valid id`);
  if (seen.has(s)) fail(`${where} "${s}" is used twice`);
  seen.add(s);
  return s;
}
function rating(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
    fail(`${where} must be a whole number from 1 to 5 (got ${JSON.stringify(value)?.slice(0, 20)})`);
  }
  return value as number;
}

function parseV2(r: Record<string, unknown>): Board {
  const seen = new Set<string>();
  const boxes = list(r.boxes, 'The component list', LIMITS.boxes).map((raw, i): Box => {
    const b = obj(raw, `Component ${i + 1}`);
    return {
      id: id(b.id, `Component ${i + 1}'s id`, seen),
      name: text(b.name, `Component ${i + 1}'s name`, LIMITS.name),
    };
  });
  const boxIds = new Set(boxes.map((b) => b.id));
  const lines = list(r.lines, 'The connection list', LIMITS.lines).map((raw, i): Line => {
    const where = `Connection ${i + 1}`;
    const l = obj(raw, where);
    const line = {
      id: id(l.id, `${where}'s id`, seen),
      from: text(l.from, `${where}'s start`, 16),
      to: text(l.to, `${where}'s end`, 16),
      label: text(l.label ?? '', `${where}'s label`, LIMITS.name),
    };
    if (!boxIds.has(line.from) || !boxIds.has(line.to)) fail(`${where} points to a component that does not exist`);
    return line;
  });
  const elementIds = new Set([...boxIds, ...lines.map((l) => l.id)]);
  const failureModes = list(r.failureModes, 'The failure-mode list', LIMITS.failureModes).map((raw, i): FailureMode => {
    const f = obj(raw, `Failure mode ${i + 1}`);
    const mode = text(f.mode, `Failure mode ${i + 1}'s description`);
    const where = `Failure mode ${i + 1} ("${mode.slice(0, 40)}")`;
    const elementId = text(f.elementId, `${where}: the element`, 16);
    if (!elementIds.has(elementId)) fail(`${where} belongs to "${elementId}", which is not a component or connection`);
    const status = f.status as Status;
    if (!STATUSES.includes(status)) fail(`${where}: status must be one of ${STATUSES.join(', ')}`);
    return {
      id: id(f.id, `${where}: the id`, seen),
      elementId,
      mode,
      probability: rating(f.probability, `${where}: probability`),
      blastRadius: rating(f.blastRadius, `${where}: blast radius`),
      affected: text(f.affected ?? '', `${where}: affected`),
      owner: text(f.owner ?? '', `${where}: owner`, LIMITS.name),
      mitigation: text(f.mitigation ?? '', `${where}: mitigation`),
      status,
    };
  });
  return { version: 2, name: text(r.name, 'The board name', LIMITS.name), boxes, lines, failureModes };
}

/**
 * Version 1: `{ version: 1, name, components: string[], connections: [from, to][],
 * risks: { element, failure, likelihood, impact }[] }` where `element` is a component name
 * or "From -> To". Migrated: ids assigned in order, owner/mitigation empty, status "open".
 */
function migrateV1(r: Record<string, unknown>): Record<string, unknown> {
  const names = list(r.components, 'The component list', LIMITS.boxes).map((n, i) =>
    text(n, `Component ${i + 1}`, LIMITS.name),
  );
  const boxId = (name: unknown, where: string) => {
    const i = names.indexOf(text(name, where, LIMITS.name));
    if (i < 0) fail(`${where} names a component that is not on the board`);
    return `b${i + 1}`;
  };
  const pairs = list(r.connections, 'The connection list', LIMITS.lines).map((p, i) =>
    list(p, `Connection ${i + 1}`, 2),
  );
  const lines = pairs.map((p, i) => ({
    id: `l${i + 1}`,
    from: boxId(p[0], `Connection ${i + 1}`),
    to: boxId(p[1], `Connection ${i + 1}`),
    label: '',
  }));
  const elementId = (element: unknown, where: string) => {
    const s = text(element, where, LIMITS.text);
    const box = names.indexOf(s);
    if (box >= 0) return `b${box + 1}`;
    const line = pairs.findIndex((p) => `${String(p[0])} -> ${String(p[1])}` === s);
    if (line < 0) fail(`${where} ("${s.slice(0, 40)}") is not a component or connection on the board`);
    return `l${line + 1}`;
  };
  const failureModes = list(r.risks, 'The risk list', LIMITS.failureModes).map((raw, i) => {
    const f = obj(raw, `Risk ${i + 1}`);
    return {
      id: `f${i + 1}`,
      elementId: elementId(f.element, `Risk ${i + 1}'s element`),
      mode: f.failure,
      probability: f.likelihood,
      blastRadius: f.impact,
      affected: '',
      owner: '',
      mitigation: '',
      status: 'open',
    };
  });
  return {
    version: 2,
    name: r.name ?? 'Migrated board',
    boxes: names.map((name, i) => ({ id: `b${i + 1}`, name })),
    lines,
    failureModes,
  };
}

/** Reads and validates a board of any known schema version; never throws. */
export function parseBoard(json: unknown): DecodeResult<ParsedBoard> {
  try {
    const r = obj(json, 'The file');
    if (r.version === 2) return { ok: true, value: { board: parseV2(r), migratedFrom: null } };
    if (r.version === 1) return { ok: true, value: { board: parseV2(migrateV1(r)), migratedFrom: 1 } };
    if (typeof r.version === 'number' && r.version > 2) {
      return {
        ok: false,
        error: `This board was saved by a newer version of the roast board (schema ${r.version}); this page reads versions 1 and 2.`,
      };
    }
    return { ok: false, error: 'This is not a roast board: it has no "version" field of 1 or 2.' };
  } catch (error) {
    if (error instanceof BoardError) return { ok: false, error: `This board cannot be used: ${error.message}.` };
    return { ok: false, error: 'This board cannot be used: it is malformed.' };
  }
}
