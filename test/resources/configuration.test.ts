/** The configuration resources on the fake: reject reasons, departments, offices, sources, stages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 5,
    counts: { candidates: 3, jobs: 3, users: 3 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

describe('rejectReasons', () => {
  it('lists rejection then withdrawal reasons across pages, or one kind', async () => {
    const rejection = [...fake.state.rejectionReasons.values()];
    const withdrawal = [...fake.state.withdrawalReasons.values()];
    const pages = [];
    for await (const page of sr.rejectReasons.list({ limit: 4 }).pages()) pages.push(page);
    expect(pages.flatMap((p) => p.result.map((r) => [r.id, r.kind, r.name]))).toEqual([
      ...rejection.map((r) => [r.id, 'rejection', r.label]),
      ...withdrawal.map((r) => [r.id, 'withdrawal', r.label]),
    ]);
    const seq = fake.requests.length;
    const only = await sr.rejectReasons.list({ kind: 'withdrawal' });
    expect(only.result.map((r) => r.id)).toEqual(withdrawal.map((r) => r.id));
    expect(routesAfter(fake, seq)).toEqual(['GET /configuration/withdrawal-reasons']);
  });

  it('gets one by id; a cursor keeps its kind, and is refused with another', async () => {
    const reason = [...fake.state.withdrawalReasons.values()][1]!;
    expect(await sr.rejectReasons.get(reason.id)).toMatchObject({ id: reason.id, kind: 'withdrawal' });
    await expect(sr.rejectReasons.get(reason.id, { kind: 'rejection' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const cursor = (await sr.rejectReasons.list({ kind: 'rejection', limit: 1 })).next_cursor!;
    const resumed = await sr.rejectReasons.list({ cursor }).toArray();
    expect(resumed.length).toBe(fake.state.rejectionReasons.size - 1);
    expect(resumed.every((r) => r.kind === 'rejection')).toBe(true);
    await rejectsBeforeAnyRequest(fake, () => sr.rejectReasons.list({ cursor, kind: 'withdrawal' }));
    await rejectsBeforeAnyRequest(fake, () => sr.rejectReasons.list({ kind: 'fired' } as never));
    await rejectsBeforeAnyRequest(fake, () => sr.rejectReasons.get(''));
  });
});

describe('departments', () => {
  it('lists across pages, gets and creates', async () => {
    const all = [...fake.state.departments.values()];
    const pages = [];
    for await (const page of sr.departments.list({ limit: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.result.map((d) => d.name))).toEqual([
      all.slice(0, 2).map((d) => d.label),
      all.slice(2, 4).map((d) => d.label),
      all.slice(4).map((d) => d.label),
    ]);
    expect(await sr.departments.get(all[0]!.id)).toMatchObject({
      name: all[0]!.label,
      description: all[0]!.description,
    });
    const created = await sr.departments.create({ name: 'Research', description: 'Labs' });
    expect(created).toMatchObject({ name: 'Research', description: 'Labs' });
    expect(fake.state.departments.get(created.id)?.label).toBe('Research');
    await rejectsBeforeAnyRequest(fake, () => sr.departments.create({ name: '' }));
    await rejectsBeforeAnyRequest(fake, () => sr.departments.create({ name: 'x', manager: 'y' } as never));
    await rejectsBeforeAnyRequest(fake, () => sr.departments.get(' '));
  });
});

describe('offices', () => {
  it("lists the company's predefined locations across cursor pages, and gets one", async () => {
    const ids = [...fake.state.predefinedLocations.keys()].sort();
    const pages = [];
    for await (const page of sr.offices.list({ limit: 3 }).pages()) pages.push(page);
    expect(pages.flatMap((p) => p.result.map((o) => o.id))).toEqual(ids);
    expect(pages).toHaveLength(Math.ceil(ids.length / 3));
    expect(fake.requests.last({ route: 'GET /configuration/predefined-locations' })?.query.pageSize).toEqual([
      '3',
    ]);
    const place = fake.state.predefinedLocations.get(ids[0]!)!;
    expect(await sr.offices.get(place.id)).toMatchObject({
      name: place.name,
      location: { city: place.city, country_code: place.countryCode, address: place.address },
    });
    await rejectsBeforeAnyRequest(fake, () => sr.offices.list({ limit: 101 }));
    await rejectsBeforeAnyRequest(fake, () => sr.offices.get(''));
  });
});

describe('sources', () => {
  it('lists types, and the sources of a type across offset pages, named', async () => {
    const types = await sr.sources.types().toArray();
    expect(types.map((t) => t.id)).toEqual([...fake.state.sourceTypes.keys()]);
    const boards = types.find((t) => t.id === 'JOB_BOARDS')!;
    expect(boards.subtypes).toEqual([
      { id: 'PAID', name: 'Paid' },
      { id: 'FREE', name: 'Free' },
    ]);
    const expected = [...fake.state.sourceValues.values()].filter((v) => v.typeId === 'JOB_BOARDS');
    const seq = fake.requests.length;
    const pages = [];
    for await (const page of sr.sources.list({ type_id: 'JOB_BOARDS', limit: 5 }).pages()) pages.push(page);
    expect(pages.flatMap((p) => p.result.map((s) => s.id))).toEqual(expected.map((v) => v.id));
    expect(pages[0]?.result[0]).toMatchObject({
      type: { id: 'JOB_BOARDS', name: 'Job Boards' },
      subtype: { id: expected[0]!.subTypeId, name: 'Paid' },
    });
    // The types are read once per list, not per page.
    expect(routesAfter(fake, seq).filter((r) => r === 'GET /configuration/sources')).toHaveLength(1);
    const free = await sr.sources.list({ type_id: 'JOB_BOARDS', sub_type_id: 'FREE', limit: 100 });
    expect(free.result.every((s) => s.subtype?.id === 'FREE')).toBe(true);
    const one = await sr.sources.get('JOB_BOARDS', expected[0]!.id);
    expect(one).toMatchObject({ id: expected[0]!.id, name: expected[0]!.label });
  });

  it("keeps SmartRecruiters' source identifier and reads a source definition by it (no id)", async () => {
    const page = await sr.sources.list({ type_id: 'JOB_BOARDS', limit: 1 });
    expect(page.warnings).toEqual([]);
    const [source] = page.result;
    const identifier = source?.remote_data?.sourceIdentifier;
    expect(identifier).toEqual(expect.any(String));
    expect(source?.remote_data?.actions?.sourceDetails?.url).toMatch(
      /\/configuration\/sources\/JOB_BOARDS\/values\//,
    );
    const definition = await sr.client.get('/configuration/sources/{sourceIdentifier}', {
      params: { sourceIdentifier: identifier! },
    });
    expect(definition).toEqual({
      label: source?.name,
      type: { id: 'JOB_BOARDS' },
      subType: { id: source?.subtype?.id },
    });
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.sources.list({} as never));
    await rejectsBeforeAnyRequest(fake, () => sr.sources.list({ type_id: '' }));
    await rejectsBeforeAnyRequest(fake, () => sr.sources.get('JOB_BOARDS', ''));
    await rejectsBeforeAnyRequest(fake, () => sr.sources.types({ limit: -1 }));
  });
});

describe('jobInterviewStages', () => {
  it('lists the stages of every hiring process across pages, or of one process and status', async () => {
    const processes = [...fake.state.hiringProcesses.values()];
    const expected = processes.flatMap((p) =>
      (['IN_REVIEW', 'INTERVIEW', 'OFFERED'] as const).flatMap((status) =>
        (p.subStatuses[status] ?? []).map((name, index) => [`${p.id}:${status}:${index}`, name]),
      ),
    );
    const pages = [];
    for await (const page of sr.jobInterviewStages.list({ limit: 4 }).pages()) pages.push(page);
    expect(pages.flatMap((p) => p.result.map((s) => [s.id, s.name]))).toEqual(expected);
    const process = processes[0]!;
    const interview = await sr.jobInterviewStages.list({
      hiring_process_id: process.id,
      status: 'interview',
    });
    expect(interview.result.map((s) => [s.name, s.status, s.hiring_process.name])).toEqual(
      (process.subStatuses.INTERVIEW ?? []).map((name) => [name, 'interview', process.name]),
    );
    const stage = await sr.jobInterviewStages.get(`${process.id}:OFFERED:0`);
    expect(stage).toMatchObject({ name: process.subStatuses.OFFERED?.[0], status: 'offered', index: 0 });
    await expect(sr.jobInterviewStages.get(`${process.id}:OFFERED:99`)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a status SR adds as 'other'", async () => {
    const process = [...fake.state.hiringProcesses.values()][0]!;
    (process.subStatuses as Record<string, string[]>).ASSESSMENT = ['Take-home'];
    try {
      const stages = await sr.jobInterviewStages.list({ hiring_process_id: process.id, limit: 100 });
      expect(stages.result.at(-1)).toMatchObject({
        name: 'Take-home',
        status: 'other',
        remote_status: 'ASSESSMENT',
      });
    } finally {
      delete (process.subStatuses as Record<string, string[]>).ASSESSMENT;
    }
  });

  it('refuses bad input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.jobInterviewStages.list({ status: 'hired' } as never));
    await rejectsBeforeAnyRequest(fake, () => sr.jobInterviewStages.list({ hiring_process_id: '' }));
    await rejectsBeforeAnyRequest(fake, () => sr.jobInterviewStages.get(''));
  });
});
