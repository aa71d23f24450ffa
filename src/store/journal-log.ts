import type { Fate, JournalEntry } from './journal';

/** The change log of fates is kept this long; a reader further behind rebuilds from scratch. */
const FATE_LOG = 4096;

let versions = 0;

/** The storage all handles of one journal share (see Journal). */
type Core = {
  /** Entries from position `start` live at `items[head …]`; the slots before `head` are cleared. */
  items: (JournalEntry | undefined)[];
  head: number;
  /** Positions count every entry ever appended to this journal: `start` is the oldest kept. */
  start: number;
  end: number;
  version: number;
  byMsgId: Map<string, number>;
  byId: Map<string, number>;
  /** Recent fates, oldest first: which position changed, at which version. */
  fated: { version: number; at: number }[];
  /** Readers asking about versions before this one missed some fates. */
  fatedFloor: number;
  services: Map<string, number>;
  types: Map<string, number>;
  array?: { version: number; entries: JournalEntry[] };
};

const bump = (counts: Map<string, number>, key: string, by: number) => {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
};

/**
 * The journal: an append-only list of entries with a ring at the front, indexed by message id
 * and entry id, whose every operation costs the same at 50,000 entries as at ten (issue 21).
 *
 * Each change returns a new handle over the same storage, so the store's state still changes
 * identity when the journal does (selectors, subscriptions) without copying it: a copy of a
 * 50,000-entry array was 400 KB of garbage per push. A handle always reads the latest entries;
 * `version` says which change it stands for. `toArray()` gives a plain array (cached per version)
 * for the API, exports and tests; nothing on a push's path calls it.
 */
export class Journal {
  private constructor(
    private readonly core: Core,
    readonly version: number,
  ) {}

  static empty(): Journal {
    const core: Core = {
      items: [],
      head: 0,
      start: 0,
      end: 0,
      version: ++versions,
      byMsgId: new Map(),
      byId: new Map(),
      fated: [],
      fatedFloor: 0,
      services: new Map(),
      types: new Map(),
    };
    return new Journal(core, core.version);
  }

  /** A journal of these entries, in this order (an import, a restore). */
  static from(entries: readonly JournalEntry[]): Journal {
    const journal = Journal.empty();
    for (const entry of entries) journal.put(entry);
    return journal.next();
  }

  /** Identifies the storage: a reader that saw another lineage (import, clear) starts over. */
  get lineage(): object {
    return this.core;
  }
  get length(): number {
    return this.core.end - this.core.start;
  }
  /** Position of the oldest entry kept; positions never repeat within a lineage. */
  get start(): number {
    return this.core.start;
  }
  /** Position after the newest entry. */
  get end(): number {
    return this.core.end;
  }

  /** The entry at index `i` (negative: from the end), as `Array.prototype.at`. */
  at(i: number): JournalEntry | undefined {
    const n = this.length;
    const k = i < 0 ? n + i : i;
    return k >= 0 && k < n ? this.core.items[this.core.head + k] : undefined;
  }

  /** The entry at a position (`start` ≤ position < `end`). */
  atPosition(position: number): JournalEntry | undefined {
    const { core } = this;
    if (position < core.start || position >= core.end) return undefined;
    return core.items[core.head + position - core.start];
  }

  /** The newest entry with this id (ids of imported entries may repeat). */
  byId(id: string): JournalEntry | undefined {
    const at = this.core.byId.get(id);
    return at === undefined ? undefined : this.atPosition(at);
  }

  /** The newest request entry that carries this message id. */
  byMsgId(msgId: string): JournalEntry | undefined {
    const at = this.core.byMsgId.get(msgId);
    return at === undefined ? undefined : this.atPosition(at);
  }

  /** Services and request types present, sorted: the filter bar's choices. */
  facets(): { service: string[]; type: string[] } {
    return {
      service: [...this.core.services.keys()].sort(),
      type: [...this.core.types.keys()].sort(),
    };
  }

  append(entry: JournalEntry): Journal {
    this.put(entry);
    return this.next();
  }

  /** Adds a later fate to the entry of that notification; the same handle when none has it. */
  addFate(msgId: string, fate: Fate): Journal {
    const { core } = this;
    const at = core.byMsgId.get(msgId);
    const entry = at === undefined ? undefined : this.atPosition(at);
    if (at === undefined || entry?.kind !== 'request') return this;
    // A new object: whoever kept the old one (a rendered row, the saver) sees that it changed.
    core.items[core.head + at - core.start] = { ...entry, outcomes: [...entry.outcomes, fate] };
    const next = this.next();
    core.fated.push({ version: next.version, at });
    if (core.fated.length > 2 * FATE_LOG) {
      const cut = core.fated.length - FATE_LOG;
      core.fatedFloor = core.fated[cut - 1]!.version;
      core.fated = core.fated.slice(cut);
    }
    return next;
  }

  /** Drops the oldest entries beyond `limit`; says how many went. */
  cap(limit: number): { journal: Journal; evicted: number } {
    const size = Math.max(1, Math.floor(limit));
    const evicted = this.length - size;
    if (evicted <= 0) return { journal: this, evicted: 0 };
    this.evict(evicted);
    return { journal: this.next(), evicted };
  }

  /** Drops the `count` oldest entries (a full disk). */
  dropOldest(count: number): Journal {
    const n = Math.min(Math.max(0, Math.floor(count)), this.length);
    if (n === 0) return this;
    this.evict(n);
    return this.next();
  }

  /**
   * Positions whose entry got a fate after `version`, oldest first; undefined when that is too
   * long ago to tell (the reader rebuilds).
   */
  fatedSince(version: number): number[] | undefined {
    const { core } = this;
    if (version < core.fatedFloor) return undefined;
    const out: number[] = [];
    for (let i = core.fated.length - 1; i >= 0 && core.fated[i]!.version > version; i--)
      out.push(core.fated[i]!.at);
    return out.reverse();
  }

  /** A plain array of the entries, oldest first: O(n), cached until the next change. */
  toArray(): JournalEntry[] {
    const { core } = this;
    if (core.array?.version !== core.version)
      core.array = {
        version: core.version,
        entries: core.items.slice(core.head) as JournalEntry[],
      };
    return core.array.entries;
  }

  /** The newest entry that passes, searching from the end. */
  findLast(test: (entry: JournalEntry) => boolean): JournalEntry | undefined {
    const { items, head } = this.core;
    for (let i = items.length - 1; i >= head; i--) if (test(items[i]!)) return items[i];
    return undefined;
  }

  private put(entry: JournalEntry): void {
    const { core } = this;
    const at = core.end++;
    core.items.push(entry);
    core.byId.set(entry.id, at);
    if (entry.kind === 'request') {
      if (entry.msgId !== undefined) core.byMsgId.set(entry.msgId, at);
      bump(core.services, entry.service, 1);
      bump(core.types, entry.type, 1);
    }
  }

  private evict(count: number): void {
    const { core } = this;
    for (let k = 0; k < count; k++) {
      const at = core.start++;
      const entry = core.items[core.head]!;
      core.items[core.head++] = undefined;
      if (core.byId.get(entry.id) === at) core.byId.delete(entry.id);
      if (entry.kind === 'request') {
        if (entry.msgId !== undefined && core.byMsgId.get(entry.msgId) === at)
          core.byMsgId.delete(entry.msgId);
        bump(core.services, entry.service, -1);
        bump(core.types, entry.type, -1);
      }
    }
    // The cleared front goes once it is as long as what is kept: amortised O(1) per eviction.
    if (core.head > 1024 && core.head * 2 > core.items.length) {
      core.items = core.items.slice(core.head);
      core.head = 0;
    }
  }

  private next(): Journal {
    this.core.version = ++versions;
    return new Journal(this.core, this.core.version);
  }
}
