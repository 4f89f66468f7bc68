import type { CDPSession, Page } from '@playwright/test';

/** One heap reading of a page and its dedicated workers together, in bytes. */
export interface HeapReading {
  /** V8 heap in use (objects, strings, arrays of numbers boxed or not). */
  used: number;
  /** ArrayBuffer backing stores (typed arrays such as `Float64Array`), outside the V8 heap. */
  buffers: number;
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

/**
 * Samples the JS heap of a page and of every dedicated worker it starts, through the Chrome
 * DevTools Protocol (`Runtime.getHeapUsage` on each target; workers are reached with
 * `Target.setAutoAttach` and `Target.sendMessageToTarget`). A target busy with a long task
 * answers late, so a peak inside one task can be missed: the figure is a lower bound.
 */
export class HeapSampler {
  private readonly workers = new Set<string>();
  private readonly waiting = new Map<number, (usage: HeapUsage | null) => void>();
  private nextId = 1;
  private timer: ReturnType<typeof setInterval> | null = null;
  private sampling = false;
  /** The largest `used + buffers` seen, and that reading. */
  peak: HeapReading = { used: 0, buffers: 0 };

  private constructor(private readonly session: CDPSession) {
    session.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') this.workers.add(e.sessionId);
    });
    session.on('Target.detachedFromTarget', (e) => {
      if (e.sessionId) this.workers.delete(e.sessionId);
    });
    session.on('Target.receivedMessageFromTarget', (e) => {
      const reply = JSON.parse(e.message) as { id?: number; result?: HeapUsage };
      const done = reply.id === undefined ? undefined : this.waiting.get(reply.id);
      if (!done || reply.id === undefined) return;
      this.waiting.delete(reply.id);
      done(reply.result ?? null);
    });
  }

  /** Attaches to `page` (and, from now on, to each worker it starts). */
  static async attach(page: Page): Promise<HeapSampler> {
    const session = await page.context().newCDPSession(page);
    const sampler = new HeapSampler(session);
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return sampler;
  }

  /** Starts sampling every `intervalMs` milliseconds. */
  start(intervalMs = 50): void {
    this.timer = setInterval(() => void this.sample(), intervalMs);
  }

  /** Stops sampling, takes one last reading and returns the peak. */
  async stop(): Promise<HeapReading> {
    if (this.timer) clearInterval(this.timer);
    await this.sample();
    return this.peak;
  }

  /** One reading of every target; updates the peak. */
  async sample(): Promise<HeapReading | null> {
    if (this.sampling) return null;
    this.sampling = true;
    try {
      const usages = await Promise.all([
        this.session.send('Runtime.getHeapUsage') as Promise<HeapUsage>,
        ...[...this.workers].map((id) => this.workerUsage(id)),
      ]);
      const reading = { used: 0, buffers: 0 };
      for (const u of usages) {
        if (!u) continue;
        reading.used += u.usedSize;
        reading.buffers += u.backingStorageSize ?? 0;
      }
      if (reading.used + reading.buffers > this.peak.used + this.peak.buffers) this.peak = reading;
      return reading;
    } catch {
      return null; // the page closed between two readings
    } finally {
      this.sampling = false;
    }
  }

  private workerUsage(sessionId: string): Promise<HeapUsage | null> {
    const id = this.nextId++;
    const answer = new Promise<HeapUsage | null>((resolve) => this.waiting.set(id, resolve));
    const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
    this.session.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
      this.waiting.delete(id);
      return null;
    });
    // A worker that has just ended never answers.
    const timeout = new Promise<null>((resolve) =>
      setTimeout(() => {
        this.waiting.delete(id);
        resolve(null);
      }, 2_000),
    );
    return Promise.race([answer, timeout]);
  }
}
