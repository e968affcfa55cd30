/**
 * The fake's collections that large accounts look up by more than their id: plain `Map`s (tests
 * read, add and delete as with any map) that keep their lookups in step with every `set`,
 * `delete` and `clear`, so that seeding 100,000 candidates and listing them never scans the
 * account once per record.
 *
 * A record's address and order are part of its identity: change an application's `candidateId`
 * or `jobId` by deleting it and adding it again, and after changing a candidate's `createdOn` in
 * place, set the candidate again (`state.candidates.set(id, candidate)`) for the list to re-sort.
 * Other fields may change in place.
 */
import type { ApplicationRecord, CandidateRecord } from './model.js';

/** Applications by id, also found by candidate (and by candidate and job). */
export class ApplicationMap extends Map<string, ApplicationRecord> {
  private readonly byCandidate = new Map<string, ApplicationRecord[]>();

  override set(id: string, record: ApplicationRecord): this {
    this.unindex(id);
    super.set(id, record);
    const own = this.byCandidate.get(record.candidateId);
    if (own) own.push(record);
    else this.byCandidate.set(record.candidateId, [record]);
    return this;
  }

  override delete(id: string): boolean {
    this.unindex(id);
    return super.delete(id);
  }

  /** Removes every application. */
  override clear(): void {
    this.byCandidate.clear();
    super.clear();
  }

  /** The applications of a candidate, in the order they were added. */
  ofCandidate(candidateId: string): ApplicationRecord[] {
    return [...(this.byCandidate.get(candidateId) ?? [])];
  }

  private unindex(id: string): void {
    const old = super.get(id);
    if (!old) return;
    const own = this.byCandidate.get(old.candidateId);
    if (!own) return;
    const rest = own.filter((record) => record !== old);
    if (rest.length > 0) this.byCandidate.set(old.candidateId, rest);
    else this.byCandidate.delete(old.candidateId);
  }
}

/** The candidates list's order key: newest first by `createdOn`, then by id. */
export function candidateListKey(candidate: CandidateRecord): string {
  return `${candidate.createdOn}|${candidate.id}`;
}

interface CandidateOrder {
  version: number;
  records: CandidateRecord[];
  keys: string[];
}

/** Candidates by id, with the list's order (newest first) kept until the map changes. */
export class CandidateMap extends Map<string, CandidateRecord> {
  private version = 0;
  private order: CandidateOrder | undefined;

  override set(id: string, record: CandidateRecord): this {
    this.version++;
    return super.set(id, record);
  }

  override delete(id: string): boolean {
    this.version++;
    return super.delete(id);
  }

  /** Removes every candidate. */
  override clear(): void {
    this.version++;
    super.clear();
  }

  /** Every candidate in the list's order (newest first), with each one's `candidateListKey`. */
  newestFirst(): {
    /** The candidates, newest first. */
    records: readonly CandidateRecord[];
    /** Each one's `candidateListKey`, in the same order. */
    keys: readonly string[];
  } {
    if (this.order?.version === this.version) return this.order;
    const entries = [...super.values()].map((record) => ({ record, key: candidateListKey(record) }));
    entries.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    this.order = {
      version: this.version,
      records: entries.map((e) => e.record),
      keys: entries.map((e) => e.key),
    };
    return this.order;
  }
}
